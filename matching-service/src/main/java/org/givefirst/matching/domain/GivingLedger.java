package org.givefirst.matching.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * A member's giving and taking, as counted from events and introductions.
 *
 * <p>Giving points: hosting a gathering counts {@value #HOSTED_POINTS} (the host invites people
 * who should meet and does the work), help confirmed by the other side of an introduction counts
 * {@value #HELP_CONFIRMED_POINTS} (someone else says it happened), volunteering and bringing a
 * guest count {@value #VOLUNTEERED_POINTS} each. Taking: each introduction received counts
 * {@value #INTRODUCTION_RECEIVED_POINTS}. The {@link #balance() balance} is giving points minus
 * taking points, over the member's whole history (what the member is shown).
 *
 * <p><b>Decay.</b> A ledger built from dated acts ({@link #of(Collection, Instant, Duration)}) also
 * holds the <em>decayed</em> points: each act counts {@code points · 2^(−age / halfLife)}, so a
 * gift from three years ago no longer counts like one from last week (default half-life
 * {@value #DEFAULT_HALF_LIFE_DAYS} days). The give-first factor and the taker rule use the decayed
 * points. A ledger built from counts alone (the five-argument constructor) has nothing to decay:
 * its decayed points equal its points.
 *
 * <p>A <em>taker</em> ("me monster") is a member who lately gave nothing (decayed giving below
 * {@value #TAKER_MAX_RECENT_GIVING} point) and lately received about two introductions or more (decayed
 * taking at least {@value #TAKER_MIN_RECENT_TAKING}), with at least {@value #TAKER_THRESHOLD}
 * introductions received in all: the first introduction is free, so that a newcomer is not throttled
 * before having had a chance to give. Without decay this is "never gave, received at least two".
 * A <em>newcomer</em> never gave and received fewer than {@value #TAKER_THRESHOLD} introductions.
 *
 * @param hosted                events hosted
 * @param volunteered           volunteering events attended
 * @param broughtGuest          guests brought (an invitation's guest seat used)
 * @param helpConfirmed         times another member confirmed this member helped them
 * @param introductionsReceived introductions this member received (made, both accepted)
 * @param recentGivingPoints    giving points, each act decayed by its age
 * @param recentTakingPoints    taking points, each act decayed by its age
 */
public record GivingLedger(int hosted, int volunteered, int broughtGuest, int helpConfirmed,
        int introductionsReceived, double recentGivingPoints, double recentTakingPoints) {

    public static final int HOSTED_POINTS = 2;
    public static final int VOLUNTEERED_POINTS = 1;
    public static final int BROUGHT_GUEST_POINTS = 1;
    public static final int HELP_CONFIRMED_POINTS = 2;
    public static final int INTRODUCTION_RECEIVED_POINTS = 1;
    public static final int TAKER_THRESHOLD = 2;
    public static final double TAKER_MAX_RECENT_GIVING = 0.5;
    public static final double TAKER_MIN_RECENT_TAKING = 1.0;
    public static final long DEFAULT_HALF_LIFE_DAYS = 180;
    public static final Duration DEFAULT_HALF_LIFE = Duration.ofDays(DEFAULT_HALF_LIFE_DAYS);

    private static final GivingLedger EMPTY = new GivingLedger(0, 0, 0, 0, 0);

    public GivingLedger {
        if (hosted < 0 || volunteered < 0 || broughtGuest < 0 || helpConfirmed < 0 || introductionsReceived < 0
                || recentGivingPoints < 0 || recentTakingPoints < 0) {
            throw new IllegalArgumentException("ledger counts must not be negative");
        }
    }

    /** A ledger of counts without dates: nothing decays. */
    public GivingLedger(int hosted, int volunteered, int broughtGuest, int helpConfirmed, int introductionsReceived) {
        this(hosted, volunteered, broughtGuest, helpConfirmed, introductionsReceived,
                hosted * HOSTED_POINTS + volunteered * VOLUNTEERED_POINTS + broughtGuest * BROUGHT_GUEST_POINTS
                        + helpConfirmed * HELP_CONFIRMED_POINTS,
                introductionsReceived * INTRODUCTION_RECEIVED_POINTS);
    }

    /** A newcomer's ledger: nothing given, nothing taken, factor 1. */
    public static GivingLedger empty() {
        return EMPTY;
    }

    /**
     * The ledger of dated acts as of a moment: counts of every act, and points decayed with the
     * half-life (an act dated after {@code asOf} counts fully).
     */
    public static GivingLedger of(Collection<GivingAct> acts, Instant asOf, Duration halfLife) {
        if (halfLife.isNegative() || halfLife.isZero()) {
            throw new IllegalArgumentException("halfLife must be positive");
        }
        int[] counts = new int[GivingAct.Kind.values().length];
        double giving = 0;
        double taking = 0;
        for (GivingAct act : acts) {
            counts[act.kind().ordinal()]++;
            double points = act.kind().points() * decay(act.at(), asOf, halfLife);
            if (act.kind().isGiving()) {
                giving += points;
            } else {
                taking += points;
            }
        }
        return new GivingLedger(counts[GivingAct.Kind.HOSTED.ordinal()], counts[GivingAct.Kind.VOLUNTEERED.ordinal()],
                counts[GivingAct.Kind.BROUGHT_GUEST.ordinal()], counts[GivingAct.Kind.HELP_CONFIRMED.ordinal()],
                counts[GivingAct.Kind.INTRODUCTION_RECEIVED.ordinal()], giving, taking);
    }

    /** The ledger of dated acts with the default half-life of {@value #DEFAULT_HALF_LIFE_DAYS} days. */
    public static GivingLedger of(Collection<GivingAct> acts, Instant asOf) {
        return of(acts, asOf, DEFAULT_HALF_LIFE);
    }

    /** 2^(−age / halfLife): 1 for an act of today, ½ after one half-life, ¼ after two. */
    public static double decay(Instant at, Instant asOf, Duration halfLife) {
        long ageSeconds = Math.max(0, asOf.getEpochSecond() - at.getEpochSecond());
        return Math.pow(0.5, (double) ageSeconds / halfLife.getSeconds());
    }

    /** Number of giving acts of any kind. */
    public int givingActs() {
        return hosted + volunteered + broughtGuest + helpConfirmed;
    }

    public int givingPoints() {
        return hosted * HOSTED_POINTS + volunteered * VOLUNTEERED_POINTS + broughtGuest * BROUGHT_GUEST_POINTS
                + helpConfirmed * HELP_CONFIRMED_POINTS;
    }

    public int takingPoints() {
        return introductionsReceived * INTRODUCTION_RECEIVED_POINTS;
    }

    /** Giving points minus taking points over the whole history; positive for givers. */
    public int balance() {
        return givingPoints() - takingPoints();
    }

    /** Decayed giving points minus decayed taking points: what the give-first factor uses. */
    public double recentBalance() {
        return recentGivingPoints - recentTakingPoints;
    }

    /** True for a member who only takes; see the class comment. */
    public boolean isTaker() {
        return introductionsReceived >= TAKER_THRESHOLD && recentGivingPoints < TAKER_MAX_RECENT_GIVING
                && recentTakingPoints >= TAKER_MIN_RECENT_TAKING;
    }

    /** True for a member who never gave and received fewer than {@value #TAKER_THRESHOLD} introductions. */
    public boolean isNewcomer() {
        return givingActs() == 0 && introductionsReceived < TAKER_THRESHOLD;
    }

    /** The give-first factor of this ledger's recent balance, see {@link GiveFirstFactor}. */
    public double factor() {
        return GiveFirstFactor.of(this);
    }

    public GivingLedger plusHosted() {
        return plus(GivingAct.Kind.HOSTED, hosted + 1, volunteered, broughtGuest, helpConfirmed, introductionsReceived);
    }

    public GivingLedger plusVolunteered() {
        return plus(GivingAct.Kind.VOLUNTEERED, hosted, volunteered + 1, broughtGuest, helpConfirmed,
                introductionsReceived);
    }

    public GivingLedger plusBroughtGuest() {
        return plus(GivingAct.Kind.BROUGHT_GUEST, hosted, volunteered, broughtGuest + 1, helpConfirmed,
                introductionsReceived);
    }

    public GivingLedger plusHelpConfirmed() {
        return plus(GivingAct.Kind.HELP_CONFIRMED, hosted, volunteered, broughtGuest, helpConfirmed + 1,
                introductionsReceived);
    }

    public GivingLedger plusIntroductionReceived() {
        return plus(GivingAct.Kind.INTRODUCTION_RECEIVED, hosted, volunteered, broughtGuest, helpConfirmed,
                introductionsReceived + 1);
    }

    /** One more act happening now: counted, and with its full points in the recent points. */
    private GivingLedger plus(GivingAct.Kind kind, int h, int v, int g, int c, int i) {
        return new GivingLedger(h, v, g, c, i, recentGivingPoints + (kind.isGiving() ? kind.points() : 0),
                recentTakingPoints + (kind.isGiving() ? 0 : kind.points()));
    }
}

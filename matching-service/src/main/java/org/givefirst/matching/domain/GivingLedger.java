package org.givefirst.matching.domain;

/**
 * A member's giving and taking, as counted from events and introductions.
 *
 * <p>Giving points: hosting a gathering counts {@value #HOSTED_POINTS} (the host invites people
 * who should meet and does the work), help confirmed by the other side of an introduction counts
 * {@value #HELP_CONFIRMED_POINTS} (someone else says it happened), volunteering and bringing a
 * guest count {@value #VOLUNTEERED_POINTS} each. Taking: each introduction received counts
 * {@value #INTRODUCTION_RECEIVED_POINTS}. The {@link #balance() balance} is giving points minus
 * taking points.
 *
 * <p>A <em>taker</em> ("me monster") is a member who has never given anything and has received
 * at least {@value #TAKER_THRESHOLD} introductions: the first introduction is free, so that a
 * newcomer is not throttled before having had a chance to give.
 *
 * @param hosted                events hosted
 * @param volunteered           volunteering events attended
 * @param broughtGuest          guests brought (an invitation's guest seat used)
 * @param helpConfirmed         times another member confirmed this member helped them
 * @param introductionsReceived introductions this member received (made, both accepted)
 */
public record GivingLedger(int hosted, int volunteered, int broughtGuest, int helpConfirmed,
        int introductionsReceived) {

    public static final int HOSTED_POINTS = 2;
    public static final int VOLUNTEERED_POINTS = 1;
    public static final int BROUGHT_GUEST_POINTS = 1;
    public static final int HELP_CONFIRMED_POINTS = 2;
    public static final int INTRODUCTION_RECEIVED_POINTS = 1;
    public static final int TAKER_THRESHOLD = 2;

    private static final GivingLedger EMPTY = new GivingLedger(0, 0, 0, 0, 0);

    public GivingLedger {
        if (hosted < 0 || volunteered < 0 || broughtGuest < 0 || helpConfirmed < 0 || introductionsReceived < 0) {
            throw new IllegalArgumentException("ledger counts must not be negative");
        }
    }

    /** A newcomer's ledger: nothing given, nothing taken, factor 1. */
    public static GivingLedger empty() {
        return EMPTY;
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

    /** Giving points minus taking points; positive for givers. */
    public int balance() {
        return givingPoints() - takingPoints();
    }

    /** True for a member who only takes; see the class comment. */
    public boolean isTaker() {
        return givingActs() == 0 && introductionsReceived >= TAKER_THRESHOLD;
    }

    /** The give-first factor of this ledger, see {@link GiveFirstFactor}. */
    public double factor() {
        return GiveFirstFactor.of(this);
    }

    public GivingLedger plusHosted() {
        return new GivingLedger(hosted + 1, volunteered, broughtGuest, helpConfirmed, introductionsReceived);
    }

    public GivingLedger plusVolunteered() {
        return new GivingLedger(hosted, volunteered + 1, broughtGuest, helpConfirmed, introductionsReceived);
    }

    public GivingLedger plusBroughtGuest() {
        return new GivingLedger(hosted, volunteered, broughtGuest + 1, helpConfirmed, introductionsReceived);
    }

    public GivingLedger plusHelpConfirmed() {
        return new GivingLedger(hosted, volunteered, broughtGuest, helpConfirmed + 1, introductionsReceived);
    }

    public GivingLedger plusIntroductionReceived() {
        return new GivingLedger(hosted, volunteered, broughtGuest, helpConfirmed, introductionsReceived + 1);
    }
}

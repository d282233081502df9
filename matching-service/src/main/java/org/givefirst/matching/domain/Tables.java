package org.givefirst.matching.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Splits the people going to an event into small tables that maximize mutual benefit: the sum,
 * over tables, of the two-way scores of every pair seated at the same table.
 *
 * <p>Table sizes: with n people and requested size s (4..6), there are ⌈n/s⌉ tables whose sizes
 * differ by at most one and never exceed s (23 people at 5 → 5, 5, 5, 4, 4). Fewer than s people sit
 * at one table. A guest sits at their host's table: a host and their guests are seated as one unit
 * (when units make the even sizes impossible, a table takes one more person than its even share, up
 * to s, or one more table is opened).
 *
 * <p>What the seating optimizes is the pair score minus penalties:
 * <ul>
 *   <li>{@value #REPEAT_PENALTY} for each of the remembered events ({@link SeatingHistory}) at which
 *       the pair already shared a table, so that people meet someone new;</li>
 *   <li>{@value #TAKER_PAIR_PENALTY} for two takers at one table, larger than any gain a swap can bring,
 *       so that takers are spread over the tables (at most ⌈takers / tables⌉ at any table) and no
 *       table is filled with takers around one giver;</li>
 *   <li>{@value #NEVER_PENALTY} for a pair one of whom asked never to be introduced to the other, so
 *       that they never share a table when any seating can avoid it.</li>
 * </ul>
 * The reported scores are the plain pair scores, without penalties.
 *
 * <p>Method: a greedy start (each table is opened by the unseated unit with the highest total to the
 * other unseated people, then filled with the unit adding the most to that table), then local search
 * by swapping two units of the same size at different tables, first improvement, visiting the pairs
 * of units in a seeded random order, until a full pass finds no improving swap or after
 * {@link #MAX_PASSES} passes. The same seed gives the same seating. The mean score of
 * {@value #RANDOM_SEATINGS} seeded random seatings with the same sizes (guests with their hosts) is
 * computed too, so the caller can report the gain.
 */
public final class Tables {

    public static final int MIN_TABLE_SIZE = 4;
    public static final int MAX_TABLE_SIZE = 6;
    public static final int MAX_PASSES = 100;
    public static final int RANDOM_SEATINGS = 100;
    public static final double REPEAT_PENALTY = 0.5;
    public static final double TAKER_PAIR_PENALTY = 100.0;
    public static final double NEVER_PENALTY = 10_000.0;

    /** Score of two people sitting together (symmetric). */
    @FunctionalInterface
    public interface PairScore {
        double score(UUID a, UUID b);
    }

    /**
     * What the seating needs to know about the people beyond their pair scores.
     *
     * @param score          the pair score
     * @param takers         people who only take: spread over the tables
     * @param mustNotSitTogether pairs that must not share a table ("never introduce me to")
     */
    public record Rules(PairScore score, Set<UUID> takers, Set<MemberPair> mustNotSitTogether) {
        public Rules {
            Objects.requireNonNull(score, "score");
            takers = Set.copyOf(takers);
            mustNotSitTogether = Set.copyOf(mustNotSitTogether);
        }

        /** Pair scores only. */
        public static Rules of(PairScore score) {
            return new Rules(score, Set.of(), Set.of());
        }
    }

    /**
     * A guest brought by someone going.
     *
     * @param guestId a member id when the guest is a member (then their scores count), else any id the
     *                caller chose for the seat
     * @param hostId  who brings them: they sit at the same table
     */
    public record Guest(UUID guestId, UUID hostId) {
        public Guest {
            Objects.requireNonNull(guestId, "guestId");
            Objects.requireNonNull(hostId, "hostId");
        }
    }

    /**
     * What to seat.
     *
     * @param going     the people going (hosts of guests among them)
     * @param guests    the guests, each with a host among {@code going}
     * @param tableSize requested size, 4..6
     * @param seed      seed of the random visiting order and of the random seatings
     * @param history   who sat together at the chapter's last events
     */
    public record Request(List<UUID> going, List<Guest> guests, int tableSize, long seed, SeatingHistory history) {
        public Request {
            going = List.copyOf(going);
            guests = List.copyOf(guests);
            Objects.requireNonNull(history, "history");
        }

        public static Request of(List<UUID> going, int tableSize, long seed) {
            return new Request(going, List.of(), tableSize, seed, SeatingHistory.empty());
        }

        public Request withGuests(List<Guest> more) {
            return new Request(going, more, tableSize, seed, history);
        }

        public Request withHistory(SeatingHistory remembered) {
            return new Request(going, guests, tableSize, seed, remembered);
        }
    }

    /**
     * @param number  1-based table number
     * @param members who sits there (guests next to their host)
     * @param score   sum of pairwise scores at this table
     */
    public record Table(int number, List<UUID> members, double score) {
        public Table {
            members = List.copyOf(members);
        }
    }

    /**
     * @param tables             the tables
     * @param totalScore         sum of the tables' scores
     * @param randomSeatingScore the mean score of {@value #RANDOM_SEATINGS} seeded random seatings with the
     *                           same table sizes and guests with their hosts
     * @param swaps              improving swaps applied by the local search
     * @param repeatedPairs      pairs seated together again who shared a table at a remembered event
     * @param separatedPairs     "never" pairs that could not be kept apart (0 unless impossible)
     */
    public record Seating(List<Table> tables, double totalScore, double randomSeatingScore, int swaps,
            int repeatedPairs, int separatedPairs) {
        public Seating {
            tables = List.copyOf(tables);
        }

        /** How much better than the mean random seating. */
        public double gainOverRandom() {
            return totalScore - randomSeatingScore;
        }
    }

    private Tables() {
    }

    /** Seats members of a community, scored with their two-way scores. */
    public static Seating seat(Community community, List<UUID> going, int tableSize, long seed) {
        return seat(community, Request.of(going, tableSize, seed));
    }

    /**
     * Seats members of a community and their guests: two-way scores (0 with a guest who is not a
     * member), takers spread, "never" pairs apart, repeats penalized.
     */
    public static Seating seat(Community community, Request request) {
        Set<UUID> takers = new HashSet<>();
        Set<MemberPair> never = new HashSet<>();
        List<MemberProfile> present = new ArrayList<>();
        List<UUID> everyone = new ArrayList<>(request.going());
        request.guests().forEach(guest -> everyone.add(guest.guestId()));
        for (UUID id : everyone) {
            community.profile(id).ifPresent(present::add);
            if (community.profile(id).isPresent() && community.isTaker(id)) {
                takers.add(id);
            }
        }
        for (int i = 0; i < present.size(); i++) {
            for (int j = i + 1; j < present.size(); j++) {
                if (present.get(i).refuses(present.get(j))) {
                    never.add(MemberPair.of(present.get(i).memberId(), present.get(j).memberId()));
                }
            }
        }
        return seat(request, new Rules((a, b) -> {
            MemberProfile pa = community.profile(a).orElse(null);
            MemberProfile pb = community.profile(b).orElse(null);
            return pa == null || pb == null ? 0.0 : community.score(pa, pb).value();
        }, takers, never));
    }

    /** Seats people with any symmetric pair score. */
    public static Seating seat(List<UUID> going, PairScore pairScore, int tableSize, long seed) {
        return seat(Request.of(going, tableSize, seed), Rules.of(pairScore));
    }

    /** Seats people and guests under these rules. */
    public static Seating seat(Request request, Rules rules) {
        int tableSize = request.tableSize();
        if (tableSize < MIN_TABLE_SIZE || tableSize > MAX_TABLE_SIZE) {
            throw new IllegalArgumentException("table size must be in 4..6, was " + tableSize);
        }
        List<UUID> people = new ArrayList<>(request.going());
        Map<UUID, List<UUID>> guestsOf = new LinkedHashMap<>();
        for (Guest guest : request.guests()) {
            if (!request.going().contains(guest.hostId())) {
                throw new IllegalArgumentException("the host of guest " + guest.guestId() + " is not going");
            }
            guestsOf.computeIfAbsent(guest.hostId(), h -> new ArrayList<>()).add(guest.guestId());
            people.add(guest.guestId());
        }
        if (people.stream().distinct().count() != people.size()) {
            throw new IllegalArgumentException("a person is listed twice");
        }
        int n = people.size();
        if (n == 0) {
            return new Seating(List.of(), 0, 0, 0, 0, 0);
        }
        Map<UUID, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(people.get(i), i);
        }
        List<int[]> unitList = new ArrayList<>();
        for (UUID person : request.going()) {
            List<UUID> guests = guestsOf.getOrDefault(person, List.of());
            if (guests.size() + 1 > tableSize) {
                throw new IllegalArgumentException(person + " brings more guests than a table seats");
            }
            int[] unit = new int[guests.size() + 1];
            unit[0] = index.get(person);
            for (int g = 0; g < guests.size(); g++) {
                unit[g + 1] = index.get(guests.get(g));
            }
            unitList.add(unit);
        }
        int[][] units = unitList.toArray(int[][]::new);
        double[][] s = new double[n][n];
        double[][] objective = new double[n][n];
        boolean[][] never = new boolean[n][n];
        int[][] repeats = new int[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                UUID a = people.get(i);
                UUID b = people.get(j);
                double value = rules.score().score(a, b);
                int times = request.history().timesTogether(a, b);
                boolean refused = rules.mustNotSitTogether().contains(MemberPair.of(a, b));
                double penalized = value - REPEAT_PENALTY * times
                        - (rules.takers().contains(a) && rules.takers().contains(b) ? TAKER_PAIR_PENALTY : 0)
                        - (refused ? NEVER_PENALTY : 0);
                s[i][j] = s[j][i] = value;
                objective[i][j] = objective[j][i] = penalized;
                never[i][j] = never[j][i] = refused;
                repeats[i][j] = repeats[j][i] = times;
            }
        }
        int[] sizes = tableSizes(n, tableSize);
        Random random = new Random(request.seed());
        double randomTotal = 0;
        for (int r = 0; r < RANDOM_SEATINGS; r++) {
            randomTotal += score(s, randomAssignment(n, units, sizes, tableSize, random));
        }
        int[] table = greedyAssignment(objective, units, sizes, tableSize);
        int tables = Arrays.stream(table).max().orElse(0) + 1;
        int swaps = improveBySwaps(objective, units, table, tables, random);
        List<Table> result = new ArrayList<>();
        double total = 0;
        int repeated = 0;
        int separated = 0;
        for (int t = 0; t < tables; t++) {
            List<UUID> members = new ArrayList<>();
            double tableScore = 0;
            for (int[] unit : units) {
                if (table[unit[0]] == t) {
                    for (int person : unit) {
                        members.add(people.get(person));
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (table[i] == t && table[j] == t) {
                        tableScore += s[i][j];
                        repeated += repeats[i][j] > 0 ? 1 : 0;
                        separated += never[i][j] ? 1 : 0;
                    }
                }
            }
            total += tableScore;
            result.add(new Table(t + 1, members, tableScore));
        }
        return new Seating(result, total, randomTotal / RANDOM_SEATINGS, swaps, repeated, separated);
    }

    /** ⌈n/size⌉ sizes as even as possible, the larger first. */
    static int[] tableSizes(int n, int size) {
        int count = (n + size - 1) / size;
        int[] sizes = new int[count];
        for (int t = 0; t < count; t++) {
            sizes[t] = n / count + (t < n % count ? 1 : 0);
        }
        return sizes;
    }

    /** Units in a random order, each at the first table with room (its even share, else up to the maximum). */
    private static int[] randomAssignment(int n, int[][] units, int[] sizes, int maxSize, Random random) {
        int[] order = new int[units.length];
        for (int i = 0; i < units.length; i++) {
            order[i] = i;
        }
        for (int i = units.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int[] table = new int[n];
        List<Integer> seated = new ArrayList<>();
        for (int t = 0; t < sizes.length; t++) {
            seated.add(0);
        }
        for (int u : order) {
            place(units[u], tableWithRoom(seated, sizes, units[u].length, maxSize), table, seated);
        }
        return table;
    }

    private static int tableWithRoom(List<Integer> seated, int[] sizes, int unitSize, int maxSize) {
        for (int t = 0; t < seated.size(); t++) {
            if (seated.get(t) + unitSize <= (t < sizes.length ? sizes[t] : maxSize)) {
                return t;
            }
        }
        for (int t = 0; t < seated.size(); t++) {
            if (seated.get(t) + unitSize <= maxSize) {
                return t;
            }
        }
        seated.add(0);
        return seated.size() - 1;
    }

    private static void place(int[] unit, int t, int[] table, List<Integer> seated) {
        for (int person : unit) {
            table[person] = t;
        }
        seated.set(t, seated.get(t) + unit.length);
    }

    private static int[] greedyAssignment(double[][] s, int[][] units, int[] sizes, int maxSize) {
        int n = s.length;
        int[] table = new int[n];
        Arrays.fill(table, -1);
        boolean[] done = new boolean[units.length];
        List<Integer> seated = new ArrayList<>();
        for (int t = 0; t < sizes.length; t++) {
            seated.add(0);
            int opener = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int u = 0; u < units.length; u++) {
                if (!done[u] && units[u].length <= sizes[t]) {
                    double sum = 0;
                    for (int person : units[u]) {
                        for (int j = 0; j < n; j++) {
                            if (table[j] < 0 && !contains(units[u], j)) {
                                sum += s[person][j];
                            }
                        }
                    }
                    if (sum > best) {
                        best = sum;
                        opener = u;
                    }
                }
            }
            if (opener < 0) {
                continue;
            }
            done[opener] = true;
            place(units[opener], t, table, seated);
            while (seated.get(t) < sizes[t]) {
                int pick = -1;
                double bestAdd = Double.NEGATIVE_INFINITY;
                for (int u = 0; u < units.length; u++) {
                    if (!done[u] && seated.get(t) + units[u].length <= sizes[t]) {
                        double add = 0;
                        for (int person : units[u]) {
                            for (int j = 0; j < n; j++) {
                                if (table[j] == t) {
                                    add += s[person][j];
                                }
                            }
                        }
                        if (add > bestAdd) {
                            bestAdd = add;
                            pick = u;
                        }
                    }
                }
                if (pick < 0) {
                    break;
                }
                done[pick] = true;
                place(units[pick], t, table, seated);
            }
        }
        for (int u = 0; u < units.length; u++) {
            if (!done[u]) {
                place(units[u], tableWithRoom(seated, sizes, units[u].length, maxSize), table, seated);
            }
        }
        return table;
    }

    private static boolean contains(int[] unit, int person) {
        for (int p : unit) {
            if (p == person) {
                return true;
            }
        }
        return false;
    }

    /** Swaps of two units of the same size, first improvement, seeded random order; returns swaps applied. */
    private static int improveBySwaps(double[][] s, int[][] units, int[] table, int tables, Random random) {
        int n = s.length;
        double[][] toTable = new double[n][tables];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    toTable[i][table[j]] += s[i][j];
                }
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (int a = 0; a < units.length; a++) {
            for (int b = a + 1; b < units.length; b++) {
                if (units[a].length == units[b].length) {
                    pairs.add(new int[] {a, b});
                }
            }
        }
        int swaps = 0;
        final double epsilon = 1e-9;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            boolean improved = false;
            for (int k = pairs.size() - 1; k > 0; k--) {
                int r = random.nextInt(k + 1);
                int[] swap = pairs.get(k);
                pairs.set(k, pairs.get(r));
                pairs.set(r, swap);
            }
            for (int[] pair : pairs) {
                int[] x = units[pair[0]];
                int[] y = units[pair[1]];
                int ta = table[x[0]];
                int tb = table[y[0]];
                if (ta == tb) {
                    continue;
                }
                double gain = moveGain(s, toTable, x, y, ta, tb) + moveGain(s, toTable, y, x, tb, ta);
                if (gain > epsilon) {
                    for (int z = 0; z < n; z++) {
                        double toX = sum(s[z], x);
                        double toY = sum(s[z], y);
                        toTable[z][ta] += toY - toX;
                        toTable[z][tb] += toX - toY;
                    }
                    for (int person : x) {
                        table[person] = tb;
                    }
                    for (int person : y) {
                        table[person] = ta;
                    }
                    swaps++;
                    improved = true;
                }
            }
            if (!improved) {
                break;
            }
        }
        return swaps;
    }

    /** Change of the objective from x's side when unit x moves from table from to table to and y the other way. */
    private static double moveGain(double[][] s, double[][] toTable, int[] x, int[] y, int from, int to) {
        double gain = 0;
        for (int person : x) {
            gain += toTable[person][to] - sum(s[person], y) - toTable[person][from] + sum(s[person], x);
        }
        return gain;
    }

    private static double sum(double[] row, int[] unit) {
        double total = 0;
        for (int person : unit) {
            total += row[person];
        }
        return total;
    }

    private static double score(double[][] s, int[] table) {
        double total = 0;
        for (int i = 0; i < s.length; i++) {
            for (int j = i + 1; j < s.length; j++) {
                if (table[i] == table[j]) {
                    total += s[i][j];
                }
            }
        }
        return total;
    }
}

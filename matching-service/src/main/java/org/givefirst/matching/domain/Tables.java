package org.givefirst.matching.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Splits the people going to an event into small tables that maximize mutual benefit: the sum,
 * over tables, of the two-way scores of every pair seated at the same table.
 *
 * <p>Table sizes: with n people and requested size s (4..6), there are ⌈n/s⌉ tables whose sizes
 * differ by at most one and never exceed s (23 people at 5 → 5, 5, 5, 4, 4). Fewer than s people sit
 * at one table.
 *
 * <p>Method: a greedy start (each table is opened by the unseated person with the highest total score
 * to the other unseated people, then filled with the unseated person adding the most to that table),
 * then local search by pairwise swaps of two people at different tables, first improvement, visiting
 * the pairs in a seeded random order, until a full pass finds no improving swap or after
 * {@link #MAX_PASSES} passes. The same seed gives the same seating. The score of a random seating with
 * the same sizes (same seed) is computed too, so the caller can report the gain.
 *
 * <p>Pair scores come from the caller; {@link #seat(Community, List, int, long)} uses the two-way score
 * with give-first factors. Hard constraints are not applied: people at the same table talk anyway.
 */
public final class Tables {

    public static final int MIN_TABLE_SIZE = 4;
    public static final int MAX_TABLE_SIZE = 6;
    public static final int MAX_PASSES = 100;

    /** Score of two people sitting together (symmetric). */
    @FunctionalInterface
    public interface PairScore {
        double score(UUID a, UUID b);
    }

    /**
     * @param number  1-based table number
     * @param members who sits there
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
     * @param randomSeatingScore the score of a seeded random seating with the same table sizes
     * @param swaps              improving swaps applied by the local search
     */
    public record Seating(List<Table> tables, double totalScore, double randomSeatingScore, int swaps) {
        public Seating {
            tables = List.copyOf(tables);
        }

        /** How much better than a random seating. */
        public double gainOverRandom() {
            return totalScore - randomSeatingScore;
        }
    }

    private Tables() {
    }

    /** Seats members of a community, scored with their two-way scores. */
    public static Seating seat(Community community, List<UUID> going, int tableSize, long seed) {
        return seat(going, (a, b) -> {
            MemberProfile pa = community.profile(a).orElse(null);
            MemberProfile pb = community.profile(b).orElse(null);
            return pa == null || pb == null ? 0.0 : community.score(pa, pb).value();
        }, tableSize, seed);
    }

    /** Seats people with any symmetric pair score. */
    public static Seating seat(List<UUID> going, PairScore pairScore, int tableSize, long seed) {
        if (tableSize < MIN_TABLE_SIZE || tableSize > MAX_TABLE_SIZE) {
            throw new IllegalArgumentException("table size must be in 4..6, was " + tableSize);
        }
        if (going.stream().distinct().count() != going.size()) {
            throw new IllegalArgumentException("a person is listed twice");
        }
        int n = going.size();
        if (n == 0) {
            return new Seating(List.of(), 0, 0, 0);
        }
        double[][] s = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double value = pairScore.score(going.get(i), going.get(j));
                s[i][j] = value;
                s[j][i] = value;
            }
        }
        int[] sizes = tableSizes(n, tableSize);
        Random random = new Random(seed);
        double randomScore = score(s, randomAssignment(n, sizes, random));
        int[] table = greedyAssignment(s, sizes);
        int swaps = improveBySwaps(s, table, sizes.length, random);
        List<Table> tables = new ArrayList<>();
        double total = 0;
        for (int t = 0; t < sizes.length; t++) {
            List<UUID> members = new ArrayList<>();
            double tableScore = 0;
            for (int i = 0; i < n; i++) {
                if (table[i] == t) {
                    for (int j = i + 1; j < n; j++) {
                        if (table[j] == t) {
                            tableScore += s[i][j];
                        }
                    }
                    members.add(going.get(i));
                }
            }
            total += tableScore;
            tables.add(new Table(t + 1, members, tableScore));
        }
        return new Seating(tables, total, randomScore, swaps);
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

    private static int[] randomAssignment(int n, int[] sizes, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        int[] table = new int[n];
        int next = 0;
        for (int t = 0; t < sizes.length; t++) {
            for (int k = 0; k < sizes[t]; k++) {
                table[order[next++]] = t;
            }
        }
        return table;
    }

    private static int[] greedyAssignment(double[][] s, int[] sizes) {
        int n = s.length;
        int[] table = new int[n];
        Arrays.fill(table, -1);
        for (int t = 0; t < sizes.length; t++) {
            int opener = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (table[i] < 0) {
                    double sum = 0;
                    for (int j = 0; j < n; j++) {
                        if (table[j] < 0 && j != i) {
                            sum += s[i][j];
                        }
                    }
                    if (sum > best) {
                        best = sum;
                        opener = i;
                    }
                }
            }
            table[opener] = t;
            for (int seated = 1; seated < sizes[t]; seated++) {
                int pick = -1;
                double bestAdd = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < n; i++) {
                    if (table[i] < 0) {
                        double add = 0;
                        for (int j = 0; j < n; j++) {
                            if (table[j] == t) {
                                add += s[i][j];
                            }
                        }
                        if (add > bestAdd) {
                            bestAdd = add;
                            pick = i;
                        }
                    }
                }
                table[pick] = t;
            }
        }
        return table;
    }

    /** Pairwise swaps, first improvement, seeded random visiting order; returns swaps applied. */
    private static int improveBySwaps(double[][] s, int[] table, int tables, Random random) {
        int n = s.length;
        double[][] toTable = new double[n][tables];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    toTable[i][table[j]] += s[i][j];
                }
            }
        }
        int[] pairs = new int[n * (n - 1) / 2 * 2];
        int p = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                pairs[p++] = i;
                pairs[p++] = j;
            }
        }
        int pairCount = p / 2;
        int swaps = 0;
        final double epsilon = 1e-12;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            boolean improved = false;
            for (int k = pairCount - 1; k > 0; k--) {
                int r = random.nextInt(k + 1);
                swapPair(pairs, k, r);
            }
            for (int k = 0; k < pairCount; k++) {
                int a = pairs[2 * k];
                int b = pairs[2 * k + 1];
                int ta = table[a];
                int tb = table[b];
                if (ta == tb) {
                    continue;
                }
                double gain = toTable[b][ta] - s[a][b] - toTable[a][ta]
                        + toTable[a][tb] - s[a][b] - toTable[b][tb];
                if (gain > epsilon) {
                    for (int x = 0; x < n; x++) {
                        toTable[x][ta] += s[x][b] - s[x][a];
                        toTable[x][tb] += s[x][a] - s[x][b];
                    }
                    table[a] = tb;
                    table[b] = ta;
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

    private static void swapPair(int[] pairs, int k, int r) {
        int a = pairs[2 * k];
        int b = pairs[2 * k + 1];
        pairs[2 * k] = pairs[2 * r];
        pairs[2 * k + 1] = pairs[2 * r + 1];
        pairs[2 * r] = a;
        pairs[2 * r + 1] = b;
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

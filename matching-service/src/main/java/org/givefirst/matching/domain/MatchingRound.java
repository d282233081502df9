package org.givefirst.matching.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The result of a matching round.
 *
 * @param pairs       the introductions to propose, in pass order then weight order
 * @param totalWeight sum of the pair weights
 * @param components  one report per connected component matched, per pass
 */
public record MatchingRound(List<Pair> pairs, long totalWeight, List<ComponentReport> components) {

    public MatchingRound {
        pairs = List.copyOf(pairs);
        components = List.copyOf(components);
    }

    /**
     * A proposed introduction.
     *
     * @param a      one member
     * @param b      the other member
     * @param weight the pair's integer weight (two-way score × 1000)
     * @param pass   1, 2, ...: the successive matching that chose it (one introduction per member per
     *               pass; see {@link RoundMatcher} for why there can be more passes than k)
     */
    public record Pair(UUID a, UUID b, int weight, int pass) {
    }

    /**
     * How one connected component was matched in one pass.
     *
     * @param pass     1..k
     * @param vertices members in the component
     * @param edges    eligible pairs in the component
     * @param method   exact or approximate
     * @param pairs    pairs chosen
     * @param weight   their total weight
     * @param stage    the stage of the graph's edges this pass matched (0 = served first)
     */
    public record ComponentReport(int pass, int vertices, int edges, MatchingMethod method, int pairs, long weight,
            int stage) {

        /** A report of stage 0. */
        public ComponentReport(int pass, int vertices, int edges, MatchingMethod method, int pairs, long weight) {
            this(pass, vertices, edges, method, pairs, weight, 0);
        }
    }

    /** True when every component was matched with an exact method. */
    public boolean isExact() {
        return components.stream().allMatch(c -> c.method().isExact());
    }

    /** The methods used in this round. */
    public Set<MatchingMethod> methodsUsed() {
        Set<MatchingMethod> methods = EnumSet.noneOf(MatchingMethod.class);
        components.forEach(c -> methods.add(c.method()));
        return methods;
    }

    /** The members this member is introduced to in this round. */
    public List<UUID> partnersOf(UUID member) {
        List<UUID> partners = new ArrayList<>();
        for (Pair pair : pairs) {
            if (pair.a().equals(member)) {
                partners.add(pair.b());
            } else if (pair.b().equals(member)) {
                partners.add(pair.a());
            }
        }
        return partners;
    }
}

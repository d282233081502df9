package org.givefirst.matching.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Small builders for readable tests. */
final class TestMembers {

    private TestMembers() {
    }

    /** A deterministic id, so that failures are reproducible and orders stable. */
    static UUID id(int n) {
        return new UUID(0L, n);
    }

    /** An open member of chapter "paris" offering {@code offers} and seeking {@code seeks} (one specific objective). */
    static MemberProfile member(int n, List<String> offers, List<String> seeks) {
        return MemberProfile.builder(id(n))
                .chapters("paris")
                .offers(offers.toArray(String[]::new))
                .objectives(new Objective(java.util.Set.copyOf(seeks), 3, 80))
                .build();
    }

    static MemberProfile.Builder builder(int n, List<String> offers, List<String> seeks) {
        return MemberProfile.builder(id(n))
                .chapters("paris")
                .offers(offers.toArray(String[]::new))
                .objectives(new Objective(java.util.Set.copyOf(seeks), 3, 80));
    }

    /** A ledger of a member who only took: two introductions received, nothing given. */
    static GivingLedger takerLedger() {
        return new GivingLedger(0, 0, 0, 0, 2);
    }

    /** A ledger of a member who hosted twice. */
    static GivingLedger giverLedger() {
        return new GivingLedger(2, 0, 0, 0, 0);
    }

    /** A random graph on n vertices, each pair an edge with probability p, weights in 1..maxWeight. */
    static PairGraph randomGraph(Random random, int n, double p, int maxWeight, int capacity) {
        PairGraph.Builder builder = PairGraph.builder();
        for (int v = 0; v < n; v++) {
            builder.addVertex(id(v), capacity);
        }
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (random.nextDouble() < p) {
                    builder.addEdge(id(a), id(b), 1 + random.nextInt(maxWeight));
                }
            }
        }
        return builder.build();
    }

    /** A random community with tags from a small vocabulary. */
    static List<MemberProfile> randomCommunity(Random random, int n, int vocabulary) {
        List<MemberProfile> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> offers = new ArrayList<>();
            List<String> seeks = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                offers.add("t" + random.nextInt(vocabulary));
                seeks.add("t" + random.nextInt(vocabulary));
            }
            members.add(member(i, offers, seeks));
        }
        return members;
    }
}

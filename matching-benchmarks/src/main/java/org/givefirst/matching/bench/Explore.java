package org.givefirst.matching.bench;

import org.givefirst.matching.domain.Community;
import org.givefirst.matching.domain.PairGraph;

public class Explore {
    public static void main(String[] args) {
        for (String arg : args) {
            int n = Integer.parseInt(arg);
            long t0 = System.nanoTime();
            Community c = SyntheticCommunity.generate(n, 1L);
            long t1 = System.nanoTime();
            PairGraph g = PairGraph.eligible(c);
            long t2 = System.nanoTime();
            System.out.printf("n=%d gen=%.0fms graph=%.0fms vertices=%d edges=%d avgdeg=%.1f%n", n, (t1-t0)/1e6, (t2-t1)/1e6,
                g.vertexCount(), g.edgeCount(), 2.0*g.edgeCount()/g.vertexCount());
        }
    }
}

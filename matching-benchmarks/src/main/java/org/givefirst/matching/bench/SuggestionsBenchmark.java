package org.givefirst.matching.bench;

import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.givefirst.matching.domain.Community;
import org.givefirst.matching.domain.MemberProfile;
import org.givefirst.matching.domain.Suggestion;
import org.givefirst.matching.domain.Suggestions;
import org.givefirst.matching.domain.TextAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to compute the top 10 suggestions of one member, with the community's candidate index
 * already built (as the service keeps it in memory). Members are visited in a fixed pseudo-random
 * order so that caches do not flatter the result.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SuggestionsBenchmark {

    @Param({"1000", "10000", "100000"})
    public int members;

    /** With the English analysis and the shipped synonyms (text-aware candidates and scores). */
    @Param({"false", "true"})
    public boolean text;

    private Suggestions suggestions;
    private UUID[] sample;
    private int next;

    @Setup
    public void setUp() {
        Community generated = SyntheticCommunity.generate(members, 1L);
        Community community = text
                ? generated.toBuilder().textAnalyzer(TextAnalyzer.withDefaultSynonyms()).build()
                : generated;
        community.candidateIndex();
        suggestions = new Suggestions(community);
        List<MemberProfile> all = community.members();
        Random random = new Random(2L);
        sample = new UUID[1024];
        for (int i = 0; i < sample.length; i++) {
            sample[i] = all.get(random.nextInt(all.size())).memberId();
        }
    }

    @Benchmark
    public List<Suggestion> suggestionsForOneMember() {
        UUID member = sample[next];
        next = (next + 1) & (sample.length - 1);
        return suggestions.forMember(member, 10);
    }
}

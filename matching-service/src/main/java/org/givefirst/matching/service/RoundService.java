package org.givefirst.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.givefirst.matching.config.MatchingConfig;
import org.givefirst.matching.domain.MatchingMethod;
import org.givefirst.matching.domain.MatchingQuality;
import org.givefirst.matching.domain.MatchingRound;
import org.givefirst.matching.domain.MemberProfile;
import org.givefirst.matching.domain.PairGraph;
import org.givefirst.matching.domain.RoundMatcher;
import org.givefirst.matching.domain.RoundOptions;
import org.givefirst.matching.messaging.IntroductionFacts;
import org.givefirst.matching.persistence.Introduction;
import org.givefirst.matching.persistence.RoundComponentRecord;
import org.givefirst.matching.persistence.RoundRecord;
import org.givefirst.platform.problem.ProblemException;

/**
 * Runs a chapter's matching round with the domain's {@link RoundMatcher}, measures it with
 * {@link MatchingQuality}, and turns every pair into a suggested introduction (with its fact),
 * all in one transaction. Rounds of one chapter run one at a time (an advisory lock), so two
 * organizers starting rounds together cannot propose the same pair twice.
 */
@ApplicationScoped
public class RoundService {

    private final EntityManager em;
    private final MemberQueries members;
    private final CommunityLoader loader;
    private final Gatherings gatherings;
    private final IntroductionService introductions;
    private final IntroductionFacts facts;
    private final MatchingConfig config;

    public RoundService(EntityManager em, MemberQueries members, CommunityLoader loader, Gatherings gatherings,
            IntroductionService introductions, IntroductionFacts facts, MatchingConfig config) {
        this.em = em;
        this.members = members;
        this.loader = loader;
        this.gatherings = gatherings;
        this.introductions = introductions;
        this.facts = facts;
        this.config = config;
    }

    /**
     * Runs a round for a chapter.
     *
     * @param perMemberLimit k: at most k introductions per member in this round
     * @throws ProblemException 404 when matching knows no such chapter
     */
    @Transactional
    public RoundRecord run(String chapter, int perMemberLimit, String requestedBy) {
        if (!members.knowsChapter(chapter)) {
            throw ProblemException.notFound("Chapter", chapter);
        }
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))").setParameter(1, "round:" + chapter).getResultList();

        CommunityLoader.Loaded loaded = loader.ofChapter(chapter);
        RoundOptions options = new RoundOptions(perMemberLimit, RoundOptions.DEFAULT_EXACT_COMPONENT_LIMIT,
                config.rounds().maxImprovementPasses(), config.rounds().exactBudget(), RoundOptions.defaultParallelism());
        PairGraph graph = PairGraph.eligible(loaded.community());
        MatchingRound round = new RoundMatcher(options).run(graph);
        Long optimum = optimumOf(graph, round, options);
        MatchingQuality.Report quality = MatchingQuality.evaluate(graph, round, perMemberLimit,
                optimum == null ? round.totalWeight() : optimum);

        OffsetDateTime now = introductions.now();
        RoundRecord record = new RoundRecord();
        record.id = UUID.randomUUID();
        record.chapter = chapter;
        record.perMemberLimit = perMemberLimit;
        record.requestedBy = requestedBy;
        record.createdAt = now;
        record.members = loaded.community().size();
        record.eligibleMembers = graph.vertexCount();
        record.eligiblePairs = graph.edgeCount();
        record.totalWeight = round.totalWeight();
        record.optimumWeight = optimum;
        record.shareOfOptimum = optimum == null ? null : quality.shareOfOptimum();
        record.coverage = quality.coverage();
        record.connectedCoverage = quality.connectedCoverage();
        record.blockingPairs = quality.blockingPairs();
        record.persist();

        int seq = 0;
        for (MatchingRound.ComponentReport report : round.components()) {
            RoundComponentRecord component = new RoundComponentRecord();
            component.roundId = record.id;
            component.seq = seq++;
            component.pass = report.pass();
            component.vertices = report.vertices();
            component.edges = report.edges();
            component.method = report.method().name();
            component.pairs = report.pairs();
            component.weight = report.weight();
            component.persist();
        }

        Gatherings.Upcoming upcoming = gatherings.upcoming(Set.of(chapter), List.of());
        for (MatchingRound.Pair pair : round.pairs()) {
            MemberProfile a = loaded.profile(pair.a());
            MemberProfile b = loaded.profile(pair.b());
            Optional<Gatherings.Gathering> gathering = upcoming.around(a, loaded.views().get(pair.a()), b,
                    loaded.views().get(pair.b()));
            List<String> aCanGiveB = sorted(loaded.community().canGive(a, b));
            List<String> bCanGiveA = sorted(loaded.community().canGive(b, a));
            Introduction intro = new Introduction();
            intro.id = UUID.randomUUID();
            intro.roundId = record.id;
            intro.chapter = chapter;
            intro.memberA = pair.a();
            intro.memberB = pair.b();
            intro.weight = pair.weight();
            intro.pass = pair.pass();
            intro.aCanGiveJson = introductions.write(aCanGiveB);
            intro.bCanGiveJson = introductions.write(bCanGiveA);
            intro.gatheringEventId = gathering.map(Gatherings.Gathering::eventId).orElse(null);
            intro.status = Introduction.SUGGESTED;
            intro.createdAt = now;
            intro.expiresAt = now.plus(config.introductions().expireAfter());
            intro.persist();
            facts.suggested(intro, aCanGiveB, bCanGiveA, gathering.map(g ->
                    new IntroductionFacts.Gathering(g.eventId(), g.title(), g.format(), g.startsAt())).orElse(null));
        }
        return record;
    }

    public Optional<RoundRecord> find(UUID id) {
        return RoundRecord.findByIdOptional(id);
    }

    public List<RoundComponentRecord> components(UUID roundId) {
        return RoundComponentRecord.ofRound(roundId);
    }

    /** The round's introductions whose two members are still known (erased members leave the round view). */
    public List<Introduction> pairs(UUID roundId) {
        return Introduction.list("roundId = ?1 and memberA is not null and memberB is not null order by pass, weight desc, id",
                roundId);
    }

    /**
     * The weight of the exact round on the same graph: the round's own weight when every
     * component was matched exactly, computed when it was not and the graph is small enough,
     * otherwise unknown (null).
     */
    private static List<String> sorted(Set<String> tags) {
        return tags.stream().sorted().toList();
    }

    private Long optimumOf(PairGraph graph, MatchingRound round, RoundOptions options) {
        if (round.methodsUsed().stream().allMatch(MatchingMethod::isExact)) {
            return round.totalWeight();
        }
        if (graph.vertexCount() <= config.rounds().measureOptimumUpTo()) {
            return new RoundMatcher(options.exactOnly()).run(graph).totalWeight();
        }
        return null;
    }
}

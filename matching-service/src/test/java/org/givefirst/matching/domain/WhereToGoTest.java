package org.givefirst.matching.domain;

import static org.givefirst.matching.domain.TestMembers.builder;
import static org.givefirst.matching.domain.TestMembers.id;
import static org.givefirst.matching.domain.TestMembers.member;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.givefirst.matching.domain.WhereToGo.EventRanking;
import org.givefirst.matching.domain.WhereToGo.UpcomingEvent;
import org.junit.jupiter.api.Test;

class WhereToGoTest {

    private static final MemberProfile ME = MemberProfile.builder(id(0)).chapters("paris").offers("java")
            .objectives(Objective.of(5, 90, "seed-investor"), Objective.of(2, 60, "designer")).build();

    private static UUID event(int n) {
        return new UUID(1L, n);
    }

    @Test
    void eventsAreRankedByHowManyAttendeesCanHelp() {
        MemberProfile investor1 = member(1, List.of("seed-investor"), List.of("x"));
        MemberProfile investor2 = member(2, List.of("seed-investor"), List.of("x"));
        MemberProfile designer = member(3, List.of("designer"), List.of("x"));
        MemberProfile unrelated = member(4, List.of("plumbing"), List.of("java"));
        List<UpcomingEvent> events = List.of(
                new UpcomingEvent(event(1), List.of(unrelated, designer)),
                new UpcomingEvent(event(2), List.of(investor1, designer, investor2, ME)),
                new UpcomingEvent(event(3), List.of(unrelated)),
                new UpcomingEvent(event(4), List.of(investor1, unrelated)));
        List<EventRanking> ranking = WhereToGo.rank(ME, events);
        assertEquals(List.of(event(2), event(4), event(1), event(3)),
                ranking.stream().map(EventRanking::eventId).toList());
        EventRanking best = ranking.get(0);
        assertEquals(3, best.helperCount());
        // Investors serve the higher-priority objective, so they come first; the member themself is not counted.
        assertEquals(List.of(id(1), id(2), id(3)), best.helperIds());
        assertEquals(Set.of("seed-investor"), best.helpers().get(0).tags());
        assertEquals(0, ranking.get(3).helperCount());
    }

    @Test
    void rankingForOneObjectiveCountsOnlyThoseWhoServeIt() {
        MemberProfile investor = member(1, List.of("seed-investor"), List.of("x"));
        MemberProfile designer1 = member(2, List.of("designer"), List.of("x"));
        MemberProfile designer2 = member(3, List.of("designer"), List.of("x"));
        List<UpcomingEvent> events = List.of(
                new UpcomingEvent(event(1), List.of(investor)),
                new UpcomingEvent(event(2), List.of(designer1, designer2)));
        List<EventRanking> forDesigner = WhereToGo.rank(ME, ME.objectives().get(1), events);
        assertEquals(List.of(event(2), event(1)), forDesigner.stream().map(EventRanking::eventId).toList());
        assertEquals(0, forDesigner.get(1).helperCount());
    }

    @Test
    void equallyGoodEventsKeepTheGivenOrderAndErasedAttendeesDoNotCount() {
        MemberProfile investor = member(1, List.of("seed-investor"), List.of("x"));
        MemberProfile erasedInvestor = member(2, List.of("seed-investor"), List.of("x")).erasedCopy();
        List<UpcomingEvent> events = List.of(
                new UpcomingEvent(event(1), List.of(investor)),
                new UpcomingEvent(event(2), List.of(investor, erasedInvestor)));
        List<EventRanking> ranking = WhereToGo.rank(ME, events);
        assertEquals(List.of(event(1), event(2)), ranking.stream().map(EventRanking::eventId).toList());
        assertEquals(1, ranking.get(1).helperCount());
    }

    @Test
    void neverPreferenceOnEitherSideRemovesTheHelper() {
        MemberProfile investor = member(1, List.of("seed-investor"), List.of("x"));
        MemberProfile refusedInvestor = member(2, List.of("seed-investor"), List.of("x"));
        MemberProfile refusingInvestor = builder(3, List.of("seed-investor"), List.of("x"))
                .neverIntroduce(List.of(ME.memberId())).build();
        MemberProfile me = MemberProfile.builder(ME.memberId()).chapters("paris").offers("java")
                .objectives(ME.objectives()).neverIntroduce(List.of(id(2))).build();
        List<UpcomingEvent> events = List.of(
                new UpcomingEvent(event(1), List.of(refusedInvestor, refusingInvestor)),
                new UpcomingEvent(event(2), List.of(investor)));
        List<EventRanking> ranking = WhereToGo.rank(me, events);
        assertEquals(List.of(event(2), event(1)), ranking.stream().map(EventRanking::eventId).toList());
        assertEquals(List.of(id(1)), ranking.get(0).helperIds());
        assertEquals(0, ranking.get(1).helperCount());
        // Without the preferences both investors would count.
        assertEquals(2, WhereToGo.rank(ME, List.of(new UpcomingEvent(event(1),
                List.of(refusedInvestor, member(3, List.of("seed-investor"), List.of("x")))))).get(0).helperCount());
    }
}

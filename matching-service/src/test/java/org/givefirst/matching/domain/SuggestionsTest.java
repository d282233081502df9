package org.givefirst.matching.domain;

import static org.givefirst.matching.domain.TestMembers.builder;
import static org.givefirst.matching.domain.TestMembers.id;
import static org.givefirst.matching.domain.TestMembers.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.givefirst.matching.domain.HardConstraints.Exclusion;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final MemberProfile ALICE = member(1, List.of("java"), List.of("design"));
    private static final MemberProfile BOB = member(2, List.of("design"), List.of("java"));

    private static List<UUID> suggestedIds(Community community, UUID member) {
        return new Suggestions(community).forMember(member, 10).stream().map(Suggestion::otherMemberId).toList();
    }

    @Test
    void twoWayPairIsSuggestedWithItsExplanation() {
        List<Suggestion> suggestions = new Suggestions(Community.of(List.of(ALICE, BOB))).forMember(id(1), 10);
        assertEquals(1, suggestions.size());
        Suggestion s = suggestions.get(0);
        assertEquals(id(2), s.otherMemberId());
        assertEquals(Set.of("java"), s.memberCanGive());
        assertEquals(Set.of("design"), s.otherCanGive());
        assertTrue(s.score().value() > 0);
    }

    @Test
    void oneWayPairIsNeverSuggested() {
        MemberProfile onlyTakesFromAlice = member(3, List.of("marketing"), List.of("java"));
        Community community = Community.of(List.of(ALICE, onlyTakesFromAlice));
        assertEquals(List.of(), suggestedIds(community, id(1)));
        assertEquals(List.of(), suggestedIds(community, id(3)));
    }

    @Test
    void pairAlreadyIntroducedIsNeverSuggestedAgain() {
        Community community = new Community(List.of(ALICE, BOB), Map.of(),
                PairHistory.empty().withIntroduced(id(2), id(1)));
        assertEquals(List.of(), suggestedIds(community, id(1)));
        assertEquals(List.of(), suggestedIds(community, id(2)));
        assertEquals(Optional.of(Exclusion.ALREADY_INTRODUCED), HardConstraints.pairExclusion(community, ALICE, BOB));
    }

    @Test
    void pairDeclinedBeforeIsNeverSuggestedAgain() {
        Community community = new Community(List.of(ALICE, BOB), Map.of(),
                PairHistory.empty().withDeclined(id(1), id(2)));
        assertEquals(List.of(), suggestedIds(community, id(1)));
        assertEquals(Optional.of(Exclusion.DECLINED_BEFORE), HardConstraints.pairExclusion(community, BOB, ALICE));
    }

    @Test
    void memberNotOpenErasedOrOverTheLimitGetsAndGivesNoSuggestion() {
        MemberProfile closed = builder(2, List.of("design"), List.of("java")).openToIntroductions(false).build();
        MemberProfile full = builder(2, List.of("design"), List.of("java"))
                .monthlyIntroductionLimit(2).introductionsThisMonth(2).build();
        MemberProfile erased = new MemberProfile(id(2), Set.of("paris"), Set.of("design"),
                List.of(Objective.of(3, 80, "java")), true, false, 4, 0, true);
        for (MemberProfile bob : List.of(closed, full, erased)) {
            Community community = Community.of(List.of(ALICE, bob));
            assertEquals(List.of(), suggestedIds(community, id(1)), bob.toString());
            assertEquals(List.of(), suggestedIds(community, id(2)), bob.toString());
        }
        assertEquals(Optional.of(Exclusion.NOT_OPEN_TO_INTRODUCTIONS), HardConstraints.memberExclusion(closed));
        assertEquals(Optional.of(Exclusion.OVER_MONTHLY_LIMIT), HardConstraints.memberExclusion(full));
        assertEquals(Optional.of(Exclusion.ERASED), HardConstraints.memberExclusion(erased));
    }

    @Test
    void otherChapterIsSuggestedOnlyWhenBothOptIn() {
        MemberProfile lyonOptIn = builder(2, List.of("design"), List.of("java")).chapters("lyon")
                .allowsOtherChapterIntroductions(true).build();
        MemberProfile aliceOptIn = builder(1, List.of("java"), List.of("design"))
                .allowsOtherChapterIntroductions(true).build();
        assertEquals(List.of(), suggestedIds(Community.of(List.of(ALICE, lyonOptIn)), id(1)));
        assertEquals(Optional.of(Exclusion.DIFFERENT_CHAPTER),
                HardConstraints.pairExclusion(Community.of(List.of(ALICE, lyonOptIn)), ALICE, lyonOptIn));
        assertEquals(List.of(id(2)), suggestedIds(Community.of(List.of(aliceOptIn, lyonOptIn)), id(1)));
    }

    @Test
    void giverRanksAboveAnEquallyMatchingTaker() {
        MemberProfile giver = member(2, List.of("design"), List.of("java"));
        MemberProfile taker = member(3, List.of("design"), List.of("java"));
        // The taker has the smaller id, so only the ledger can put the giver first.
        MemberProfile takerFirstById = member(0, List.of("design"), List.of("java"));
        Community community = new Community(List.of(ALICE, giver, taker, takerFirstById),
                Map.of(id(3), TestMembers.takerLedger(), id(0), TestMembers.takerLedger()), PairHistory.empty());
        List<Suggestion> suggestions = new Suggestions(community).forMember(id(1), 10);
        assertEquals(id(2), suggestions.get(0).otherMemberId());
        assertFalse(suggestions.get(0).otherIsTaker());
        assertTrue(suggestions.get(1).otherIsTaker());
        assertTrue(suggestions.get(0).score().value() > suggestions.get(1).score().value());
    }

    @Test
    void takerRanksAfterANonTakerEvenWithABetterMatch() {
        MemberProfile weakGiver = MemberProfile.builder(id(2)).chapters("paris").offers("design")
                .objectives(Objective.of(3, 80, "java"), Objective.of(3, 80, "sales")).build();
        MemberProfile strongTaker = member(3, List.of("design"), List.of("java"));
        Community community = new Community(List.of(ALICE, weakGiver, strongTaker),
                Map.of(id(3), new GivingLedger(0, 0, 0, 0, 2)), PairHistory.empty());
        assertEquals(List.of(id(2), id(3)), suggestedIds(community, id(1)));
    }

    @Test
    void takerGetsFewerSuggestionsAndNeverAnotherTaker() {
        List<MemberProfile> members = new ArrayList<>();
        members.add(member(1, List.of("java"), List.of("design")));
        for (int i = 2; i <= 8; i++) {
            members.add(member(i, List.of("design"), List.of("java")));
        }
        Community community = new Community(members,
                Map.of(id(1), TestMembers.takerLedger(), id(8), TestMembers.takerLedger()), PairHistory.empty());
        List<UUID> forTaker = suggestedIds(community, id(1));
        assertEquals(Suggestions.DEFAULT_TAKER_CAP, forTaker.size());
        assertFalse(forTaker.contains(id(8)));
        assertFalse(suggestedIds(community, id(8)).contains(id(1)));
        assertEquals(Optional.of(Exclusion.BOTH_TAKERS),
                HardConstraints.pairExclusion(community, members.get(0), members.get(7)));
    }

    @Test
    void limitIsRespectedAndOrderIsByScore() {
        List<MemberProfile> members = new ArrayList<>();
        members.add(MemberProfile.builder(id(1)).chapters("paris").offers("java")
                .objectives(Objective.of(3, 80, "design"), Objective.of(3, 80, "sales")).build());
        members.add(member(2, List.of("design"), List.of("java")));
        members.add(member(3, List.of("design", "sales"), List.of("java")));
        members.add(member(4, List.of("sales"), List.of("java")));
        Community community = Community.of(members);
        List<Suggestion> top2 = new Suggestions(community).forMember(id(1), 2);
        assertEquals(2, top2.size());
        assertEquals(id(3), top2.get(0).otherMemberId());
        assertTrue(top2.get(0).score().value() >= top2.get(1).score().value());
    }
}

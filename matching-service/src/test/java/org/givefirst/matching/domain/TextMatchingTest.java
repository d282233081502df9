package org.givefirst.matching.domain;

import static org.givefirst.matching.domain.TestMembers.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Text-aware matching: synonyms, stems, free text, and never a one-way pair. */
class TextMatchingTest {

    private static final TextAnalyzer DEFAULT = TextAnalyzer.withDefaultSynonyms();
    private static final TextAnalyzer NO_SYNONYMS = TextAnalyzer.english("");

    private static MemberProfile tagged(int n, List<String> offers, List<String> seeks) {
        return TestMembers.member(n, offers, seeks);
    }

    private static Community community(TextAnalyzer analyzer, MemberProfile... members) {
        return Community.builder().members(List.of(members)).textAnalyzer(analyzer).build();
    }

    private static List<UUID> suggested(Community community, UUID member) {
        return new Suggestions(community).forMember(member, 10).stream().map(Suggestion::otherMemberId).toList();
    }

    @Test
    void analyzerStemsLowerCasesAndAppliesSynonyms() {
        assertEquals(List.of("grant", "write"), NO_SYNONYMS.tagTerms("Grant-Writing"));
        assertEquals(Set.of("grant", "write"), Set.copyOf(NO_SYNONYMS.terms("writing grants")));
        assertEquals(List.of("crm"), DEFAULT.terms("Customer Relationship Management"));
        assertEquals(DEFAULT.tagTerms("fundraising"), DEFAULT.tagTerms("fund raising"));
        assertEquals(List.of("fundrais"), DEFAULT.terms("Fund-raising"));
        assertEquals(List.of(), DEFAULT.terms("Looking to meet someone who can help"), "networking filler is not a term");
    }

    @Test
    void synonymTagsMeetLikeTheSameTag() {
        MemberProfile crmExpert = tagged(1, List.of("customer relationship management"), List.of("fundraising"));
        MemberProfile fundraiser = tagged(2, List.of("fund raising"), List.of("crm"));
        assertEquals(0.0, Community.of(List.of(crmExpert, fundraiser)).score(crmExpert, fundraiser).value(),
                "tags alone never meet");
        Community text = community(DEFAULT, crmExpert, fundraiser);
        TwoWayScore score = text.score(crmExpert, fundraiser);
        assertEquals(1.0, score.usefulnessAToB() / Usefulness.specificityWeight(80), 1e-12, "covered like the same tag");
        assertEquals(List.of(id(2)), suggested(text, id(1)));
        Suggestion suggestion = new Suggestions(text).forMember(id(1), 1).get(0);
        assertEquals(Set.of("crm"), suggestion.memberCanGive(), "in the words of the one who seeks it");
        assertEquals(Set.of("fundraising"), suggestion.otherCanGive());
        assertEquals(1, PairGraph.eligible(text).edgeCount());
    }

    @Test
    void stemsLetGrantWritingMeetWritingGrantsWithoutASynonymLine() {
        MemberProfile writer = tagged(1, List.of("writing grants"), List.of("bookkeeping"));
        MemberProfile charity = tagged(2, List.of("bookkeeping"), List.of("grant-writing"));
        Community text = community(NO_SYNONYMS, writer, charity);
        assertEquals(List.of(id(2)), suggested(text, id(1)));
        assertEquals(List.of(id(1)), suggested(text, id(2)));
    }

    @Test
    void theSynonymListIsAnInputOfTheDeployment() {
        MemberProfile coach = tagged(1, List.of("coaching"), List.of("sales"));
        MemberProfile seller = tagged(2, List.of("sales"), List.of("mentor"));
        assertTrue(suggested(community(NO_SYNONYMS, coach, seller), id(1)).isEmpty());
        assertEquals(List.of(id(2)), suggested(community(TextAnalyzer.english("mentor, coaching"), coach, seller), id(1)));
        assertThrows(IllegalArgumentException.class, () -> TextAnalyzer.english("a => "));
    }

    @Test
    void freeTextAddsCandidatesAndWeightButAtMostHalfOfATag() {
        MemberProfile writer = MemberProfile.builder(id(1)).chapters("paris").offers("copywriting")
                .offerDescriptions("I write grant proposals for small charities")
                .objectives(Objective.of(3, 80, "bookkeeping")).build();
        MemberProfile charity = MemberProfile.builder(id(2)).chapters("paris").offers("bookkeeping")
                .objectives(new Objective(Set.of("funding"), 3, 80, "a grant proposal for our food bank",
                        "someone who writes for charities")).build();
        Community tagsOnly = Community.of(List.of(writer, charity));
        assertEquals(0.0, tagsOnly.usefulness(writer, charity));
        Community text = community(DEFAULT, writer, charity);
        double u = text.usefulness(writer, charity);
        assertTrue(u > 0.0, "the description meets the objective's what and who");
        assertTrue(u <= TextMatching.TEXT_WEIGHT * Usefulness.specificityWeight(80) + 1e-12, "text counts at most half");
        assertTrue(text.candidateIndex().candidatesOf(id(1)).contains(id(2)));
        assertEquals(List.of(id(2)), suggested(text, id(1)));
    }

    @Test
    void textNeverMakesAOneWayPair() {
        MemberProfile crmExpert = tagged(1, List.of("crm"), List.of("legal advice"));
        MemberProfile seeker = tagged(2, List.of("catering"), List.of("customer relationship management"));
        Community text = community(DEFAULT, crmExpert, seeker);
        assertTrue(text.usefulness(crmExpert, seeker) > 0.0);
        assertEquals(0.0, text.usefulness(seeker, crmExpert));
        assertEquals(0.0, text.score(crmExpert, seeker).value());
        assertEquals(List.of(), suggested(text, id(1)));
        assertEquals(List.of(), suggested(text, id(2)));
        assertEquals(0, PairGraph.eligible(text).edgeCount());
    }

    @Test
    void everyPairWithTwoWayValueIsACandidate() {
        Random random = new Random(13);
        String[] words = {"grant writing", "writing grants", "crm", "customer relationship management", "fundraising",
                "fund raising", "seo", "search engine optimization", "bookkeeping", "sales", "mentoring", "hiring"};
        List<MemberProfile> members = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            members.add(MemberProfile.builder(id(i)).chapters("paris")
                    .offers(words[random.nextInt(words.length)])
                    .offerDescriptions(random.nextBoolean() ? "I help with " + words[random.nextInt(words.length)] : "")
                    .objectives(new Objective(Set.of(words[random.nextInt(words.length)]), 3, 70,
                            random.nextBoolean() ? "advice on " + words[random.nextInt(words.length)] : "", ""))
                    .build());
        }
        Community text = community(DEFAULT, members.toArray(MemberProfile[]::new));
        Set<MemberPair> candidates = new HashSet<>();
        text.candidateIndex().forEachCandidatePair((a, b) -> assertTrue(candidates.add(MemberPair.of(a.memberId(), b.memberId()))));
        int twoWay = 0;
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                if (text.score(members.get(i), members.get(j)).value() > 0) {
                    twoWay++;
                    assertTrue(candidates.contains(MemberPair.of(id(i), id(j))), "missed " + i + "-" + j);
                }
            }
        }
        assertTrue(twoWay > members.size(), "the text makes many two-way pairs: " + twoWay);
        for (MemberProfile member : members) {
            assertEquals(new HashSet<>(text.candidateIndex().candidatesOf(member.memberId())).size(),
                    text.candidateIndex().candidatesOf(member.memberId()).size());
        }
        assertFalse(candidates.isEmpty());
    }
}

package org.givefirst.members.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.givefirst.members.domain.Specificity.Assessment;
import org.givefirst.members.domain.Specificity.Level;
import org.junit.jupiter.api.Test;

class SpecificityTest {

    private static final List<String> NO_TAGS = List.of();

    @Test
    void theEssaysThreeObjectivesScoreInTheOrderItRanksThem() {
        int goal = score("Getting new business");
        int improvement = score("Meeting people who can point you in the direction of potential new business opportunities");
        int objective = score("Meeting sales professionals currently using a software-based contact management system");

        assertTrue(goal < improvement, goal + " < " + improvement);
        assertTrue(improvement < objective, improvement + " < " + objective);
    }

    @Test
    void gettingNewBusinessScoresZeroAndIsCalledAGoalNotAnObjective() {
        Assessment a = Specificity.assess("Getting new business", "", null, NO_TAGS);

        assertEquals(0, a.score());
        assertEquals(Level.VAGUE, a.level());
        assertTrue(a.hints().get(0).contains("is a goal, not an objective"), a.hints().get(0));
        assertTrue(a.hints().stream().anyMatch(h -> h.startsWith("Say who could help")));
        assertTrue(a.hints().stream().anyMatch(h -> h.startsWith("Add tags")));
    }

    @Test
    void concreteWhatWhoWhereAndTwoTagsScoreFullMarksWithoutHints() {
        Assessment a = Specificity.assess(
                "How independent cafés choose the bakeries they buy from, and what they pay",
                "Owners and buyers of independent cafés",
                "The Lisbon coffee festival",
                List.of("cafes", "wholesale bakery"));

        assertEquals(100, a.score());
        assertEquals(Level.SPECIFIC, a.level());
        assertEquals(List.of(), a.hints());
    }

    @Test
    void whatCountsTenPerConcreteWordUpToFortyPlusALengthBonus() {
        // "pricing" is the one concrete word of three: 10, no length bonus
        assertEquals(10, Specificity.assess("pricing for anyone", null, null, NO_TAGS).score());
        // five words, two concrete ("wholesale", "pricing"): 20 + 5
        assertEquals(25, Specificity.assess("get wholesale pricing for business", null, null, NO_TAGS).score());
        // many concrete words are capped at 40, eight words or more add 10
        assertEquals(50, Specificity.assess("postgres replication failover tuning benchmarks monitoring alerting runbooks",
                null, null, NO_TAGS).score());
    }

    @Test
    void aWhoOfAnyoneEarnsNothingAndSaysSo() {
        Assessment anyone = Specificity.assess("wholesale pricing", "anyone", null, NO_TAGS);
        Assessment trainers = Specificity.assess("wholesale pricing", "sales trainers", null, NO_TAGS);

        assertEquals(20, anyone.score());
        assertTrue(anyone.hints().stream().anyMatch(h -> h.contains("\"anyone\" could be anyone")));
        assertEquals(50, trainers.score(), "two concrete words of who: 30");
    }

    @Test
    void whereIsOptionalButAConcretePlaceAddsTen() {
        int without = Specificity.assess("wholesale pricing", "café owners", null, List.of("cafes")).score();
        int vaguePlace = Specificity.assess("wholesale pricing", "café owners", "local events", List.of("cafes")).score();
        int concretePlace = Specificity.assess("wholesale pricing", "café owners", "Lisbon coffee festival", List.of("cafes")).score();

        assertEquals(without + 5, vaguePlace);
        assertEquals(without + 10, concretePlace);
    }

    @Test
    void tagsCountOnceNormalized() {
        assertEquals(5, Specificity.assess(null, null, null, List.of("Java", " java ", "JAVA")).score());
        assertEquals(10, Specificity.assess(null, null, null, List.of("java", "kotlin")).score());
    }

    @Test
    void levelsAreVagueBelowFortyAndSpecificFromSeventy() {
        assertEquals(Level.VAGUE, Specificity.level(39));
        assertEquals(Level.WORKABLE, Specificity.level(40));
        assertEquals(Level.WORKABLE, Specificity.level(69));
        assertEquals(Level.SPECIFIC, Specificity.level(70));
    }

    @Test
    void wordsKeepJoinersOfTechnicalTerms() {
        assertEquals(List.of("c++", "software-based", "node.js", "q3"),
                Specificity.words("C++, software-based... Node.js (Q3)"));
    }

    private static int score(String what) {
        return Specificity.assess(what, null, null, NO_TAGS).score();
    }
}

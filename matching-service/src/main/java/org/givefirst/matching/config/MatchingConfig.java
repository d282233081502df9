package org.givefirst.matching.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** What an operator can tune in matching-service ({@code givefirst.matching.*}). */
@ConfigMapping(prefix = "givefirst.matching")
public interface MatchingConfig {

    Suggestions suggestions();

    Rounds rounds();

    Introductions introductions();

    Where where();

    Giving giving();

    Text text();

    /**
     * The matching policy of every chapter ({@code givefirst.matching.policy.*}); an unset value is
     * the domain's default ({@code ChapterPolicy.defaults()}: 6 months, 2 rounds, 3 events).
     */
    PolicySettings policy();

    /**
     * Per-chapter overrides of {@link #policy()}, by chapter slug:
     * {@code givefirst.matching.chapters."lisbon".taker-rest-rounds=3}.
     */
    Map<String, PolicySettings> chapters();

    /** What a chapter's policy sets; each value is optional and falls back to the level above. */
    interface PolicySettings {
        /** A pair that met and both found it useful may be suggested again this long after they met (ISO-8601, e.g. P6M). */
        Optional<Period> reconnectCooldown();

        /** N: a taker gets at most one introduction every N rounds of the chapter (at least 1). */
        OptionalInt takerRestRounds();

        /** Tables remember who sat together at this many previous events of the chapter. */
        OptionalInt tableMemoryEvents();
    }

    interface Giving {
        /** Half-life of giving and taking in the ledger's recent points (the give-first factor and the taker rule use them). */
        @WithDefault("P180D")
        Duration halfLife();
    }

    interface Text {
        /** Text-aware matching (Lucene English analysis of tags, objective what/who text and offer descriptions). */
        @WithDefault("true")
        boolean enabled();

        /** A synonym list (Solr format) replacing the one shipped with matching; unset: the shipped list. */
        Optional<String> synonymsFile();
    }

    interface Suggestions {
        /** Suggestions returned when the caller asks for no limit. */
        @WithDefault("10")
        int defaultLimit();
    }

    interface Rounds {
        /**
         * A component is matched exactly (Blossom V) when its predicted time is within this budget, and
         * partitioned into parts Blossom V solves fast above it (see docs/matching.md, "Choosing the method").
         */
        @WithDefault("PT1S")
        Duration exactBudget();

        @WithDefault("25")
        int maxImprovementPasses();

        /**
         * A round that used the approximate method is measured against the exact round on the same
         * graph when the graph has at most this many members; above, its share of the optimum is unknown.
         */
        @WithDefault("20000")
        int measureOptimumUpTo();
    }

    interface Introductions {
        /** An introduction not answered by both sides within this time expires. */
        @WithDefault("P14D")
        Duration expireAfter();

        /** How often unanswered introductions are looked for (a scheduler interval such as {@code 10m}). */
        @WithDefault("10m")
        String expiryCheck();
    }

    interface Where {
        /** How far ahead "where should I go?" looks for events. */
        @WithDefault("P90D")
        Duration horizon();
    }
}

package org.givefirst.matching.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** What an operator can tune in matching-service ({@code givefirst.matching.*}). */
@ConfigMapping(prefix = "givefirst.matching")
public interface MatchingConfig {

    Suggestions suggestions();

    Rounds rounds();

    Introductions introductions();

    Where where();

    interface Suggestions {
        /** Suggestions returned when the caller asks for no limit. */
        @WithDefault("10")
        int defaultLimit();
    }

    interface Rounds {
        /** Components up to this many members are matched exactly (Blossom V), larger ones approximately. */
        @WithDefault("5000")
        int exactComponentLimit();

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

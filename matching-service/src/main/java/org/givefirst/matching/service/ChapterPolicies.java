package org.givefirst.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.givefirst.matching.config.MatchingConfig;
import org.givefirst.matching.config.MatchingConfig.PolicySettings;
import org.givefirst.matching.domain.ChapterPolicy;

/**
 * Each chapter's matching policy: the domain's defaults, overridden by
 * {@code givefirst.matching.policy.*} for every chapter, overridden by
 * {@code givefirst.matching.chapters."<slug>".*} for one chapter. Invalid values fail at start-up.
 */
@ApplicationScoped
public class ChapterPolicies {

    private final MatchingConfig config;
    private final ChapterPolicy base;

    public ChapterPolicies(MatchingConfig config) {
        this.config = config;
        this.base = apply(ChapterPolicy.defaults(), config.policy());
        config.chapters().values().forEach(settings -> apply(base, settings));
    }

    /** The policy of a chapter (the deployment's policy when the chapter has no overrides, or is null). */
    public ChapterPolicy of(String chapter) {
        PolicySettings settings = chapter == null ? null : config.chapters().get(chapter);
        return settings == null ? base : apply(base, settings);
    }

    private static ChapterPolicy apply(ChapterPolicy policy, PolicySettings settings) {
        ChapterPolicy result = policy;
        if (settings.reconnectCooldown().isPresent()) {
            result = result.withReconnectCooldown(settings.reconnectCooldown().get());
        }
        if (settings.takerRestRounds().isPresent()) {
            result = result.withTakerRestRounds(settings.takerRestRounds().getAsInt());
        }
        if (settings.tableMemoryEvents().isPresent()) {
            result = result.withTableMemoryEvents(settings.tableMemoryEvents().getAsInt());
        }
        return result;
    }
}

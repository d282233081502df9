package org.givefirst.members.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What an operator can tune in members-service ({@code givefirst.members.*}). */
@ConfigMapping(prefix = "givefirst.members")
public interface MembersConfig {

    Directory directory();

    interface Directory {
        /** Most tags one directory search filters on (offers and seeks together): each is one more condition of its query. */
        @WithDefault("10")
        int maxFilterTags();
    }
}

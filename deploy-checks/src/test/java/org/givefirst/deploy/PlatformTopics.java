package org.givefirst.deploy;

import java.util.Set;
import java.util.TreeSet;

/** The topic names declared in the platform's Topics class, the one place the services take them from. */
final class PlatformTopics {

    static final String SOURCE = "platform/src/main/java/org/givefirst/platform/outbox/Topics.java";

    private PlatformTopics() {
    }

    static Set<String> names() {
        return new TreeSet<>(JavaConstants.of(SOURCE).values());
    }
}

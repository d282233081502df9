package org.givefirst.deploy;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The topic names declared in the platform's Topics class, the one place the services take them from. */
final class PlatformTopics {

    static final String SOURCE = "platform/src/main/java/org/givefirst/platform/outbox/Topics.java";

    private static final Pattern CONSTANT = Pattern.compile(
            "public\\s+static\\s+final\\s+String\\s+\\w+\\s*=\\s*\"([^\"]+)\"\\s*;");

    private PlatformTopics() {
    }

    static Set<String> names() {
        Set<String> names = new TreeSet<>();
        Matcher matcher = CONSTANT.matcher(Repo.read(SOURCE));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        if (names.isEmpty()) {
            throw new AssertionError("no topic constant found in " + SOURCE);
        }
        return names;
    }
}

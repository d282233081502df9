package org.givefirst.platform.outbox;

/** The Kafka topics of Givefirst; each service publishes only on its own. */
public final class Topics {

    public static final String MEMBERS = "givefirst.members.v1";
    public static final String EVENTS = "givefirst.events.v1";
    public static final String INTRODUCTIONS = "givefirst.introductions.v1";

    private Topics() {
    }
}

package org.givefirst.events.domain;

import java.util.Locale;

/** A series keeps creating occurrences while active; paused stops that until resumed; ended is final. */
public enum SeriesStatus {
    ACTIVE, PAUSED, ENDED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SeriesStatus fromWireName(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}

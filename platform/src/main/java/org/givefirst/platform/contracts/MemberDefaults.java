package org.givefirst.platform.contracts;

/**
 * What a member who did not say otherwise gets. members-service applies these at registration;
 * a consumer reading a profile fact that lacks a field assumes the same, so the two cannot drift
 * (matching once assumed 4 introductions a month where members-service gave 2).
 */
public final class MemberDefaults {

    public static final boolean OPEN_TO_INTRODUCTIONS = true;
    public static final boolean OTHER_CHAPTER_INTRODUCTIONS = false;
    public static final int MAX_INTRODUCTIONS_PER_MONTH = 2;
    public static final boolean PUBLIC_PROFILE = false;
    /** An objective's priority, 1 (nice to have) .. 5 (most important), when the member gives none. */
    public static final int OBJECTIVE_PRIORITY = 3;

    private MemberDefaults() {
    }
}

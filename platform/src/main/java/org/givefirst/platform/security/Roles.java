package org.givefirst.platform.security;

/** The roles a Givefirst token carries in its {@code groups} claim. */
public final class Roles {

    /** A member; the token subject is their member id. */
    public static final String MEMBER = "member";
    /** An organizer of the chapters listed in the {@value Caller#ORGANIZER_OF_CLAIM} claim. */
    public static final String ORGANIZER = "organizer";
    public static final String ADMIN = "admin";
    /** Another Givefirst service calling on its own behalf (e.g. to read contact details for an introduction). */
    public static final String SERVICE = "service";

    private Roles() {
    }
}

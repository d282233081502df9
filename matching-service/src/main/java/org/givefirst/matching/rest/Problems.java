package org.givefirst.matching.rest;

/** Descriptions of the problem answers the resources document. */
final class Problems {

    static final String UNAUTHORIZED = "No valid bearer token";
    static final String FORBIDDEN = "The token does not allow this";
    static final String INVALID = "Invalid request (the problem names the fields)";

    private Problems() {
    }
}

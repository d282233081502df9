package org.givefirst.events.rest;

import jakarta.ws.rs.core.Response;
import org.givefirst.events.client.MemberDirectory;

/** How an answer says that members-service could not be asked and display names are missing. */
final class DisplayNames {

    /** RFC 7234 warn-code 199 ("miscellaneous warning"), for clients that surface Warning headers. */
    static final String WARNING = "199 events-service \"members-service unavailable: display names are missing\"";

    private DisplayNames() {
    }

    static Response.ResponseBuilder warnIfIncomplete(Response.ResponseBuilder response, MemberDirectory.Names names) {
        return names.complete() ? response : response.header("Warning", WARNING);
    }
}

package org.givefirst.platform.paging;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: its items, and the link to the next page, absent on the last page. Every
 * paged list of every service answers this shape.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(List<T> items,
                      @Schema(description = "The next page; absent on the last page") URI next) {

    /** A page whose next link is this request with {@code cursor} replaced, when there is a next cursor. */
    public static <T> Page<T> of(List<T> items, Optional<String> nextCursor, UriInfo uri) {
        return new Page<>(items, nextCursor.map(cursor -> nextLink(uri, cursor)).orElse(null));
    }

    /** This request's URI with {@code cursor} set to the given one (other query parameters kept). */
    public static URI nextLink(UriInfo uri, String cursor) {
        return uri.getRequestUriBuilder().replaceQueryParam("cursor", cursor).build();
    }
}

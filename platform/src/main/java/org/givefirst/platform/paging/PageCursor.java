package org.givefirst.platform.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.givefirst.platform.problem.ProblemException;

/**
 * The opaque {@code cursor} of every paged list: the sort key of the last item of the previous page
 * (keyset paging), URL-safe. Callers only ever copy it from a {@code next} link.
 */
public final class PageCursor {

    /** ASCII unit separator: cannot occur in a name typed by a member, unlike {@code |}. */
    private static final char SEPARATOR = '\u001f';

    private PageCursor() {
    }

    public static String encode(String... parts) {
        String joined = String.join(String.valueOf(SEPARATOR), parts);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The parts of a cursor made by {@link #encode} with as many parts.
     *
     * @throws ProblemException 400 when the cursor was not made here
     */
    public static List<String> decode(String cursor, int parts) {
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> decoded = List.of(joined.split(String.valueOf(SEPARATOR), -1));
            if (decoded.size() == parts) {
                return decoded;
            }
        } catch (IllegalArgumentException notBase64) {
            // reported below
        }
        throw invalid();
    }

    /** The answer to a cursor whose parts do not read as the sort key they should be. */
    public static ProblemException invalid() {
        return ProblemException.badRequest("The cursor is not valid: copy it from a 'next' link");
    }
}

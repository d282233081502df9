package org.givefirst.platform.problem;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.givefirst.platform.paging.Page;
import org.givefirst.platform.paging.PageCursor;
import org.givefirst.platform.paging.PageLimit;
import org.givefirst.platform.validation.IanaTimeZone;

/** Failures of every kind, and a paged list, for platform's own tests (left out of the test-jar). */
@Path("/test")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProblemsTestResource {

    static final List<String> LETTERS = List.of("a", "b", "c", "d", "e");

    public record Thing(@NotBlank String name, @IanaTimeZone String timeZone) {
    }

    @POST
    @Path("/things")
    @PermitAll
    public Thing create(@Valid @NotNull Thing thing) {
        return thing;
    }

    @GET
    @Path("/invalid")
    @PermitAll
    public String invalid() {
        throw ProblemException.invalid("end", "must be after start");
    }

    @GET
    @Path("/conflict")
    @PermitAll
    public String conflict() {
        throw ProblemException.conflict("That name is taken");
    }

    @GET
    @Path("/boom")
    @PermitAll
    public String boom() {
        throw new IllegalStateException("a secret stack of details");
    }

    @GET
    @Path("/admins")
    @RolesAllowed("admin")
    public String admins() {
        return "ok";
    }

    @GET
    @Path("/letters")
    @PermitAll
    public Page<String> letters(@QueryParam("cursor") String cursor, @QueryParam("limit") @PageLimit String limit,
                                @Context UriInfo uri) {
        int from = cursor == null ? 0 : LETTERS.indexOf(PageCursor.decode(cursor, 1).get(0)) + 1;
        int size = PageLimit.Value.of(limit);
        List<String> page = LETTERS.subList(from, Math.min(LETTERS.size(), from + size));
        Optional<String> next = from + size < LETTERS.size() ? Optional.of(PageCursor.encode(page.get(page.size() - 1)))
                : Optional.empty();
        return Page.of(page, next, uri);
    }
}

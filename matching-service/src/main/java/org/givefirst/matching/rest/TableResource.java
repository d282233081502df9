package org.givefirst.matching.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.givefirst.matching.domain.Tables;
import org.givefirst.matching.persistence.EventView;
import org.givefirst.matching.persistence.MemberView;
import org.givefirst.matching.persistence.SeatingSeat;
import org.givefirst.matching.service.Access;
import org.givefirst.matching.service.Gatherings;
import org.givefirst.matching.service.MemberQueries;
import org.givefirst.matching.service.TableService;
import org.givefirst.platform.problem.ProblemException;
import org.givefirst.platform.security.Roles;

/** Small tables for an event that maximize the two-way benefit of the people sitting together. */
@Path("/api/v1/events/{id}/tables")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tables", description = "Seating the people going to an event")
@RolesAllowed({Roles.MEMBER, Roles.ORGANIZER, Roles.ADMIN})
@SecurityRequirement(name = "bearer")
public class TableResource {

    private final TableService tables;
    private final Gatherings events;
    private final MemberQueries members;
    private final Access access;

    public TableResource(TableService tables, Gatherings events, MemberQueries members, Access access) {
        this.tables = tables;
        this.events = events;
        this.members = members;
        this.access = access;
    }

    @Schema(name = "TablesRequest")
    public record TablesRequest(
            @NotNull @Min(Tables.MIN_TABLE_SIZE) @Max(Tables.MAX_TABLE_SIZE)
            @Schema(example = "5", description = "people per table, 4–6 (tables differ by at most one)") Integer tableSize) {
    }

    @Schema(name = "Seating")
    public record SeatingView(UUID seatingId, UUID eventId, int tableSize, OffsetDateTime createdAt, List<TableView> tables,
            @Schema(description = "sum over tables of the two-way scores of every pair seated together") double totalScore,
            @Schema(description = "the same sum for a random seating with the same table sizes") double randomSeatingScore,
            @Schema(description = "totalScore − randomSeatingScore") double gainOverRandom,
            @Schema(description = "gain as a percentage of the random seating's score; null when that score is 0") Double gainPercent) {
    }

    @Schema(name = "Table")
    public record TableView(int number, double score, List<MemberRef> members,
            @Schema(description = "members at this table who brought a guest: each guest sits here, next to them") List<MemberRef> guestsOf) {
    }

    @POST
    @Operation(summary = "Seat the people going to an event at tables (the host, an organizer of the chapter, or an admin)",
            description = "Greedy start plus local search by swaps. A guest sits at the table of the member who brings them; "
                    + "pairs who sat together at the chapter's last events are penalized; takers are spread over the tables. "
                    + "The answer includes the measured gain over the mean of 100 random seatings.")
    @APIResponse(responseCode = "201", description = "The seating", content = @Content(schema = @Schema(implementation = SeatingView.class)))
    @APIResponse(responseCode = "409", description = "The event is cancelled or nobody is going")
    public Response seatAttendees(@PathParam("id") UUID eventId, @Valid @NotNull TablesRequest request, UriInfo uri) {
        EventView event = requireManagedEvent(eventId, "seat its attendees");
        TableService.Seated seated = tables.seat(event, request.tableSize(), access.name());
        return Response.created(uri.getAbsolutePath()).entity(view(seated)).build();
    }

    @GET
    @Operation(summary = "The latest seating of an event (the host, an organizer of the chapter, or an admin)")
    @APIResponse(responseCode = "200", description = "The seating", content = @Content(schema = @Schema(implementation = SeatingView.class)))
    public SeatingView getLatestSeating(@PathParam("id") UUID eventId) {
        requireManagedEvent(eventId, "read its seating");
        return tables.latest(eventId).map(this::view)
                .orElseThrow(() -> ProblemException.notFound("Seating of event", eventId));
    }

    private EventView requireManagedEvent(UUID eventId, String action) {
        EventView event = events.event(eventId).orElseThrow(() -> ProblemException.notFound("Event", eventId));
        boolean host = event.hostId != null && access.caller().is(event.hostId);
        if (!host && !(event.chapter != null && access.caller().organizes(event.chapter)) && !access.caller().isAdmin()) {
            throw ProblemException.forbidden("Only the host, an organizer of the chapter or an admin may " + action);
        }
        return event;
    }

    private SeatingView view(TableService.Seated seated) {
        Map<UUID, MemberView> known = members.findAll(seated.seats().stream().map(seat -> seat.memberId).toList()).stream()
                .collect(Collectors.toMap(member -> member.memberId, Function.identity()));
        Map<Integer, List<SeatingSeat>> byTable = new LinkedHashMap<>();
        for (SeatingSeat seat : seated.seats()) {
            byTable.computeIfAbsent(seat.tableNumber, n -> new ArrayList<>()).add(seat);
        }
        List<TableView> tableViews = new ArrayList<>();
        byTable.forEach((number, seats) -> tableViews.add(new TableView(number, MemberMatchingResource.round(seats.get(0).tableScore),
                seats.stream().filter(seat -> seat.guestOf == null).map(seat -> MemberRef.of(seat.memberId, known)).toList(),
                seats.stream().filter(seat -> seat.guestOf != null).map(seat -> MemberRef.of(seat.guestOf, known)).toList())));
        double total = seated.seating().totalScore;
        double random = seated.seating().randomScore;
        Double percent = random > 0 ? MemberMatchingResource.round((total - random) / random * 100.0) : null;
        return new SeatingView(seated.seating().id, seated.seating().eventId, seated.seating().tableSize,
                seated.seating().createdAt, tableViews, MemberMatchingResource.round(total), MemberMatchingResource.round(random),
                MemberMatchingResource.round(total - random), percent);
    }
}

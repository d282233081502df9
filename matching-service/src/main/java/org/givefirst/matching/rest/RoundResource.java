package org.givefirst.matching.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.givefirst.matching.persistence.Introduction;
import org.givefirst.matching.persistence.MemberView;
import org.givefirst.matching.persistence.RoundComponentRecord;
import org.givefirst.matching.persistence.RoundRecord;
import org.givefirst.matching.service.Access;
import org.givefirst.matching.service.MemberQueries;
import org.givefirst.matching.service.RoundService;
import org.givefirst.platform.problem.ProblemException;
import org.givefirst.platform.security.Roles;

/** A chapter's matching rounds: a maximum-weight matching on the two-way graph, as suggested introductions. */
@Path("/api/v1/rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rounds", description = "Matching rounds of a chapter")
@RolesAllowed({Roles.ORGANIZER, Roles.ADMIN})
@SecurityRequirement(name = "bearer")
public class RoundResource {

    static final int MAX_PER_MEMBER = 5;

    private final RoundService rounds;
    private final MemberQueries members;
    private final Access access;

    public RoundResource(RoundService rounds, MemberQueries members, Access access) {
        this.rounds = rounds;
        this.members = members;
        this.access = access;
    }

    @Schema(name = "NewRound")
    public record NewRound(
            @NotBlank @Size(max = 60) @Schema(example = "lisbon", description = "slug of the chapter") String chapter,
            @NotNull @Min(1) @Max(MAX_PER_MEMBER) @Schema(example = "1", description = "k: at most this many introductions per member in this round (1–5)") Integer perMemberLimit) {
    }

    @Schema(name = "Round")
    public record RoundView(UUID id, String chapter, int perMemberLimit, OffsetDateTime createdAt,
            @Schema(description = "members of the chapter known to matching") int members,
            @Schema(description = "members who could get an introduction (open, under their monthly limit)") int eligibleMembers,
            @Schema(description = "pairs of the eligible two-way graph") int eligiblePairs,
            @Schema(description = "sum of the pair weights (two-way score × 1000)") long totalWeight,
            List<PairView> pairs,
            @Schema(description = "methods used, over all components", example = "[\"EXACT_BLOSSOM_V\"]") Set<String> methods,
            List<ComponentView> components,
            QualityView quality) {
    }

    @Schema(name = "RoundPair")
    public record PairView(UUID introductionId, MemberRef memberA, MemberRef memberB, int weight,
            @Schema(description = "1..k: the successive matching that chose it") int pass,
            @Schema(example = "suggested") String status) {
    }

    @Schema(name = "RoundComponent", description = "How one connected component was matched in one pass")
    public record ComponentView(int pass, int vertices, int edges,
            @Schema(example = "EXACT_BLOSSOM_V") String method, int pairs, long weight) {
    }

    @Schema(name = "RoundQuality")
    public record QualityView(
            @Schema(description = "weight of the exact round on the same graph; null when too large to compute") Long optimumWeight,
            @Schema(description = "totalWeight / optimumWeight") Double shareOfOptimum,
            @Schema(description = "matched members / eligible members") double coverage,
            @Schema(description = "matched members / members with at least one eligible pair") double connectedCoverage,
            @Schema(description = "pairs not in the round that both members would rather have") int blockingPairs) {
    }

    @POST
    @Operation(summary = "Run a matching round for a chapter (organizer of the chapter or admin)",
            description = "Computes a maximum-weight matching per connected component (Blossom V, or the approximate method above the size limit), "
                    + "at most perMemberLimit introductions per member, and creates them as suggested introductions.")
    @APIResponse(responseCode = "201", description = "The round ran", content = @Content(schema = @Schema(implementation = RoundView.class)))
    public Response runRound(@Valid @NotNull NewRound request, UriInfo uri) {
        access.requireOrganizerOf(request.chapter(), "run a round for it");
        RoundRecord round = rounds.run(request.chapter(), request.perMemberLimit(), access.name());
        return Response.created(uri.getAbsolutePathBuilder().path(round.id.toString()).build()).entity(view(round)).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A round: its pairs, total weight, method per component and measured quality (organizer of the chapter or admin)")
    @APIResponse(responseCode = "200", description = "The round", content = @Content(schema = @Schema(implementation = RoundView.class)))
    public RoundView getRound(@PathParam("id") UUID id) {
        RoundRecord round = rounds.find(id).orElseThrow(() -> ProblemException.notFound("Round", id));
        access.requireOrganizerOf(round.chapter, "read its rounds");
        return view(round);
    }

    private RoundView view(RoundRecord round) {
        List<Introduction> pairs = rounds.pairs(round.id);
        Set<UUID> ids = new HashSet<>();
        pairs.forEach(intro -> {
            ids.add(intro.memberA);
            ids.add(intro.memberB);
        });
        Map<UUID, MemberView> known = members.findAll(ids).stream()
                .collect(Collectors.toMap(member -> member.memberId, Function.identity()));
        List<RoundComponentRecord> components = rounds.components(round.id);
        return new RoundView(round.id, round.chapter, round.perMemberLimit, round.createdAt, round.members,
                round.eligibleMembers, round.eligiblePairs, round.totalWeight,
                pairs.stream().map(intro -> new PairView(intro.id, MemberRef.of(intro.memberA, known),
                        MemberRef.of(intro.memberB, known), intro.weight, intro.pass, intro.status)).toList(),
                components.stream().map(c -> c.method).collect(Collectors.toCollection(TreeSet::new)),
                components.stream().map(c -> new ComponentView(c.pass, c.vertices, c.edges, c.method, c.pairs, c.weight)).toList(),
                new QualityView(round.optimumWeight, round.shareOfOptimum, round.coverage, round.connectedCoverage,
                        round.blockingPairs));
    }
}

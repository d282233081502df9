package org.givefirst.matching.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.givefirst.matching.client.MemberContact;
import org.givefirst.matching.client.MembersClient;
import org.givefirst.matching.persistence.Introduction;
import org.givefirst.matching.persistence.MemberView;
import org.givefirst.matching.service.Access;
import org.givefirst.matching.service.Gatherings;
import org.givefirst.matching.service.IntroductionService;
import org.givefirst.matching.service.MemberQueries;
import org.givefirst.platform.paging.Page;
import org.givefirst.platform.problem.ProblemException;
import org.givefirst.platform.security.Roles;

/**
 * Double opt-in introductions: each side accepts or declines; contact details are shown to the two
 * members, and only to them, once both accepted.
 */
@Path("/api/v1/introductions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Introductions", description = "Double opt-in introductions and feedback after meeting")
@RolesAllowed({Roles.MEMBER, Roles.ORGANIZER, Roles.ADMIN})
@SecurityRequirement(name = "bearer")
public class IntroductionResource {

    static final int DEFAULT_PAGE = 20;
    static final int MAX_PAGE = 100;

    /** Contact details are not part of this view: not made yet, or the caller is not one of the two. */
    public static final String CONTACT_NOT_SHARED = "not-shared";

    private final IntroductionService introductions;
    private final MembersClient contacts;
    private final Access access;
    private final Gatherings gatherings;
    private final MemberQueries members;

    public IntroductionResource(IntroductionService introductions, MembersClient contacts, Access access,
            Gatherings gatherings, MemberQueries members) {
        this.introductions = introductions;
        this.contacts = contacts;
        this.access = access;
        this.gatherings = gatherings;
        this.members = members;
    }

    @Schema(name = "Introduction")
    public record IntroductionView(UUID id, UUID roundId, String chapter,
            @Schema(ref = "IntroductionStatus") String status,
            MemberRef memberA, MemberRef memberB, Responses responses,
            @Schema(description = "what each side can give the other (tags)") Explanation explanation,
            @Schema(description = "the gathering the introduction is proposed around, if any") GatheringView gathering,
            int weight, OffsetDateTime createdAt, OffsetDateTime expiresAt, OffsetDateTime madeAt, OffsetDateTime closedAt,
            Feedback feedback,
            @Schema(description = "the other member's contact: only for the two members of a made introduction") ContactView contact,
            @Schema(ref = "ContactStatus") String contactStatus) {
    }

    @Schema(name = "IntroductionResponses")
    public record Responses(@Schema(ref = "IntroductionResponse") String memberA,
            @Schema(ref = "IntroductionResponse") String memberB) {
    }

    @Schema(name = "IntroductionExplanation")
    public record Explanation(List<String> aCanGiveB, List<String> bCanGiveA) {
    }

    @Schema(name = "IntroductionFeedback")
    public record Feedback(SideFeedback memberA, SideFeedback memberB) {
    }

    @Schema(name = "SideFeedback")
    public record SideFeedback(Boolean met, @Schema(description = "the other member helped this one") Boolean otherHelped,
            OffsetDateTime at) {
    }

    @Schema(name = "Contact")
    public record ContactView(UUID memberId, String displayName, String email) {
    }

    @Schema(name = "IntroductionAnswer")
    public record Answer(
            @NotNull @Pattern(regexp = "accept|decline", message = "must be accept or decline")
            @Schema(ref = "IntroductionDecision") String answer) {
    }

    @Schema(name = "IntroductionFeedbackRequest")
    public record FeedbackRequest(
            @NotNull @Schema(description = "did the two meet?") Boolean met,
            @NotNull @Schema(description = "did the other member help me?") Boolean otherHelped) {
    }

    @GET
    @Operation(summary = "A member's introductions, newest first (the member themself or an admin)")
    @APIResponse(responseCode = "200", description = "A page of introductions (without contact details)")
    public Page<IntroductionView> listIntroductions(
            @Parameter(description = "member id; defaults to the caller") @QueryParam("member") UUID member,
            @Parameter(description = "only introductions with this status") @QueryParam("status")
            @Pattern(regexp = "suggested|accepted|made|declined|expired|withdrawn", message = "must be an introduction status") String status,
            @QueryParam("limit") @Min(1) @Max(MAX_PAGE) Integer limit,
            @QueryParam("cursor") String cursor,
            UriInfo uri) {
        UUID memberId = member != null ? member : access.caller().memberId()
                .orElseThrow(() -> ProblemException.badRequest("member is required"));
        access.caller().requireSelfOrAdmin(memberId, "list this member's introductions");
        int size = limit == null ? DEFAULT_PAGE : limit;
        IntroductionService.Page page = introductions.forMember(memberId, Optional.ofNullable(status),
                Optional.ofNullable(cursor), size);
        return Page.of(page.items().stream().map(intro -> view(intro, false)).toList(), page.nextCursor(), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An introduction (its two members, an organizer of its chapter, or an admin)",
            description = "Once both members accepted, each of the two sees the other's contact details, fetched from members-service.")
    @APIResponse(responseCode = "200", description = "The introduction", content = @Content(schema = @Schema(implementation = IntroductionView.class)))
    public IntroductionView getIntroduction(@PathParam("id") UUID id) {
        Introduction intro = introductions.find(id).orElseThrow(() -> ProblemException.notFound("Introduction", id));
        access.requireCanRead(intro);
        return view(intro, true);
    }

    @POST
    @Path("/{id}/responses")
    @Operation(summary = "Accept or decline an introduction (each of the two members, for themselves)",
            description = "When both accepted the introduction is made. A declined pair is never suggested again.")
    @APIResponse(responseCode = "200", description = "The introduction after the answer", content = @Content(schema = @Schema(implementation = IntroductionView.class)))
    @APIResponse(responseCode = "409", description = "Already made, declined, expired or withdrawn")
    public IntroductionView respondToIntroduction(@PathParam("id") UUID id, @Valid @NotNull Answer answer) {
        UUID memberId = access.memberId("answer an introduction");
        return view(introductions.respond(id, memberId, answer.answer()), true);
    }

    @POST
    @Path("/{id}/feedback")
    @Operation(summary = "Feedback after a made introduction: did you meet, did the other help you? (each of the two, for themselves)",
            description = "Help confirmed here counts as giving in the other member's ledger.")
    @APIResponse(responseCode = "200", description = "The introduction with the feedback", content = @Content(schema = @Schema(implementation = IntroductionView.class)))
    @APIResponse(responseCode = "409", description = "The introduction is not made")
    public IntroductionView giveIntroductionFeedback(@PathParam("id") UUID id, @Valid @NotNull FeedbackRequest feedback) {
        UUID memberId = access.memberId("give feedback on an introduction");
        return view(introductions.feedback(id, memberId, feedback.met(), feedback.otherHelped()), true);
    }

    private IntroductionView view(Introduction intro, boolean withContact) {
        GatheringView gathering = gatherings.event(intro.gatheringEventId).map(event -> GatheringView.of(event, false)).orElse(null);
        ContactView contact = null;
        String contactStatus = CONTACT_NOT_SHARED;
        if (withContact && Introduction.MADE.equals(intro.status) && access.isOneOfTheTwo(intro)) {
            UUID other = introductions.otherThan(intro, access.caller().memberId().orElseThrow());
            if (other == null) {
                contactStatus = MembersClient.Lookup.GONE;
            } else {
                MembersClient.Lookup lookup = contacts.contactOf(other);
                contactStatus = lookup.status();
                contact = lookup.contact().map(IntroductionResource::contact).orElse(null);
            }
        }
        Map<UUID, MemberView> known = members.byId(Arrays.asList(intro.memberA, intro.memberB));
        return new IntroductionView(intro.id, intro.roundId, intro.chapter, intro.status,
                MemberRef.of(intro.memberA, known), MemberRef.of(intro.memberB, known),
                new Responses(response(intro.aResponse), response(intro.bResponse)),
                new Explanation(introductions.aCanGive(intro), introductions.bCanGive(intro)), gathering, intro.weight,
                intro.createdAt, intro.expiresAt, intro.madeAt, intro.closedAt,
                new Feedback(side(intro.aMet, intro.aOtherHelped, intro.aFeedbackAt),
                        side(intro.bMet, intro.bOtherHelped, intro.bFeedbackAt)),
                contact, contactStatus);
    }

    private static ContactView contact(MemberContact c) {
        return new ContactView(c.memberId(), c.displayName(), c.email());
    }

    private static String response(String answer) {
        return answer == null ? "pending" : answer;
    }

    private static SideFeedback side(Boolean met, Boolean helped, OffsetDateTime at) {
        return at == null ? null : new SideFeedback(met, helped, at);
    }
}

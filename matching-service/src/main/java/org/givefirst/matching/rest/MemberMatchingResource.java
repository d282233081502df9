package org.givefirst.matching.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.givefirst.matching.config.MatchingConfig;
import org.givefirst.matching.domain.GivingLedger;
import org.givefirst.matching.domain.Suggestion;
import org.givefirst.matching.domain.WhereToGo;
import org.givefirst.matching.service.Access;
import org.givefirst.matching.service.GivingLedgers;
import org.givefirst.matching.service.GivingService;
import org.givefirst.matching.service.SuggestionService;
import org.givefirst.matching.service.WhereToGoService;
import org.givefirst.platform.problem.ProblemException;
import org.givefirst.platform.security.Roles;

/** What matching says about one member: whom to meet, what they gave and took, where to go. */
@Path("/api/v1/members/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Members", description = "Suggestions, giving ledger and where-to-go for a member")
@RolesAllowed({Roles.MEMBER, Roles.ORGANIZER, Roles.ADMIN})
@SecurityRequirement(name = "bearer")
public class MemberMatchingResource {

    static final int MAX_LIMIT = 50;

    private final SuggestionService suggestions;
    private final GivingService giving;
    private final WhereToGoService where;
    private final Access access;
    private final MatchingConfig config;

    public MemberMatchingResource(SuggestionService suggestions, GivingService giving, WhereToGoService where,
            Access access, MatchingConfig config) {
        this.suggestions = suggestions;
        this.giving = giving;
        this.where = where;
        this.access = access;
        this.config = config;
    }

    @Schema(name = "Suggestions")
    public record SuggestionsView(UUID memberId, List<SuggestionView> items) {
    }

    @Schema(name = "Suggestion", description = "Someone the member should meet, and why: each side can give the other something")
    public record SuggestionView(
            MemberRef member,
            @Schema(description = "two-way score: harmonic mean of both usefulness values times the give-first factors, in [0, 1.5]") double score,
            @Schema(description = "how well the member's offers cover the other's objectives, in [0, 1]") double usefulnessToThem,
            @Schema(description = "how well the other's offers cover the member's objectives, in [0, 1]") double usefulnessToYou,
            Explanation explanation) {
    }

    @Schema(name = "SuggestionExplanation")
    public record Explanation(
            @Schema(description = "tags the member offers that the other seeks", example = "[\"fundraising\"]") Set<String> youCanGive,
            @Schema(description = "tags the other offers that the member seeks", example = "[\"ux-research\"]") Set<String> theyCanGive,
            @Schema(description = "an upcoming event both are going to or could attend; null when there is none") GatheringView gathering,
            @Schema(example = "You can help with fundraising; they can help with ux-research. You are both going to Founders lunch on 2026-03-12.") String text) {
    }

    @GET
    @Path("/suggestions")
    @Operation(summary = "Ranked two-way suggestions for a member, each with its explanation",
            description = "The member themself, an organizer of one of their chapters, or an admin. Takers get at most 3.")
    @APIResponse(responseCode = "200", description = "Ranked suggestions", content = @Content(schema = @Schema(implementation = SuggestionsView.class)))
    public SuggestionsView getSuggestions(@PathParam("id") UUID memberId,
            @Parameter(description = "at most this many (1–50; default 10)") @QueryParam("limit") @Min(1) @Max(MAX_LIMIT) Integer limit) {
        access.requireMemberOrOrganizer(memberId, "read suggestions for this member");
        int max = limit == null ? config.suggestions().defaultLimit() : limit;
        List<SuggestionService.Explained> found = suggestions.forMember(memberId, max)
                .orElseThrow(() -> ProblemException.notFound("Member", memberId));
        List<SuggestionView> items = new ArrayList<>();
        for (SuggestionService.Explained explained : found) {
            Suggestion s = explained.suggestion();
            GatheringView gathering = explained.gathering().map(GatheringView::of).orElse(null);
            items.add(new SuggestionView(
                    new MemberRef(s.otherMemberId(), explained.other().displayName),
                    round(s.score().value()), round(s.score().usefulnessAToB()), round(s.score().usefulnessBToA()),
                    new Explanation(s.memberCanGive(), s.otherCanGive(), gathering,
                            explanationText(s.memberCanGive(), s.otherCanGive(), gathering))));
        }
        return new SuggestionsView(memberId, items);
    }

    @Schema(name = "Giving")
    public record GivingView(UUID memberId,
            @Schema(description = "events hosted that took place") int hosted,
            @Schema(description = "volunteering events attended") int volunteered,
            @Schema(description = "events attended with the guest the member brought") int broughtGuest,
            @Schema(description = "introductions where the other side confirmed the member helped") int helpConfirmed,
            @Schema(description = "introductions received (made): taking") int introductionsReceived,
            int givingPoints, int takingPoints,
            @Schema(description = "giving points minus taking points, over the whole history") int balance,
            @Schema(description = "giving points, each act decayed by its age: points · 2^(−age/halfLife)") double recentGivingPoints,
            @Schema(description = "taking points, each act decayed by its age") double recentTakingPoints,
            @Schema(description = "recentGivingPoints − recentTakingPoints: what the factor and the taker rule use") double recentBalance,
            @Schema(description = "half-life of the decay, in days", example = "180") long halfLifeDays,
            @Schema(description = "lately received introductions and gave nothing: fewer, lower-ranked suggestions, matched "
                    + "after the others in rounds, never with another taker") boolean taker,
            @Schema(description = "give-first factor, 1 + 0.5·tanh(recentBalance/4), in [0.5, 1.5]") double factor,
            ReliabilityView reliability,
            List<EntryView> recent) {
    }

    @Schema(name = "Reliability", description = "No-shows and introductions left to expire add a strike, showing up and "
            + "answering take one away (0..3 strikes)")
    public record ReliabilityView(
            @Schema(minimum = "0", maximum = "3") int strikes,
            @Schema(description = "1 − 0.25·strikes: multiplies the member's side of every two-way score") double factor,
            @Schema(description = "2 strikes or more: fewer suggestions, matched after reliable members in rounds") boolean unreliable) {
    }

    @Schema(name = "GivingEntry")
    public record EntryView(@Schema(example = "HOSTED") String kind,
            @Schema(description = "the event or introduction that counts") UUID sourceId, OffsetDateTime occurredAt) {
    }

    @GET
    @Path("/giving")
    @Operation(summary = "A member's giving ledger: what they gave, what they took, balance and give-first factor",
            description = "The member themself, an organizer of one of their chapters, or an admin (403 for anyone else). "
                    + "With the decayed (recent) figures the factor uses, and the member's reliability.")
    @APIResponse(responseCode = "200", description = "The ledger", content = @Content(schema = @Schema(implementation = GivingView.class)))
    public GivingView getGivingLedger(@PathParam("id") UUID memberId) {
        access.requireMemberOrOrganizer(memberId, "read this member's giving ledger");
        GivingService.Giving found = giving.of(memberId).orElseThrow(() -> ProblemException.notFound("Member", memberId));
        GivingLedger l = found.ledger();
        return new GivingView(memberId, l.hosted(), l.volunteered(), l.broughtGuest(), l.helpConfirmed(),
                l.introductionsReceived(), l.givingPoints(), l.takingPoints(), l.balance(), round(l.recentGivingPoints()),
                round(l.recentTakingPoints()), round(l.recentBalance()), found.halfLife().toDays(), l.isTaker(), round(l.factor()),
                new ReliabilityView(found.reliability().strikes(), round(found.reliability().factor()),
                        found.reliability().isUnreliable()),
                found.recent().stream().map(MemberMatchingResource::entry).toList());
    }

    @Schema(name = "WhereToGo")
    public record WhereView(UUID memberId,
            @Schema(description = "the objective ranked for (index), null for all of them") Integer objective,
            List<RankedEventView> events) {
    }

    @Schema(name = "RankedEvent")
    public record RankedEventView(UUID eventId, String title, String format, String chapter, OffsetDateTime startsAt,
            @Schema(description = "people going who can help with the member's objectives") int helperCount,
            double totalUsefulness, List<HelperView> helpers) {
    }

    @Schema(name = "Helper")
    public record HelperView(MemberRef member, double usefulness,
            @Schema(description = "tags of the member's objectives they offer") Set<String> tags) {
    }

    @GET
    @Path("/where")
    @Operation(summary = "Where should I go? Upcoming events ranked by how many attendees can help with the member's objectives",
            description = "The member themself, an organizer of one of their chapters, or an admin.")
    @APIResponse(responseCode = "200", description = "Ranked events", content = @Content(schema = @Schema(implementation = WhereView.class)))
    public WhereView getWhereToGo(@PathParam("id") UUID memberId,
            @Parameter(description = "at most this many events (1–50; default 10)") @QueryParam("limit") @Min(1) @Max(MAX_LIMIT) Integer limit,
            @Parameter(description = "rank for one objective: its index in the member's objectives") @QueryParam("objective") @Min(0) Integer objective) {
        access.requireMemberOrOrganizer(memberId, "ask where this member should go");
        int max = limit == null ? config.suggestions().defaultLimit() : limit;
        List<WhereToGoService.RankedEvent> ranked = where.forMember(memberId, Optional.ofNullable(objective), max)
                .orElseThrow(() -> ProblemException.notFound("Member", memberId));
        List<RankedEventView> events = new ArrayList<>();
        for (WhereToGoService.RankedEvent r : ranked) {
            List<HelperView> helpers = new ArrayList<>();
            for (WhereToGo.Helper helper : r.ranking().helpers()) {
                helpers.add(new HelperView(MemberRef.of(helper.memberId(), r.helpers()), round(helper.usefulness()), helper.tags()));
            }
            events.add(new RankedEventView(r.event().eventId, r.event().title, r.event().format, r.event().chapter,
                    r.event().startsAt, r.ranking().helperCount(), round(r.ranking().totalUsefulness()), helpers));
        }
        return new WhereView(memberId, objective, events);
    }

    private static EntryView entry(GivingLedgers.Entry entry) {
        return new EntryView(entry.kind().name(), entry.sourceId(), entry.occurredAt());
    }

    static String explanationText(Set<String> youCanGive, Set<String> theyCanGive, GatheringView gathering) {
        StringBuilder text = new StringBuilder("You can help with ").append(String.join(", ", youCanGive))
                .append("; they can help with ").append(String.join(", ", theyCanGive)).append('.');
        if (gathering != null) {
            text.append(gathering.bothGoing() ? " You are both going to " : " You could both go to ")
                    .append(gathering.title() == null ? "an event" : gathering.title());
            if (gathering.startsAt() != null) {
                text.append(" on ").append(gathering.startsAt().toLocalDate());
            }
            text.append('.');
        }
        return text.toString();
    }

    static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}

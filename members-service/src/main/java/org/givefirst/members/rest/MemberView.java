package org.givefirst.members.rest;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.givefirst.platform.contracts.EventFormat;
import org.givefirst.members.domain.Specificity;
import org.givefirst.members.persistence.Member;
import org.givefirst.members.persistence.Objective;
import org.givefirst.members.persistence.Offer;
import org.givefirst.platform.contracts.OfferKind;

/** A member's profile as anyone allowed to see it sees it: never with the email. */
@Schema(name = "Member")
public record MemberView(
        @Schema(example = "5b0e8f3e-6a7c-4a43-9c1e-0d6f3a2b9f10") String id,
        @Schema(description = "Grows with every change of the profile") long version,
        @Schema(example = "Ana Ribeiro") String displayName,
        @Schema(example = "Runs a two-person bakery; learning to sell to cafés") String headline,
        @Schema(example = "Lisbon") String city,
        @Schema(example = "Europe/Lisbon") String timeZone,
        @Schema(description = "Slugs of the member's chapters", example = "[\"lisbon\"]") List<String> chapters,
        List<OfferView> offers,
        List<ObjectiveView> objectives,
        PreferencesView preferences,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static MemberView of(Member m) {
        return new MemberView(m.id.toString(), m.version, m.displayName, m.headline, m.city, m.timeZone,
                m.chapters.stream().map(c -> c.slug).sorted().toList(),
                m.offers.stream().map(OfferView::of).toList(),
                m.objectives.stream().map(ObjectiveView::of).toList(),
                PreferencesView.of(m),
                m.createdAt, m.updatedAt);
    }

    @Schema(name = "Offer", description = "Something the member can give")
    public record OfferView(OfferKind kind,
                            @Schema(example = "Pricing and packaging for small food producers") String description,
                            @Schema(example = "[\"pricing\", \"food-retail\"]") List<String> tags) {
        static OfferView of(Offer o) {
            return new OfferView(o.kind, o.description, List.copyOf(o.tags));
        }
    }

    @Schema(name = "Objective", description = "Something the member seeks: what, who could help, and where they gather")
    public record ObjectiveView(
            @Schema(description = "Stable across edits: send it back to keep the objective") String id,
            @Schema(example = "How cafés choose the bakeries they buy from, and what they pay") String what,
            @Schema(example = "Owners and buyers of independent cafés") String who,
            @Schema(example = "The Lisbon coffee festival") String where,
            @Schema(example = "[\"cafes\", \"wholesale-bakery\"]") List<String> tags,
            @Schema(description = "1 (nice to have) .. 5 (most important)", minimum = "1", maximum = "5") int priority,
            SpecificityView specificity) {
        static ObjectiveView of(Objective o) {
            return new ObjectiveView(o.id.toString(), o.what, o.who, o.where, List.copyOf(o.tags), o.priority,
                    SpecificityView.of(Specificity.assess(o.what, o.who, o.where, o.tags)));
        }
    }

    @Schema(name = "Preferences")
    public record PreferencesView(
            @Schema(description = "Gathering formats the member likes; empty means any") List<EventFormat> formats,
            boolean openToIntroductions,
            @Schema(description = "Also open to introductions with members of other chapters who opted in too")
            boolean allowsOtherChapterIntroductions,
            int maxIntroductionsPerMonth,
            @Schema(description = "Shown to visitors without a token, e.g. on the chapter website")
            boolean publicProfile) {
        static PreferencesView of(Member m) {
            return new PreferencesView(m.formats.stream().sorted().toList(), m.openToIntroductions,
                    m.allowsOtherChapterIntroductions, m.maxIntroductionsPerMonth, m.publicProfile);
        }
    }
}

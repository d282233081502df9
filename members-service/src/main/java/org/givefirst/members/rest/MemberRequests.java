package org.givefirst.members.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.givefirst.platform.contracts.EventFormat;
import org.givefirst.platform.contracts.OfferKind;
import org.givefirst.platform.contracts.Tags;
import org.givefirst.members.service.MemberRegistration;
import org.givefirst.members.service.MemberStore;
import org.givefirst.members.service.OffersAndObjectives;
import org.givefirst.members.service.ProfileEdits;
import org.givefirst.platform.validation.IanaTimeZone;

/** The request bodies of the member endpoints, validated before any service code runs. */
public final class MemberRequests {

    /**
     * Printable text on one line: names and headlines end up in lists, cursors and e-mails. The same
     * characters as Java's {@code \p{Cntrl}}, spelled so that JSON Schema tools (ECMA regular
     * expressions) read the pattern the OpenAPI document shows.
     */
    static final String ONE_LINE = "[^\\x00-\\x1F\\x7F]*";
    static final String ONE_LINE_MESSAGE = "must be one line of printable text";
    static final int MAX_CHAPTERS = MemberStore.MAX_CHAPTERS;
    static final int MAX_OFFERS = 20;
    static final int MAX_OBJECTIVES = 10;
    static final int MAX_TAGS = 12;

    private MemberRequests() {
    }

    @Schema(name = "NewMember")
    public record NewMember(
            @Schema(description = "The member id. A member registering themselves may omit it (it is their token's "
                    + "subject); an admin may set it to the subject the identity provider will issue, or omit it.")
            UUID id,
            @NotBlank @Size(max = 80) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE)
            @Schema(example = "Ana Ribeiro") String displayName,
            @Size(max = 160) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE)
            @Schema(example = "Runs a two-person bakery; learning to sell to cafés") String headline,
            @Size(max = 120) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE)
            @Schema(example = "Lisbon") String city,
            @IanaTimeZone @Schema(description = "Defaults to the first chapter's time zone", example = "Europe/Lisbon")
            String timeZone,
            @NotBlank @Email @Size(max = 254)
            @Schema(description = "Private: shown to nobody but the member, admins and the introductions they accept",
                    example = "ana@example.org") String email,
            @NotEmpty @Size(max = MAX_CHAPTERS)
            @Schema(description = "Slugs of the chapters to join", example = "[\"lisbon\"]")
            List<@NotBlank String> chapters,
            @Valid PreferencesInput preferences,
            @Size(max = MAX_OFFERS) List<@NotNull @Valid OfferInput> offers,
            @Size(max = MAX_OBJECTIVES) List<@NotNull @Valid ObjectiveInput> objectives) {

        MemberRegistration.Registration toRegistration(UUID memberId) {
            return new MemberRegistration.Registration(memberId, displayName, headline, city, timeZone, email, chapters,
                    preferences == null ? null : preferences.toChanges(),
                    offers == null ? null : offers.stream().map(OfferInput::toDraft).toList(),
                    objectives == null ? null : objectives.stream().map(ObjectiveInput::toDraft).toList());
        }
    }

    /**
     * The editable part of a profile as one JSON document: a {@code PATCH} merges its patch into the
     * current document, and the result must pass these constraints before it is saved. Every field
     * but {@code headline} and {@code city} is required in the result, so a patch can remove only those.
     */
    @Schema(hidden = true)
    public record ProfileDocument(
            @NotBlank @Size(max = 80) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE) String displayName,
            @Size(max = 160) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE) String headline,
            @Size(max = 120) @Pattern(regexp = ONE_LINE, message = ONE_LINE_MESSAGE) String city,
            @NotBlank @IanaTimeZone String timeZone,
            @NotBlank @Email @Size(max = 254) String email,
            @NotEmpty @Size(max = MAX_CHAPTERS) List<@NotBlank String> chapters,
            @NotNull @Valid PreferencesDocument preferences) {

        static ProfileDocument of(ProfileEdits.EditableProfile p) {
            ProfileEdits.EditablePreferences prefs = p.preferences();
            return new ProfileDocument(p.displayName(), p.headline(), p.city(), p.timeZone(), p.email(), p.chapters(),
                    new PreferencesDocument(prefs.formats(), prefs.openToIntroductions(),
                            prefs.allowsOtherChapterIntroductions(), prefs.maxIntroductionsPerMonth(), prefs.publicProfile()));
        }

        ProfileEdits.EditableProfile toEditable() {
            return new ProfileEdits.EditableProfile(displayName, headline, city, timeZone, email, chapters,
                    new ProfileEdits.EditablePreferences(preferences.formats(), preferences.openToIntroductions(),
                            preferences.allowsOtherChapterIntroductions(), preferences.maxIntroductionsPerMonth(),
                            preferences.publicProfile()));
        }
    }

    @Schema(hidden = true)
    public record PreferencesDocument(
            @NotNull @Size(max = 9) Set<@NotNull EventFormat> formats,
            @NotNull Boolean openToIntroductions,
            @NotNull Boolean allowsOtherChapterIntroductions,
            @NotNull @Min(0) @Max(20) Integer maxIntroductionsPerMonth,
            @NotNull Boolean publicProfile) {
    }

    /** The documentation of a PATCH body; the body itself is read by {@link ProfilePatch}. */
    @Schema(name = "MemberPatch", description = "A JSON merge patch (RFC 7396) of the member's editable profile. "
            + "A field absent from the patch stays as it is; null removes it (only headline and city can be removed); "
            + "preferences merge field by field; an array (chapters, preferences.formats) replaces the whole list. "
            + "The merged profile is validated as a whole. Offers and objectives have their own PUT requests, and any "
            + "other field is refused.")
    public record MemberPatch(
            @Schema(maxLength = 80, example = "Ana Ribeiro") String displayName,
            @Schema(maxLength = 160, nullable = true, description = "null or \"\" removes the headline",
                    example = "Runs a two-person bakery; now supplying four cafés") String headline,
            @Schema(maxLength = 120, nullable = true, description = "null or \"\" removes the city", example = "Lisbon")
            String city,
            @Schema(description = "IANA time zone", example = "Europe/Lisbon") String timeZone,
            @Schema(maxLength = 254, description = "Private; must not be taken by another member", example = "ana@example.org")
            String email,
            @Schema(description = "The chapters the member belongs to from now on (1 to 10 slugs); publishes "
                    + "member.joined-chapter / member.left-chapter for each difference", example = "[\"lisbon\", \"porto\"]")
            List<String> chapters,
            @Schema(description = "Merged field by field: send only the preferences that change")
            PreferencesInput preferences) {
    }

    @Schema(name = "PreferencesInput", description = "Absent fields keep their value (defaults for a new member: "
            + "any format, open to introductions, own chapters only, 2 introductions a month, not public)")
    public record PreferencesInput(
            @Size(max = 9) Set<@NotNull EventFormat> formats,
            Boolean openToIntroductions,
            Boolean allowsOtherChapterIntroductions,
            @Min(0) @Max(20) Integer maxIntroductionsPerMonth,
            Boolean publicProfile) {

        MemberStore.PreferenceChanges toChanges() {
            return new MemberStore.PreferenceChanges(formats, openToIntroductions, allowsOtherChapterIntroductions,
                    maxIntroductionsPerMonth, publicProfile);
        }
    }

    @Schema(name = "OfferInput")
    public record OfferInput(
            @NotNull OfferKind kind,
            @Size(max = 500) @Schema(example = "Pricing and packaging for small food producers") String description,
            @NotEmpty @Size(max = MAX_TAGS) @Schema(example = "[\"pricing\", \"food retail\"]",
                    description = "Normalized: trimmed, lower-cased, inner spaces become dashes")
            List<@NotBlank @Size(max = Tags.MAX_LENGTH) String> tags) {

        OffersAndObjectives.OfferDraft toDraft() {
            return new OffersAndObjectives.OfferDraft(kind, description, tags);
        }
    }

    @Schema(name = "OffersInput")
    public record OffersInput(
            @NotNull @Size(max = MAX_OFFERS) List<@NotNull @Valid OfferInput> offers) {
    }

    @Schema(name = "ObjectiveInput")
    public record ObjectiveInput(
            @Schema(description = "Id of an existing objective to keep (its id stays the same)") UUID id,
            @NotBlank @Size(max = 500)
            @Schema(example = "How cafés choose the bakeries they buy from, and what they pay") String what,
            @NotBlank @Size(max = 300) @Schema(example = "Owners and buyers of independent cafés") String who,
            @Size(max = 300) @Schema(example = "The Lisbon coffee festival") String where,
            @NotEmpty @Size(max = MAX_TAGS) @Schema(example = "[\"cafes\", \"wholesale bakery\"]")
            List<@NotBlank @Size(max = Tags.MAX_LENGTH) String> tags,
            @Min(1) @Max(5) @Schema(description = "1 (nice to have) .. 5 (most important); default 3") Integer priority) {

        OffersAndObjectives.ObjectiveDraft toDraft() {
            return new OffersAndObjectives.ObjectiveDraft(id, what, who, where, tags, priority);
        }
    }

    @Schema(name = "ObjectivesInput")
    public record ObjectivesInput(
            @NotNull @Size(max = MAX_OBJECTIVES) List<@NotNull @Valid ObjectiveInput> objectives) {
    }

    @Schema(name = "DraftObjective", description = "An objective being written; every field may still be empty")
    public record DraftObjective(
            @Size(max = 500) @Schema(example = "Getting new business") String what,
            @Size(max = 300) String who,
            @Size(max = 300) String where,
            @Size(max = MAX_TAGS) List<@Size(max = Tags.MAX_LENGTH) String> tags) {
    }
}

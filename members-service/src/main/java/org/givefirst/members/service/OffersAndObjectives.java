package org.givefirst.members.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.givefirst.members.domain.Specificity;
import org.givefirst.members.messaging.MemberFacts.MemberData;
import org.givefirst.members.persistence.Member;
import org.givefirst.members.persistence.Objective;
import org.givefirst.members.persistence.Offer;
import org.givefirst.platform.contracts.MemberDefaults;
import org.givefirst.platform.contracts.OfferKind;
import org.givefirst.platform.contracts.Tags;
import org.givefirst.platform.problem.ProblemException;

/**
 * What a member can give and what they seek, each replaced as a whole list. Tags are normalized,
 * every objective is scored for specificity, and a list sent again unchanged changes nothing.
 */
@ApplicationScoped
public class OffersAndObjectives {

    public record OfferDraft(OfferKind kind, String description, List<String> tags) {
    }

    /** An objective as written; {@code id} keeps an existing objective, {@code priority} defaults to 3. */
    public record ObjectiveDraft(UUID id, String what, String who, String where, List<String> tags, Integer priority) {
    }

    private final MemberStore store;

    public OffersAndObjectives(MemberStore store) {
        this.store = store;
    }

    @Transactional
    public Member replaceOffers(UUID id, List<OfferDraft> offers) {
        Member member = store.lock(id);
        MemberData before = MemberData.of(member);
        setOffers(member, offers);
        return store.save(member, before, false, MemberStore.ChapterMoves.NONE);
    }

    @Transactional
    public Member replaceObjectives(UUID id, List<ObjectiveDraft> objectives) {
        Member member = store.lock(id);
        MemberData before = MemberData.of(member);
        setObjectives(member, objectives);
        return store.save(member, before, false, MemberStore.ChapterMoves.NONE);
    }

    static void setOffers(Member member, List<OfferDraft> drafts) {
        List<OfferDraft> wanted = drafts.stream()
                .map(d -> new OfferDraft(d.kind(), MemberStore.blankToNull(d.description()), Tags.normalize(d.tags())))
                .toList();
        List<OfferDraft> current = member.offers.stream()
                .map(o -> new OfferDraft(o.kind, o.description, List.copyOf(o.tags)))
                .toList();
        if (wanted.equals(current)) {
            return;
        }
        member.offers.clear();
        for (OfferDraft draft : wanted) {
            requireTags(draft.tags(), "offer");
            Offer offer = new Offer();
            offer.id = UUID.randomUUID();
            offer.member = member;
            offer.position = member.offers.size();
            offer.kind = draft.kind();
            offer.description = draft.description();
            offer.tags.addAll(draft.tags());
            member.offers.add(offer);
        }
    }

    /**
     * Replaces the objectives. An objective keeps its id when the draft names it, or else when an
     * existing objective has exactly the draft's content, so that re-sending the same list changes nothing.
     */
    static void setObjectives(Member member, List<ObjectiveDraft> drafts) {
        Map<UUID, Objective> existing = member.objectives.stream()
                .collect(Collectors.toMap(o -> o.id, Function.identity()));
        Set<UUID> claimed = new HashSet<>();
        for (ObjectiveDraft draft : drafts) {
            if (draft.id() != null) {
                if (!existing.containsKey(draft.id())) {
                    throw ProblemException.badRequest("Objective " + draft.id() + " is not one of this member's objectives");
                }
                if (!claimed.add(draft.id())) {
                    throw ProblemException.badRequest("Objective " + draft.id() + " is listed twice");
                }
            }
        }
        List<Objective> next = new ArrayList<>();
        for (ObjectiveDraft draft : drafts) {
            String what = draft.what().strip();
            String who = draft.who().strip();
            String where = MemberStore.blankToNull(draft.where());
            List<String> tags = Tags.normalize(draft.tags());
            requireTags(tags, "objective");
            int priority = draft.priority() != null ? draft.priority() : MemberDefaults.OBJECTIVE_PRIORITY;

            Objective objective = draft.id() != null ? existing.get(draft.id()) : null;
            if (objective == null) {
                objective = member.objectives.stream()
                        .filter(o -> !claimed.contains(o.id) && o.what.equals(what) && o.who.equals(who)
                                && Objects.equals(o.where, where) && o.tags.equals(tags) && o.priority == priority)
                        .findFirst().orElse(null);
                if (objective != null) {
                    claimed.add(objective.id);
                }
            }
            if (objective == null) {
                objective = new Objective();
                objective.id = UUID.randomUUID();
                objective.member = member;
            }
            objective.position = next.size();
            objective.what = what;
            objective.who = who;
            objective.where = where;
            objective.priority = priority;
            if (!objective.tags.equals(tags)) {
                objective.tags.clear();
                objective.tags.addAll(tags);
            }
            objective.specificity = Specificity.assess(what, who, where, tags).score();
            next.add(objective);
        }
        member.objectives.clear();
        member.objectives.addAll(next);
    }

    private static void requireTags(List<String> tags, String what) {
        if (tags.isEmpty()) {
            throw ProblemException.badRequest("Every " + what + " needs at least one tag that is not blank");
        }
    }
}

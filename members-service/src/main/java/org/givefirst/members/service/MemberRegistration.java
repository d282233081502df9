package org.givefirst.members.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.givefirst.members.messaging.MemberFacts;
import org.givefirst.members.persistence.Chapter;
import org.givefirst.members.persistence.ErasedMember;
import org.givefirst.members.persistence.Member;
import org.givefirst.members.service.MemberStore.PreferenceChanges;
import org.givefirst.members.service.OffersAndObjectives.ObjectiveDraft;
import org.givefirst.members.service.OffersAndObjectives.OfferDraft;
import org.givefirst.platform.contracts.MemberDefaults;
import org.givefirst.platform.persistence.Writes;
import org.givefirst.platform.problem.ProblemException;

/** A new member joins Givefirst: their profile, with the defaults every service assumes, and {@code member.registered}. */
@ApplicationScoped
public class MemberRegistration {

    /** A new member's profile; {@code timeZone} may be null (then the first chapter's), the lists may be null. */
    public record Registration(UUID id, String displayName, String headline, String city, String timeZone,
                               String email, List<String> chapters, PreferenceChanges preferences,
                               List<OfferDraft> offers, List<ObjectiveDraft> objectives) {
    }

    private final MemberFacts facts;
    private final MemberStore store;
    private final Writes writes;

    public MemberRegistration(MemberFacts facts, MemberStore store, Writes writes) {
        this.facts = facts;
        this.store = store;
        this.writes = writes;
    }

    @Transactional
    public Member register(Registration r) {
        if (ErasedMember.findByIdOptional(r.id()).isPresent()) {
            throw MemberStore.gone(r.id());
        }
        if (Member.findByIdOptional(r.id()).isPresent()) {
            throw ProblemException.conflict("Member " + r.id() + " is already registered");
        }
        MemberStore.requireEmailFree(r.email(), null);
        Set<Chapter> chapters = MemberStore.resolveChapters(r.chapters());

        Member member = new Member();
        member.id = r.id();
        member.rename(r.displayName().strip());
        member.headline = MemberStore.blankToNull(r.headline());
        member.city = MemberStore.blankToNull(r.city());
        member.timeZone = r.timeZone() != null ? r.timeZone() : chapters.iterator().next().timeZone;
        member.email = r.email().strip();
        member.chapters.addAll(chapters);
        member.openToIntroductions = MemberDefaults.OPEN_TO_INTRODUCTIONS;
        member.allowsOtherChapterIntroductions = MemberDefaults.OTHER_CHAPTER_INTRODUCTIONS;
        member.maxIntroductionsPerMonth = MemberDefaults.MAX_INTRODUCTIONS_PER_MONTH;
        member.publicProfile = MemberDefaults.PUBLIC_PROFILE;
        if (r.preferences() != null) {
            MemberStore.applyPreferences(member, r.preferences());
        }
        if (r.offers() != null) {
            OffersAndObjectives.setOffers(member, r.offers());
        }
        if (r.objectives() != null) {
            OffersAndObjectives.setObjectives(member, r.objectives());
        }
        member.createdAt = store.now();
        member.updatedAt = member.createdAt;
        member.persist();
        writes.flushOrConflict("Member " + r.id() + " or its email is already registered");
        facts.memberRegistered(member);
        return member;
    }
}

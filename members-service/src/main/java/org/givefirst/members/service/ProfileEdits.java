package org.givefirst.members.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.givefirst.members.messaging.MemberFacts.MemberData;
import org.givefirst.members.persistence.Member;
import org.givefirst.members.service.MemberStore.ChapterMoves;
import org.givefirst.members.service.MemberStore.PreferenceChanges;
import org.givefirst.platform.contracts.EventFormat;

/**
 * A member changes their profile (name, headline, city, time zone, email, chapters, preferences) as
 * one document; offers and objectives have their own use case ({@link OffersAndObjectives}).
 */
@ApplicationScoped
public class ProfileEdits {

    /**
     * What a member edits of their profile as one document: {@link #edit} hands the current one to a
     * change and saves what comes back. A null or blank headline or city is no headline or city.
     */
    public record EditableProfile(String displayName, String headline, String city, String timeZone, String email,
                                  List<String> chapters, EditablePreferences preferences) {
    }

    public record EditablePreferences(Set<EventFormat> formats, boolean openToIntroductions,
                                      boolean allowsOtherChapterIntroductions, int maxIntroductionsPerMonth,
                                      boolean publicProfile) {
    }

    private final MemberStore store;

    public ProfileEdits(MemberStore store) {
        this.store = store;
    }

    /**
     * Changes the editable part of a profile. The change runs while the member's row is locked, on
     * the current state, so that concurrent edits apply one after the other and none is lost.
     *
     * @param change turns the current editable profile into the wanted one (it may throw to refuse it)
     */
    @Transactional
    public Member edit(UUID id, UnaryOperator<EditableProfile> change) {
        Member member = store.lock(id);
        EditableProfile wanted = change.apply(editable(member));
        MemberData before = MemberData.of(member);

        String displayName = wanted.displayName().strip();
        if (!displayName.equals(member.displayName)) {
            member.rename(displayName);
        }
        member.headline = MemberStore.blankToNull(wanted.headline());
        member.city = MemberStore.blankToNull(wanted.city());
        member.timeZone = wanted.timeZone();
        boolean emailChanged = false;
        String email = wanted.email().strip();
        if (!email.equals(member.email)) {
            MemberStore.requireEmailFree(email, member.id);
            member.email = email;
            emailChanged = true;
        }
        ChapterMoves moves = MemberStore.moveTo(member, MemberStore.resolveChapters(wanted.chapters()));
        EditablePreferences p = wanted.preferences();
        MemberStore.applyPreferences(member, new PreferenceChanges(p.formats(), p.openToIntroductions(),
                p.allowsOtherChapterIntroductions(), p.maxIntroductionsPerMonth(), p.publicProfile()));
        return store.save(member, before, emailChanged, moves);
    }

    /** The editable part of a member's profile as it is now. */
    private static EditableProfile editable(Member m) {
        return new EditableProfile(m.displayName, m.headline, m.city, m.timeZone, m.email, m.chapterSlugs(),
                new EditablePreferences(new LinkedHashSet<>(m.formats.stream().sorted().toList()), m.openToIntroductions,
                        m.allowsOtherChapterIntroductions, m.maxIntroductionsPerMonth, m.publicProfile));
    }
}

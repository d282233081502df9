package org.givefirst.members.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.givefirst.members.persistence.Chapter;
import org.givefirst.members.persistence.Member;
import org.givefirst.platform.problem.ProblemException;

/**
 * The member directory: members in display-name order, filtered, read one page at a time with a
 * keyset cursor (the last name and id seen), so that a page costs the same wherever it starts and a
 * member added meanwhile never shifts the pages.
 */
@ApplicationScoped
public class MemberDirectory {

    /**
     * A directory search.
     *
     * @param chapter    slug of a chapter the member belongs to, or null
     * @param offers     normalized tags the member must all offer
     * @param seeks      normalized tags the member's objectives must all have
     * @param text       words looked for in name, headline and city (case-insensitive), or null
     * @param publicOnly only members who listed their profile publicly (callers without a token)
     * @param after      where the previous page ended, or null for the first page
     * @param limit      page size
     */
    public record Search(String chapter, List<String> offers, List<String> seeks, String text, boolean publicOnly,
                         Position after, int limit) {
    }

    /** A place in the directory order. */
    public record Position(String sortName, UUID id) {
    }

    /** One page, and where the next starts if there is one. */
    public record Page(List<Member> members, Optional<Position> next) {
    }

    public Page search(Search s) {
        if (s.chapter() != null && Chapter.findBySlug(s.chapter()).isEmpty()) {
            throw ProblemException.notFound("Chapter", s.chapter());
        }
        StringBuilder hql = new StringBuilder("from Member m where 1 = 1");
        Parameters params = new Parameters();
        if (s.chapter() != null) {
            hql.append(" and exists (select 1 from Member mc join mc.chapters c where mc.id = m.id and c.slug = :chapter)");
            params.and("chapter", s.chapter());
        }
        for (int i = 0; i < s.offers().size(); i++) {
            hql.append(" and exists (select 1 from Offer o join o.tags t where o.member.id = m.id and t = :offer")
                    .append(i).append(')');
            params.and("offer" + i, s.offers().get(i));
        }
        for (int i = 0; i < s.seeks().size(); i++) {
            hql.append(" and exists (select 1 from Objective o join o.tags t where o.member.id = m.id and t = :seek")
                    .append(i).append(')');
            params.and("seek" + i, s.seeks().get(i));
        }
        if (s.text() != null && !s.text().isBlank()) {
            hql.append(" and (m.sortName like :text escape '!'"
                    + " or lower(coalesce(m.headline, '')) like :text escape '!'"
                    + " or lower(coalesce(m.city, '')) like :text escape '!')");
            params.and("text", "%" + escapeLike(s.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (s.publicOnly()) {
            hql.append(" and m.publicProfile = true");
        }
        if (s.after() != null) {
            hql.append(" and (m.sortName > :afterName or (m.sortName = :afterName and m.id > :afterId))");
            params.and("afterName", s.after().sortName()).and("afterId", s.after().id());
        }
        hql.append(" order by m.sortName, m.id");

        List<Member> found = Member.<Member>find(hql.toString(), params).range(0, s.limit()).list();
        if (found.size() <= s.limit()) {
            return new Page(found, Optional.empty());
        }
        List<Member> page = found.subList(0, s.limit());
        Member last = page.get(page.size() - 1);
        return new Page(page, Optional.of(new Position(last.sortName, last.id)));
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}

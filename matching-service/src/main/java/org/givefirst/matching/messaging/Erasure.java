package org.givefirst.matching.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.givefirst.matching.service.GivingLedgers;
import org.givefirst.matching.service.IntroductionService;

/**
 * {@code member.erased}: the member leaves every view matching has. Their profile, chapters and
 * tags, RSVPs, attendance, ledger and seats are deleted; the events they hosted lose their host;
 * their introductions lose their id (open ones are withdrawn); later facts about them are ignored.
 * Suggestions, rounds, tables and ledgers read from these tables, so none of them shows the member again.
 */
@ApplicationScoped
public class Erasure {

    private final EntityManager em;
    private final MemberProjection members;
    private final EventProjection events;
    private final GivingLedgers ledgers;
    private final IntroductionService introductions;

    public Erasure(EntityManager em, MemberProjection members, EventProjection events, GivingLedgers ledgers,
            IntroductionService introductions) {
        this.em = em;
        this.members = members;
        this.events = events;
        this.ledgers = ledgers;
        this.introductions = introductions;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(UUID memberId, OffsetDateTime at) {
        members.erase(memberId, at);
        events.eraseMember(memberId);
        ledgers.eraseMember(memberId);
        em.createNativeQuery("delete from seating_seat where member_id = ?1 or guest_of = ?1").setParameter(1, memberId).executeUpdate();
        introductions.eraseMember(memberId);
    }
}

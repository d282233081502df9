package org.givefirst.members.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.givefirst.members.messaging.MemberFacts;
import org.givefirst.members.persistence.ErasedMember;
import org.givefirst.members.persistence.Member;
import org.givefirst.platform.outbox.OutboxEvent;
import org.givefirst.platform.problem.ProblemException;

/**
 * A member is erased: their profile, offers, objectives, memberships and contact are deleted, the
 * facts about them already relayed are purged from the outbox, and {@code member.erased} is
 * published so that every other service erases them too. A tombstone keeps the id from being reused.
 */
@ApplicationScoped
public class MemberErasure {

    private final MemberFacts facts;
    private final MemberStore store;

    public MemberErasure(MemberFacts facts, MemberStore store) {
        this.facts = facts;
        this.store = store;
    }

    /** @return false when the member had already been erased (nothing more happens) */
    @Transactional
    public boolean erase(UUID id) {
        Optional<Member> found = Member.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
        if (found.isEmpty()) {
            if (ErasedMember.findByIdOptional(id).isPresent()) {
                return false;
            }
            throw ProblemException.notFound("Member", id);
        }
        found.get().delete();
        ErasedMember tombstone = new ErasedMember();
        tombstone.id = id;
        tombstone.erasedAt = store.now();
        tombstone.persist();
        // Facts still waiting keep their place so that consumers receive them before the erasure.
        OutboxEvent.delete("aggregateKey = ?1 and sentAt is not null", id.toString());
        facts.memberErased(id, tombstone.erasedAt);
        return true;
    }
}

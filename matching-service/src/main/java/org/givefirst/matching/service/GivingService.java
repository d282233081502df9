package org.givefirst.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.givefirst.matching.domain.GivingLedger;

/** A member's giving ledger as the domain reads it, with their latest acts. */
@ApplicationScoped
public class GivingService {

    static final int RECENT = 20;

    private final MemberQueries members;
    private final GivingLedgers ledgers;

    public GivingService(MemberQueries members, GivingLedgers ledgers) {
        this.members = members;
        this.ledgers = ledgers;
    }

    public record Giving(UUID memberId, GivingLedger ledger, List<GivingLedgers.Entry> recent) {
    }

    /** Empty when the member is unknown to matching (never registered, or erased). */
    public Optional<Giving> of(UUID memberId) {
        if (members.find(memberId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Giving(memberId, ledgers.ledgerOf(memberId), ledgers.recent(memberId, RECENT)));
    }
}

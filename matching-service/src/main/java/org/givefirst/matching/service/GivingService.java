package org.givefirst.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.givefirst.matching.domain.GivingLedger;
import org.givefirst.matching.domain.Reliability;

/** A member's giving ledger as the domain reads it (decayed as of now), their reliability and their latest acts. */
@ApplicationScoped
public class GivingService {

    static final int RECENT = 20;

    private final MemberQueries members;
    private final GivingLedgers ledgers;
    private final Reliabilities reliabilities;

    public GivingService(MemberQueries members, GivingLedgers ledgers, Reliabilities reliabilities) {
        this.members = members;
        this.ledgers = ledgers;
        this.reliabilities = reliabilities;
    }

    /**
     * @param halfLife the half-life the ledger's recent points decayed with
     */
    public record Giving(UUID memberId, GivingLedger ledger, java.time.Duration halfLife, Reliability reliability,
            List<GivingLedgers.Entry> recent) {
    }

    /** Empty when the member is unknown to matching (never registered, or erased). */
    public Optional<Giving> of(UUID memberId) {
        if (members.find(memberId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Giving(memberId, ledgers.ledgerOf(memberId), ledgers.halfLife(), reliabilities.of(memberId),
                ledgers.recent(memberId, RECENT)));
    }
}

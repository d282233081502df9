package org.givefirst.matching.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.givefirst.matching.messaging.IntroductionFacts;
import org.givefirst.matching.persistence.Introduction;
import org.givefirst.matching.service.GivingLedgers.Kind;
import org.givefirst.platform.paging.Page;
import org.givefirst.platform.paging.PageCursor;
import org.givefirst.platform.problem.ProblemException;

/**
 * The life of an introduction after a round proposed it: each side accepts or declines
 * (double opt-in), unanswered ones expire, and after meeting each side gives feedback, which feeds
 * the giving ledger. Every change publishes its fact in the same transaction.
 */
@ApplicationScoped
public class IntroductionService {

    /** Why an open introduction is withdrawn when one of its members is erased. */
    public static final String MEMBER_ERASED = "member-erased";

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final IntroductionFacts facts;
    private final GivingLedgers ledgers;
    private final ObjectMapper json;
    private final Clock clock;

    public IntroductionService(IntroductionFacts facts, GivingLedgers ledgers, ObjectMapper json, Clock clock) {
        this.facts = facts;
        this.ledgers = ledgers;
        this.json = json;
        this.clock = clock;
    }

    public Optional<Introduction> find(UUID id) {
        return Introduction.findByIdOptional(id);
    }

    /** A page of a member's introductions, newest first. */
    public record Page(List<Introduction> items, Optional<String> nextCursor) {
    }

    /**
     * The member's introductions, newest first, optionally of one status.
     *
     * @throws ProblemException 400 when the cursor is not one this service gave out
     */
    public Page forMember(UUID memberId, Optional<String> status, Optional<String> cursor, int limit) {
        StringBuilder query = new StringBuilder("(memberA = :member or memberB = :member)");
        io.quarkus.panache.common.Parameters params = io.quarkus.panache.common.Parameters.with("member", memberId);
        if (status.isPresent()) {
            query.append(" and status = :status");
            params.and("status", status.get());
        }
        if (cursor.isPresent()) {
            List<String> after = PageCursor.decode(cursor.get(), 2);
            query.append(" and (createdAt < :at or (createdAt = :at and id < :id))");
            try {
                params.and("at", Instant.parse(after.get(0)).atOffset(ZoneOffset.UTC)).and("id", UUID.fromString(after.get(1)));
            } catch (RuntimeException e) {
                throw PageCursor.invalid();
            }
        }
        query.append(" order by createdAt desc, id desc");
        List<Introduction> found = Introduction.find(query.toString(), params).range(0, limit).list();
        List<Introduction> items = found.size() > limit ? found.subList(0, limit) : found;
        Optional<String> next = Optional.empty();
        if (found.size() > limit) {
            Introduction last = items.get(items.size() - 1);
            next = Optional.of(PageCursor.encode(last.createdAt.toInstant().toString(), last.id.toString()));
        }
        return new Page(List.copyOf(items), next);
    }

    /**
     * A member's answer. Accepting when the other side accepted makes the introduction (and counts
     * it as received in both ledgers); declining closes it for good. Giving the same answer again
     * changes nothing; a member may still decline after accepting, until the introduction is made.
     */
    @Transactional
    public Introduction respond(UUID id, UUID memberId, String answer) {
        Introduction intro = lockForChange(id, memberId, "answer");
        if (!intro.isOpen()) {
            throw ProblemException.conflict("Introduction " + id + " is " + intro.status + " and can no longer be answered");
        }
        boolean isA = memberId.equals(intro.memberA);
        String previous = isA ? intro.aResponse : intro.bResponse;
        if (answer.equals(previous)) {
            return intro;
        }
        OffsetDateTime now = now();
        if (isA) {
            intro.aResponse = answer;
            intro.aRespondedAt = now;
        } else {
            intro.bResponse = answer;
            intro.bRespondedAt = now;
        }
        if (Introduction.DECLINE.equals(answer)) {
            intro.status = Introduction.DECLINED;
            intro.closedAt = now;
            facts.declined(intro, memberId);
            return intro;
        }
        String other = isA ? intro.bResponse : intro.aResponse;
        if (Introduction.ACCEPT.equals(other)) {
            intro.status = Introduction.MADE;
            intro.madeAt = now;
            facts.accepted(intro, memberId);
            facts.made(intro);
            ledgers.record(intro.memberA, Kind.INTRODUCTION_RECEIVED, intro.id, now);
            ledgers.record(intro.memberB, Kind.INTRODUCTION_RECEIVED, intro.id, now);
        } else {
            intro.status = Introduction.ACCEPTED;
            facts.accepted(intro, memberId);
        }
        return intro;
    }

    /**
     * A member's feedback after a made introduction: did they meet, did the other help them. The
     * other's help, confirmed here, counts as giving in the other's ledger; feedback can be corrected.
     */
    @Transactional
    public Introduction feedback(UUID id, UUID memberId, boolean met, boolean otherHelped) {
        Introduction intro = lockForChange(id, memberId, "give feedback on");
        if (!Introduction.MADE.equals(intro.status)) {
            throw ProblemException.conflict("Feedback is for made introductions; introduction " + id + " is " + intro.status);
        }
        OffsetDateTime now = now();
        if (memberId.equals(intro.memberA)) {
            intro.aMet = met;
            intro.aOtherHelped = otherHelped;
            intro.aFeedbackAt = now;
        } else {
            intro.bMet = met;
            intro.bOtherHelped = otherHelped;
            intro.bFeedbackAt = now;
        }
        UUID other = intro.otherThan(memberId);
        if (other != null) {
            ledgers.set(other, Kind.HELP_CONFIRMED, intro.id, now, otherHelped);
        }
        facts.feedbackGiven(intro, memberId, met, otherHelped);
        return intro;
    }

    /** Expires introductions still waiting for an answer at {@code now}; returns how many. */
    @Transactional
    public int expireUnanswered(OffsetDateTime now, int batch) {
        List<Introduction> due = Introduction.find("status in ?1 and expiresAt <= ?2 order by expiresAt, id",
                Introduction.OPEN, now).withLock(LockModeType.PESSIMISTIC_WRITE).range(0, batch - 1).list();
        for (Introduction intro : due) {
            List<UUID> acceptedBy = new ArrayList<>();
            if (Introduction.ACCEPT.equals(intro.aResponse)) {
                acceptedBy.add(intro.memberA);
            }
            if (Introduction.ACCEPT.equals(intro.bResponse)) {
                acceptedBy.add(intro.memberB);
            }
            intro.status = Introduction.EXPIRED;
            intro.closedAt = now;
            facts.expired(intro, acceptedBy);
        }
        return due.size();
    }

    /**
     * Removes an erased member from their introductions: open ones are withdrawn (with a fact that
     * names nobody), and the member's id and the tags of both sides are cleared from all of them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void eraseMember(UUID memberId) {
        List<Introduction> involved = Introduction.list("memberA = ?1 or memberB = ?1", memberId);
        OffsetDateTime now = now();
        for (Introduction intro : involved) {
            if (intro.isOpen()) {
                intro.status = Introduction.WITHDRAWN;
                intro.closedAt = now;
                facts.withdrawn(intro, MEMBER_ERASED);
            }
            if (memberId.equals(intro.memberA)) {
                intro.memberA = null;
            }
            if (memberId.equals(intro.memberB)) {
                intro.memberB = null;
            }
            intro.aCanGiveJson = "[]";
            intro.bCanGiveJson = "[]";
        }
    }

    public List<String> aCanGive(Introduction intro) {
        return read(intro.aCanGiveJson);
    }

    public List<String> bCanGive(Introduction intro) {
        return read(intro.bCanGiveJson);
    }

    String write(List<String> tags) {
        try {
            return json.writeValueAsString(tags);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> read(String tags) {
        try {
            return json.readValue(tags, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored tags are not a JSON array", e);
        }
    }

    private Introduction lockForChange(UUID id, UUID memberId, String action) {
        Introduction intro = Introduction.<Introduction>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Introduction", id));
        if (!intro.involves(memberId)) {
            throw ProblemException.forbidden("Only the two members of an introduction may " + action + " it, each for themselves");
        }
        return intro;
    }

    /** Now, to the microsecond PostgreSQL keeps, so that a stored time reads back equal. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** The other member of an introduction than this one (null when that member was erased). */
    public UUID otherThan(Introduction intro, UUID memberId) {
        return intro.otherThan(memberId);
    }
}

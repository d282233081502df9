package org.givefirst.webhooks.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.givefirst.platform.contracts.FactTypes;
import org.givefirst.platform.paging.PageCursor;
import org.givefirst.platform.problem.ProblemException;
import org.givefirst.webhooks.config.WebhooksConfig;
import org.givefirst.webhooks.domain.TargetRules;
import org.givefirst.webhooks.domain.WebhookSecret;
import org.givefirst.webhooks.persistence.Delivery;
import org.givefirst.webhooks.persistence.Endpoint;

/** Registering, changing, rotating and removing the endpoints of a chapter. */
@ApplicationScoped
public class EndpointService {

    /** An endpoint with its secret in clear: answered once, at registration or rotation. */
    public record WithSecret(Endpoint endpoint, String secret) {
    }

    /** What a change sets; a null field stays as it is. */
    public record Change(String url, String description, List<String> factTypes, Boolean enabled) {
    }

    /** One page of endpoints and the cursor of the next one. */
    public record EndpointPage(List<Endpoint> endpoints, Optional<String> next) {
    }

    private final Access access;
    private final Targets targets;
    private final Clock clock;
    private final WebhooksConfig config;

    public EndpointService(Access access, Targets targets, Clock clock, WebhooksConfig config) {
        this.access = access;
        this.targets = targets;
        this.clock = clock;
        this.config = config;
    }

    @Transactional
    public WithSecret register(String chapter, String url, String description, List<String> factTypes) {
        access.requireOrganizerOf(chapter);
        Endpoint endpoint = new Endpoint();
        endpoint.id = UUID.randomUUID();
        endpoint.chapter = chapter;
        endpoint.url = checkedUrl(url);
        endpoint.description = description;
        endpoint.factTypes = knownTypes(factTypes);
        WebhookSecret secret = WebhookSecret.generate();
        endpoint.secret = secret.text();
        endpoint.createdBy = access.who();
        endpoint.createdAt = clock.instant();
        endpoint.persist();
        return new WithSecret(endpoint, secret.text());
    }

    @Transactional
    public Endpoint get(UUID id) {
        return access.endpoint(id);
    }

    @Transactional
    public EndpointPage list(String chapter, String cursor, int limit) {
        List<String> chapters = access.visibleChapters();
        if (chapter != null) {
            if (chapters != null && !chapters.contains(chapter)) {
                access.requireOrganizerOf(chapter);
            }
            chapters = List.of(chapter);
        }
        if (chapters != null && chapters.isEmpty()) {
            return new EndpointPage(List.of(), Optional.empty());
        }
        UUID after = cursor == null ? null : afterId(cursor);
        List<Endpoint> page = Endpoint.page(chapters, after, limit + 1);
        Optional<String> next = page.size() > limit ? Optional.of(PageCursor.encode(page.get(limit - 1).id.toString())) : Optional.empty();
        return new EndpointPage(page.subList(0, Math.min(limit, page.size())), next);
    }

    @Transactional
    public Endpoint change(UUID id, Change change) {
        Endpoint endpoint = access.endpoint(id);
        if (change.url() != null) {
            endpoint.url = checkedUrl(change.url());
        }
        if (change.description() != null) {
            endpoint.description = change.description();
        }
        if (change.factTypes() != null) {
            endpoint.factTypes = knownTypes(change.factTypes());
        }
        if (Boolean.TRUE.equals(change.enabled()) && !endpoint.enabled) {
            endpoint.enabled = true;
            endpoint.disabledReason = null;
            endpoint.disabledAt = null;
            // What waited while it was disabled goes now, with a new day of retries.
            Delivery.resumePending(endpoint.id, clock.instant());
        } else if (Boolean.FALSE.equals(change.enabled()) && endpoint.enabled) {
            endpoint.enabled = false;
            endpoint.disabledReason = "Disabled by " + access.who();
            endpoint.disabledAt = clock.instant();
        }
        return endpoint;
    }

    /** A new secret; the old one keeps signing beside it for {@code overlap} (zero: it stops now). */
    @Transactional
    public WithSecret rotate(UUID id, Duration overlap) {
        if (overlap.isNegative() || overlap.compareTo(config.maxSecretOverlap()) > 0) {
            throw ProblemException.invalid("overlap", "must be between PT0S and " + config.maxSecretOverlap());
        }
        Endpoint endpoint = access.endpoint(id);
        WebhookSecret secret = WebhookSecret.generate();
        Instant now = clock.instant();
        endpoint.previousSecret = overlap.isZero() ? null : endpoint.secret;
        endpoint.previousSecretUntil = overlap.isZero() ? null : now.plus(overlap);
        endpoint.secret = secret.text();
        return new WithSecret(endpoint, secret.text());
    }

    @Transactional
    public void remove(UUID id) {
        access.endpoint(id).delete();
    }

    private String checkedUrl(String url) {
        try {
            return targets.check(url).url().toString();
        } catch (TargetRules.Refused refused) {
            throw ProblemException.invalid("url", refused.getMessage());
        }
    }

    private static List<String> knownTypes(List<String> types) {
        for (int i = 0; i < types.size(); i++) {
            if (!FactTypes.all().contains(types.get(i))) {
                throw ProblemException.invalid("factTypes[" + i + "]", "is not a Givefirst fact type (see docs/asyncapi.yaml)");
            }
        }
        return List.copyOf(new LinkedHashSet<>(types));
    }

    private static UUID afterId(String cursor) {
        try {
            return UUID.fromString(PageCursor.decode(cursor, 1).get(0));
        } catch (IllegalArgumentException e) {
            throw PageCursor.invalid();
        }
    }
}

package org.givefirst.matching.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.UUID;

/** A member's contact details as members-service returns them to a service (unknown fields ignored). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MemberContact(UUID memberId, String displayName, String email) {
}

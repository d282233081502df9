package org.givefirst.members.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of gathering a member likes; small and quiet ones first. */
public enum EventFormat {
    @JsonProperty("coffee") COFFEE,
    @JsonProperty("breakfast") BREAKFAST,
    @JsonProperty("lunch") LUNCH,
    @JsonProperty("dinner") DINNER,
    @JsonProperty("walk_run_hike") WALK_RUN_HIKE,
    @JsonProperty("volunteering") VOLUNTEERING,
    @JsonProperty("class") CLASS,
    @JsonProperty("brainstorm_circle") BRAINSTORM_CIRCLE,
    @JsonProperty("social") SOCIAL
}

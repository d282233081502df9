package org.givefirst.examples;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One readable line for one introduction fact (a CloudEvent of {@code givefirst.introductions.v1}):
 * when, what happened, between whom, and around which gathering.
 *
 * <pre>
 * 2026-03-09 18:02:11Z  suggested  Ana Ribeiro &lt;-&gt; Bruno Costa  around "Coffee at Fábrica" (coffee, 2026-03-12 08:30Z) ...
 * 2026-03-10 07:45:03Z  made       Ana Ribeiro &lt;-&gt; Bruno Costa  both accepted, contact details shared  [introduction 1f6c...]
 * </pre>
 */
final class IntroductionLine {

    static final String TYPE_PREFIX = "org.givefirst.introduction.";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'");

    /** The kinds of introduction fact, by the middle part of their CloudEvent type, and how they are shown. */
    private static final Map<String, String> KINDS = Map.of(
            "suggested", "suggested",
            "accepted", "accepted",
            "declined", "declined",
            "made", "made",
            "expired", "expired",
            "feedback-given", "feedback",
            "withdrawn", "withdrawn");

    private final Function<String, Optional<String>> names;

    /** @param names a member's display name by member id, where known */
    IntroductionLine(Function<String, Optional<String>> names) {
        this.names = names;
    }

    /** The kind shown for a CloudEvent type, or empty for a type this example does not know. */
    static Optional<String> kindOf(String type) {
        if (type == null || !type.startsWith(TYPE_PREFIX)) {
            return Optional.empty();
        }
        String rest = type.substring(TYPE_PREFIX.length());
        int version = rest.lastIndexOf(".v");
        return Optional.ofNullable(KINDS.get(version < 0 ? rest : rest.substring(0, version)));
    }

    String format(JsonNode event) {
        String type = event.path("type").asText(null);
        JsonNode data = event.path("data");
        Optional<String> kind = kindOf(type);
        String when = time(event.path("time").asText(null));
        if (kind.isEmpty()) {
            return String.format("%s  %-9s  %s", when, "other", type + " " + data);
        }
        String introduction = text(data, "introductionId").orElse(event.path("subject").asText("?"));
        String body = switch (kind.get()) {
            case "suggested" -> pair(data) + "  " + suggestion(data);
            case "accepted" -> pair(data) + "  accepted by " + member(data, "acceptedBy")
                    + text(data, "waitingFor").map(w -> ", waiting for " + name(w)).orElse(", both accepted");
            case "declined" -> pair(data) + "  declined by " + member(data, "declinedBy");
            case "made" -> pair(data) + "  both accepted, contact details shared"
                    + text(data, "gatheringEventId").map(e -> ", to meet at event " + e).orElse("");
            case "expired" -> pair(data) + "  " + expiry(data);
            case "feedback" -> member(data, "memberId") + " -> " + member(data, "otherMemberId")
                    + "  met: " + yesNo(data.path("met")) + ", " + member(data, "otherMemberId") + " helped: " + yesNo(data.path("otherHelped"));
            case "withdrawn" -> "closed" + text(data, "reason").map(r -> ": " + r).orElse("");
            default -> data.toString();
        };
        return String.format("%s  %-9s  %s  [introduction %s]", when, kind.get(), body, introduction);
    }

    private String pair(JsonNode data) {
        return member(data, "memberA") + " <-> " + member(data, "memberB");
    }

    private String suggestion(JsonNode data) {
        List<String> parts = new ArrayList<>();
        JsonNode gathering = data.path("gathering");
        if (gathering.isObject()) {
            StringBuilder where = new StringBuilder("around ");
            where.append(text(gathering, "title").map(t -> "\"" + t + "\"").orElse("event " + gathering.path("eventId").asText()));
            List<String> about = new ArrayList<>();
            text(gathering, "format").ifPresent(about::add);
            text(gathering, "startsAt").map(IntroductionLine::minute).ifPresent(about::add);
            if (!about.isEmpty()) {
                where.append(" (").append(String.join(", ", about)).append(")");
            }
            parts.add(where.toString());
        }
        String a = member(data, "memberA");
        String b = member(data, "memberB");
        if (data.path("aCanGiveB").size() > 0) {
            parts.add(a + " gives " + join(data.path("aCanGiveB")));
        }
        if (data.path("bCanGiveA").size() > 0) {
            parts.add(b + " gives " + join(data.path("bCanGiveA")));
        }
        text(data, "chapter").ifPresent(chapter -> parts.add("chapter " + chapter));
        text(data, "roundId").ifPresent(round -> parts.add("round " + round));
        return String.join("; ", parts);
    }

    private String expiry(JsonNode data) {
        List<String> accepted = new ArrayList<>();
        data.path("acceptedBy").forEach(id -> accepted.add(name(id.asText())));
        return accepted.isEmpty() ? "neither answered in time" : "only " + String.join(", ", accepted) + " accepted in time";
    }

    private String member(JsonNode data, String field) {
        return text(data, field).map(this::name).orElse("?");
    }

    private String name(String memberId) {
        return names.apply(memberId).orElse(memberId);
    }

    private static String join(JsonNode values) {
        List<String> texts = new ArrayList<>();
        values.forEach(v -> texts.add(v.asText()));
        return String.join(", ", texts);
    }

    private static String yesNo(JsonNode value) {
        return value.isBoolean() ? (value.asBoolean() ? "yes" : "no") : "?";
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() && !value.asText().isEmpty() ? Optional.of(value.asText()) : Optional.empty();
    }

    private static String time(String value) {
        if (value == null) {
            return "????-??-?? ??:??:??Z";
        }
        try {
            return TIME.format(OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    private static String minute(String value) {
        try {
            return MINUTE.format(OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return value;
        }
    }
}

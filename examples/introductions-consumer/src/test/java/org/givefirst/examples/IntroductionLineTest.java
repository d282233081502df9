package org.givefirst.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class IntroductionLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANA = "5b0e8f3e-6a7c-4a43-9c1e-0d6f3a2b9f10";
    private static final String BRUNO = "a2c4e6f8-1b3d-4f5a-8c7e-9d0b2a4c6e8f";

    private final MemberNames names = new MemberNames();
    private final IntroductionLine line = new IntroductionLine(names::of);

    @Test
    void madeIntroductionIsOneLineWithTimeKindMembersAndGathering() {
        assertEquals("2026-03-10 07:45:03Z  made       " + ANA + " <-> " + BRUNO
                + "  both accepted, contact details shared, to meet at event c0ffee00-1234-4a5b-8c9d-0e1f2a3b4c5d"
                + "  [introduction 1f6c3b2a-8d4e-4f7a-9b1c-2e3d4f5a6b7c]", line.format(sample("introduction-made.v1.json")));
    }

    @Test
    void membersAreShownByNameOnceTheirFactsWereRead() {
        names.apply(sample("member-registered.v1.json"));
        String text = line.format(sample("introduction-made.v1.json"));
        assertTrue(text.contains("  Ana Ribeiro <-> " + BRUNO + "  "), text);
    }

    @Test
    void anErasedMemberIsShownByIdAgain() {
        names.apply(sample("member-registered.v1.json"));
        names.apply(JSON.createObjectNode().put("type", "org.givefirst.member.erased.v1").put("subject", ANA)
                .set("data", JSON.createObjectNode().put("memberId", ANA)));
        assertTrue(line.format(sample("introduction-made.v1.json")).contains("  " + ANA + " <-> "));
    }

    @Test
    void suggestionShowsTheGatheringAndWhatEachSideCanGive() {
        names.apply(sample("member-registered.v1.json"));
        assertEquals("2026-03-09 18:02:11Z  suggested  Ana Ribeiro <-> " + BRUNO
                + "  around \"Coffee at Fábrica\" (coffee, 2026-03-12 08:30Z); Ana Ribeiro gives wholesale-bakery; "
                + BRUNO + " gives cafes; chapter lisbon; round 7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"
                + "  [introduction 1f6c3b2a-8d4e-4f7a-9b1c-2e3d4f5a6b7c]", line.format(sample("introduction-suggested.v1.json")));
    }

    @Test
    void feedbackSaysWhoMetAndWhetherTheOtherHelped() {
        names.apply(sample("member-registered.v1.json"));
        String text = line.format(sample("introduction-feedback-given.v1.json"));
        assertTrue(text.startsWith("2026-03-13 12:00:00Z  feedback   " + BRUNO + " -> Ana Ribeiro  met: yes, Ana Ribeiro helped: yes"), text);
    }

    @Test
    void acceptanceSaysWhoIsStillAwaited() {
        ObjectNode event = sample("introduction-made.v1.json");
        event.put("type", "org.givefirst.introduction.accepted.v1");
        ((ObjectNode) event.get("data")).put("acceptedBy", ANA).put("waitingFor", BRUNO);
        assertTrue(line.format(event).contains("accepted by " + ANA + ", waiting for " + BRUNO), line.format(event));
        ((ObjectNode) event.get("data")).putNull("waitingFor");
        assertTrue(line.format(event).contains("accepted by " + ANA + ", both accepted"), line.format(event));
    }

    @Test
    void expiryNamesWhoAcceptedInTime() {
        ObjectNode event = sample("introduction-made.v1.json");
        event.put("type", "org.givefirst.introduction.expired.v1");
        ((ObjectNode) event.get("data")).putArray("acceptedBy").add(BRUNO);
        assertTrue(line.format(event).contains("expired    " + ANA + " <-> " + BRUNO + "  only " + BRUNO + " accepted in time"));
        ((ObjectNode) event.get("data")).putArray("acceptedBy");
        assertTrue(line.format(event).contains("neither answered in time"));
    }

    @Test
    void anUnknownTypeIsStillPrintedWithItsData() {
        ObjectNode event = sample("introduction-made.v1.json");
        event.put("type", "org.givefirst.introduction.rescheduled.v1");
        String text = line.format(event);
        assertTrue(text.startsWith("2026-03-10 07:45:03Z  other      org.givefirst.introduction.rescheduled.v1 {"), text);
    }

    /** Every type matching-service publishes (platform's FactTypes catalogue) gets a line of its own kind, and every published sample formats. */
    @Test
    void everyIntroductionTypeMatchingPublishesIsKnown() throws IOException {
        Path root = repositoryRoot();
        String facts = Files.readString(root.resolve("platform/src/main/java/org/givefirst/platform/contracts/FactTypes.java"));
        Matcher constant = Pattern.compile("\"(org\\.givefirst\\.introduction\\.[a-z-]+\\.v\\d+)\"").matcher(facts);
        List<String> types = new ArrayList<>();
        while (constant.find()) {
            types.add(constant.group(1));
        }
        assertTrue(types.size() >= 6, "types found in FactTypes: " + types);
        types.forEach(type -> assertTrue(IntroductionLine.kindOf(type).isPresent(), type));

        Path samples = root.resolve("docs/events/introductions/samples");
        if (Files.isDirectory(samples)) {
            try (Stream<Path> files = Files.list(samples)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                    JsonNode event = JSON.readTree(file.toFile());
                    assertTrue(IntroductionLine.kindOf(event.path("type").asText()).isPresent(), file.toString());
                    assertTrue(line.format(event).contains("[introduction "), file + ": " + line.format(event));
                }
            }
        }
    }

    @Test
    void aRecordThatIsNotACloudEventIsSkippedWithAWarning() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(IntroductionsConsumer.INTRODUCTIONS, 2, 41L, "key",
                "not json".getBytes(StandardCharsets.UTF_8));
        assertNull(IntroductionsConsumer.parse(record, new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("skipped givefirst.introductions.v1-2@41"));
    }

    @Test
    void optionsDefaultToTheLocalBrokerFromTheBeginningWithNames() {
        assertEquals(new IntroductionsConsumer.Options("localhost:9092", true, true), IntroductionsConsumer.Options.parse(new String[0], Map.of()));
        assertEquals(new IntroductionsConsumer.Options("kafka:19092", true, true),
                IntroductionsConsumer.Options.parse(new String[0], Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka:19092")));
        assertEquals(new IntroductionsConsumer.Options("broker:9092", false, false),
                IntroductionsConsumer.Options.parse(new String[] {"--bootstrap", "broker:9092", "--from-now", "--no-names"}, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> IntroductionsConsumer.Options.parse(new String[] {"--bootstrap"}, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> IntroductionsConsumer.Options.parse(new String[] {"--follow"}, Map.of()));
    }

    private static ObjectNode sample(String name) {
        try (InputStream in = IntroductionLineTest.class.getResourceAsStream("/samples/" + name)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("matching-service"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new AssertionError("no repository root above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}

package org.givefirst.matching.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.givefirst.matching.domain.Community;
import org.givefirst.matching.domain.MemberProfile;
import org.givefirst.matching.domain.Objective;
import org.givefirst.matching.domain.PairGraph;
import org.givefirst.matching.domain.Suggestion;
import org.givefirst.matching.domain.Suggestions;
import org.givefirst.matching.domain.TextAnalyzer;

/**
 * Recall of text-aware matching on the labelled set in {@code text-recall/} (members and labelled
 * pairs written by hand): how many of the pairs labelled "meet" become two-way pairs, and rank in the
 * top 3 suggestions of one of the two, with tags only, with the English analysis without synonyms,
 * and with the shipped synonym list; and that no pair labelled "no-pair" (one-way or vague) ever
 * becomes a pair.
 *
 * <pre>java -cp matching-benchmarks/target/benchmarks.jar org.givefirst.matching.bench.TextRecallReport</pre>
 */
public final class TextRecallReport {

    private static final String DATA = "text-recall/";

    private TextRecallReport() {
    }

    /** A labelled pair. */
    record Label(String a, String b, boolean meet) {
    }

    public static void main(String[] args) {
        Map<String, MemberProfile> members = members();
        List<Label> labels = labels();
        Map<String, TextAnalyzer> configs = new LinkedHashMap<>();
        configs.put("tags only", null);
        configs.put("text, stems, no synonyms", TextAnalyzer.english(""));
        configs.put("text, stems and shipped synonyms", TextAnalyzer.withDefaultSynonyms());
        long meetCount = labels.stream().filter(Label::meet).count();
        long noPairCount = labels.size() - meetCount;
        System.out.printf(Locale.ROOT, "Labelled set: %d members, %d pairs labelled meet, %d labelled no-pair%n%n",
                members.size(), meetCount, noPairCount);
        System.out.println("| matching | meet pairs found (two-way) | meet pairs in a top 3 | no-pair labels made pairs | pairs in all | mean suggestions per member |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (Map.Entry<String, TextAnalyzer> config : configs.entrySet()) {
            Community community = Community.builder().members(members.values()).textAnalyzer(config.getValue()).build();
            Suggestions suggestions = new Suggestions(community);
            PairGraph graph = PairGraph.eligible(community);
            int found = 0;
            int top3 = 0;
            int wrong = 0;
            List<String> missed = new ArrayList<>();
            for (Label label : labels) {
                MemberProfile a = members.get(label.a());
                MemberProfile b = members.get(label.b());
                boolean pair = graph.edgeBetween(graph.vertex(a.memberId()), graph.vertex(b.memberId())) >= 0;
                if (label.meet()) {
                    found += pair ? 1 : 0;
                    boolean ranked = top(suggestions, a, 3).contains(b.memberId()) || top(suggestions, b, 3).contains(a.memberId());
                    top3 += ranked ? 1 : 0;
                    if (!pair) {
                        missed.add(label.a() + "–" + label.b());
                    }
                } else if (pair) {
                    wrong++;
                    System.err.println(config.getKey() + ": no-pair label made a pair: " + label.a() + "–" + label.b());
                }
            }
            double meanSuggestions = members.values().stream()
                    .mapToInt(m -> suggestions.forMember(m.memberId(), 50).size()).average().orElse(0);
            System.out.printf(Locale.ROOT, "| %s | %d / %d | %d / %d | %d / %d | %d | %.2f |%n", config.getKey(), found,
                    meetCount, top3, meetCount, wrong, noPairCount, graph.edgeCount(), meanSuggestions);
            if (!missed.isEmpty()) {
                System.err.println(config.getKey() + " missed: " + String.join(", ", missed));
            }
        }
    }

    private static List<UUID> top(Suggestions suggestions, MemberProfile member, int limit) {
        return suggestions.forMember(member.memberId(), limit).stream().map(Suggestion::otherMemberId).toList();
    }

    static Map<String, MemberProfile> members() {
        Map<String, MemberProfile> members = new LinkedHashMap<>();
        for (String[] row : rows("members.tsv", 6)) {
            UUID id = UUID.nameUUIDFromBytes(row[0].getBytes(StandardCharsets.UTF_8));
            Objective objective = new Objective(split(row[3]), 3, 70, row[4], row[5]);
            members.put(row[0], MemberProfile.builder(id).chapters("labelled").offers(split(row[1]))
                    .offerDescriptions(row[2]).objectives(objective).build());
        }
        return members;
    }

    static List<Label> labels() {
        return rows("pairs.tsv", 3).stream().map(row -> new Label(row[0], row[1], row[2].equals("meet"))).toList();
    }

    private static Set<String> split(String tags) {
        return Arrays.stream(tags.split(";")).map(String::strip).filter(t -> !t.isEmpty()).collect(Collectors.toSet());
    }

    private static List<String[]> rows(String file, int columns) {
        try (InputStream in = TextRecallReport.class.getResourceAsStream(DATA + file)) {
            if (in == null) {
                throw new IllegalStateException(DATA + file + " is missing");
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = Arrays.copyOf(line.split("\t", -1), columns);
                for (int i = 0; i < columns; i++) {
                    row[i] = row[i] == null ? "" : row[i].strip();
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.givefirst.matching.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.givefirst.matching.config.MatchingConfig;
import org.givefirst.matching.domain.TextAnalyzer;

/**
 * The deployment's text analyzer, built once: the English analysis with the shipped synonym list, or
 * with {@code givefirst.matching.text.synonyms-file}; none when {@code givefirst.matching.text.enabled=false}.
 * An unreadable or invalid synonym file fails at start-up, not at the first round.
 */
@ApplicationScoped
public class TextAnalysis {

    private final TextAnalyzer analyzer;

    public TextAnalysis(MatchingConfig config) {
        if (!config.text().enabled()) {
            this.analyzer = null;
        } else if (config.text().synonymsFile().isPresent()) {
            try (Reader rules = Files.newBufferedReader(Path.of(config.text().synonymsFile().get()), StandardCharsets.UTF_8)) {
                this.analyzer = TextAnalyzer.english(rules);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read givefirst.matching.text.synonyms-file", e);
            }
        } else {
            this.analyzer = TextAnalyzer.withDefaultSynonyms();
        }
    }

    public Optional<TextAnalyzer> analyzer() {
        return Optional.ofNullable(analyzer);
    }
}

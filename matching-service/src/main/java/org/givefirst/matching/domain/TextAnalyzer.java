package org.givefirst.matching.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Turns tags and free text into comparable terms with Lucene's English analysis: the standard
 * tokenizer, English possessives removed, lower-casing, the Porter stemmer, then a synonym list,
 * then English stop words and a few words every networking objective uses ("help", "looking",
 * "meet", ...). "Writing grants" and "grant writing" both become {grant, write}; with the synonym
 * line {@code fundraising, fund raising}, "fund raising" becomes {fundrais} like "fundraising".
 *
 * <p>The synonym list is an input (Solr format: {@code a, b, c} makes b and c mean a;
 * {@code a => b} maps a to b), so each deployment can edit it; {@link #withDefaultSynonyms()} uses the
 * list shipped with matching ({@code default-synonyms.txt} beside this class). Synonym rules are
 * analysed with the same chain before the synonym step, so they are written in plain words.
 *
 * <p>Thread-safe; analysed strings are cached (tags repeat across members).
 */
public final class TextAnalyzer {

    public static final String DEFAULT_SYNONYMS_RESOURCE = "default-synonyms.txt";

    /** Words too common in networking objectives to say anything about a match. */
    public static final List<String> NETWORKING_STOP_WORDS = List.of("help", "helping", "looking", "look", "meet",
            "meeting", "people", "person", "someone", "anyone", "need", "want", "like", "would", "could", "get",
            "find", "new", "also", "can", "will", "who", "what", "where", "know", "interested", "share", "etc");

    private static final int MAX_CACHED = 200_000;

    private final Analyzer analyzer;
    private final Set<String> stopTerms;
    private final ConcurrentHashMap<String, List<String>> cache = new ConcurrentHashMap<>();

    private TextAnalyzer(SynonymMap synonyms) {
        Analyzer stemming = stemmingAnalyzer();
        this.analyzer = synonyms == null || synonyms.fst == null ? stemming : new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new SynonymGraphFilter(stemmed(source), synonyms, true));
            }
        };
        Set<String> stops = new HashSet<>();
        List<String> words = new ArrayList<>(NETWORKING_STOP_WORDS);
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(word -> words.add(new String((char[]) word)));
        for (String word : words) {
            stops.addAll(analyse(stemming, word));
        }
        this.stopTerms = Collections.unmodifiableSet(stops);
    }

    /** An English analyzer with these synonym rules (Solr format). */
    public static TextAnalyzer english(Reader synonymRules) {
        try {
            SolrSynonymParser parser = new SolrSynonymParser(true, false, stemmingAnalyzer());
            parser.parse(synonymRules);
            return new TextAnalyzer(parser.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalArgumentException("invalid synonym list at line " + e.getErrorOffset() + ": "
                    + e.getMessage(), e);
        }
    }

    /** An English analyzer with these synonym rules (Solr format). */
    public static TextAnalyzer english(String synonymRules) {
        return english(new StringReader(synonymRules));
    }

    /** An English analyzer with the synonym list shipped with matching. */
    public static TextAnalyzer withDefaultSynonyms() {
        return english(defaultSynonyms());
    }

    /** The synonym list shipped with matching, to start a deployment's own from. */
    public static String defaultSynonyms() {
        try (InputStream in = TextAnalyzer.class.getResourceAsStream(DEFAULT_SYNONYMS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_SYNONYMS_RESOURCE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The distinct terms of a text, in order of appearance; stop words removed. */
    public List<String> terms(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> cached = cache.get(text);
        if (cached != null) {
            return cached;
        }
        LinkedHashSet<String> terms = new LinkedHashSet<>(analyse(analyzer, text));
        terms.removeAll(stopTerms);
        List<String> result = List.copyOf(terms);
        if (cache.size() < MAX_CACHED) {
            cache.put(text, result);
        }
        return result;
    }

    /** The terms of a tag: dashes and underscores read as spaces ("grant-writing" is "grant writing"). */
    public List<String> tagTerms(String tag) {
        return terms(tag == null ? null : tag.replace('-', ' ').replace('_', ' ').toLowerCase(Locale.ROOT));
    }

    private static Analyzer stemmingAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, stemmed(source));
            }
        };
    }

    private static TokenStream stemmed(Tokenizer source) {
        return new PorterStemFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
    }

    private static List<String> analyse(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.length() > 0) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}

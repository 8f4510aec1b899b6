package app.corroborate.facts;

import app.corroborate.source.SourceDocument;
import app.corroborate.text.NameFinder;
import app.corroborate.text.NumberPhrases;
import app.corroborate.text.Quotations;
import app.corroborate.text.Span;
import app.corroborate.text.TokenDictionary;
import app.corroborate.text.Tokenizer;
import app.corroborate.text.Tokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A source read for fact checking: its story sentences with their figures, quotations, names and attributions,
 * and the names and words it uses anywhere. Built once per source and shared by every rule.
 *
 * <p>Guarantees: spans index the source's extracted text; token ids come from the dictionary shared by all
 * analyses of one run, so words compare across sources by id. Linear in the size of the source.
 */
public final class DocumentAnalysis {

    private final SourceDocument document;
    private final TokenDictionary dictionary;
    private final Tokens tokens;
    private final List<SentenceInfo> sentences = new ArrayList<>();
    private final Set<String> nameKeys = new HashSet<>();
    private final Set<String> nameWords = new HashSet<>();
    private final Set<String> words = new HashSet<>();
    private final Set<String> stems = new HashSet<>();
    private Set<String> joinedNames;
    private int firstYear = -1;

    public DocumentAnalysis(SourceDocument document, TokenDictionary dictionary) {
        this.document = document;
        this.dictionary = dictionary;
        this.tokens = new Tokenizer(dictionary).tokenize(document.text());
        Set<Integer> inner = NameFinder.innerCapitalised(document.text(), tokens, document.sentences());
        NumberPhrases numbers = new NumberPhrases(dictionary);
        NameFinder names = new NameFinder(dictionary);
        AttributionFinder attributions = new AttributionFinder(dictionary);
        String text = document.text();
        for (Span s : document.sentences()) {
            int from = tokens.firstStartingAtOrAfter(s.start());
            int to = Math.max(from, tokens.firstStartingAtOrAfter(s.end()));
            List<NameFinder.Name> found = names.find(text, tokens, from, to, inner);
            found.forEach(n -> {
                nameKeys.add(n.key());
                nameWords.addAll(n.words());
            });
            for (int i = from; i < to; i++) {
                words.add(form(i));
                stems.add(app.corroborate.text.Stemmer.stem(form(i)));
            }
            sentences.add(new SentenceInfo(sentences.size(), s, from, to, numbers.find(tokens, from, to),
                    Quotations.find(text, s.start(), s.end()), found, attributions.find(text, tokens, from, to),
                    isHeadline(s)));
        }
    }

    private boolean isHeadline(Span s) {
        String t = s.of(document.text()).strip();
        char last = t.isEmpty() ? '.' : t.charAt(t.length() - 1);
        boolean stop = last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201D'
                || last == ':' || last == '\'' || last == '\u2019';
        return !stop && t.split("\\s+").length <= 20;
    }

    public SourceDocument document() {
        return document;
    }

    public String text() {
        return document.text();
    }

    public Tokens tokens() {
        return tokens;
    }

    public List<SentenceInfo> sentences() {
        return sentences;
    }

    public SentenceInfo sentence(int index) {
        return sentences.get(index);
    }

    /** Lower-case form of token {@code i}. */
    public String form(int i) {
        return dictionary.form(tokens.id(i)).toLowerCase(Locale.ROOT);
    }

    /** True if the source writes this name (lower-case words joined by spaces) anywhere in its story. */
    public boolean hasName(String key) {
        return nameKeys.contains(key);
    }

    public Set<String> nameKeys() {
        return nameKeys;
    }

    /** The first year the story mentions, or 0 (computed once). */
    public int firstYear() {
        if (firstYear < 0) {
            firstYear = 0;
            for (SentenceInfo s : sentences) {
                for (DateMentions.Mention m : DateMentions.in(this, s)) {
                    if (m.year() > 0) {
                        firstYear = m.year();
                        return firstYear;
                    }
                }
            }
        }
        return firstYear;
    }

    /** Every name of the source written as one plain word ("Piet van der Molen": "pietvandermolen"). */
    public Set<String> joinedNames() {
        if (joinedNames == null) {
            Set<String> out = new HashSet<>();
            for (String key : nameKeys) {
                out.add(Spelling.plain(key.replace(" ", "")));
            }
            joinedNames = out;
        }
        return joinedNames;
    }

    /** True if any name of the source contains this word. */
    public boolean hasNameWord(String word) {
        return nameWords.contains(word);
    }

    /** True if the story uses this word (lower-case normalised form) anywhere. */
    public boolean hasWord(String word) {
        return words.contains(word);
    }

    /** The story sentence containing {@code offset}, or null. */
    public SentenceInfo sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid).span();
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return sentences.get(mid);
            }
        }
        return null;
    }

    /** True if the story uses a word with this stem anywhere. */
    public boolean hasStem(String stem) {
        return stems.contains(stem);
    }

    /** Token indices {@code [from, to)} covered by a span of the text. */
    public int[] tokenRange(Span span) {
        int from = tokens.firstStartingAtOrAfter(span.start());
        int to = Math.max(from, tokens.firstStartingAtOrAfter(span.end()));
        return new int[] {from, to};
    }
}

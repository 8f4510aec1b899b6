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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A source read for fact checking: its story sentences with their figures (telephone numbers left out),
 * quotations, names and attributions, and the names and words it uses anywhere. Built once per source and shared
 * by every rule.
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
    private final String[] lower;
    /** By token id: the stem of the form, filled for every form of the story sentences (see {@link #stem}). */
    private final String[] stemById;

    private final Memo<DocumentAnalysis> memo = new Memo<>();

    public DocumentAnalysis(SourceDocument document, TokenDictionary dictionary) {
        this(document, dictionary, new Tokenizer(dictionary).tokenize(document.text()));
    }

    /**
     * The analysis of a source already tokenised with {@code dictionary}. Reads the dictionary without adding to
     * it, so that several sources sharing one dictionary can be analysed at once on several threads.
     */
    public DocumentAnalysis(SourceDocument document, TokenDictionary dictionary, Tokens tokens) {
        this.document = document;
        this.dictionary = dictionary;
        this.tokens = tokens;
        this.lower = lowerForms(tokens, dictionary);
        Set<Integer> inner = NameFinder.innerCapitalised(document.text(), tokens, document.sentences());
        NumberPhrases numbers = new NumberPhrases(dictionary);
        NameFinder names = new NameFinder(dictionary);
        AttributionFinder attributions = new AttributionFinder(dictionary);
        String text = document.text();
        List<List<Quotations.Quotation>> quotes = quotationsBySentence(text, document.sentences());
        List<Span> phones = app.corroborate.text.PhoneNumbers.find(text); // no figures of the story
        Set<Integer> threads = OutlineLabels.threadTotals(text); // a thread's post counters are no figures
        stemById = new String[dictionary.size()];
        for (Span s : document.sentences()) {
            int from = tokens.firstStartingAtOrAfter(s.start());
            int to = Math.max(from, tokens.firstStartingAtOrAfter(s.end()));
            List<NameFinder.Name> found = names.find(text, tokens, from, to, inner);
            found.forEach(n -> {
                nameKeys.add(n.key());
                nameWords.addAll(n.words());
                n.words().stream()
                        .filter(w -> w.indexOf('-') > 0)
                        .forEach(w -> nameWords.addAll(java.util.Arrays.asList(w.split("-+"))));
            });
            for (int i = from; i < to; i++) {
                if (stemById[tokens.id(i)] == null) {
                    stemById[tokens.id(i)] = app.corroborate.text.Stemmer.stem(form(i));
                    words.add(form(i));
                    stems.add(stemById[tokens.id(i)]);
                }
            }
            int body = OutlineLabels.after(text, tokens, from, to, threads);
            sentences.add(new SentenceInfo(
                    sentences.size(),
                    s,
                    from,
                    to,
                    app.corroborate.text.PhoneNumbers.without(numbers.find(tokens, body, to), phones),
                    quotes.get(sentences.size()),
                    found,
                    attributions.find(text, tokens, body, to),
                    isHeadline(s)));
        }
        speechAcrossSentences();
    }

    /**
     * A sentence inside a quotation that runs on into the next sentence ("This was not an accident. Somebody set
     * out poisoned bait ...," she said) is spoken by the speaker the quotation's last sentence names.
     */
    private void speechAcrossSentences() {
        for (int i = sentences.size() - 2; i >= 0; i--) {
            SentenceInfo s = sentences.get(i);
            SentenceInfo next = sentences.get(i + 1);
            boolean runsOn = s.quotations().stream()
                    .anyMatch(q -> q.outer().end() > s.span().end()
                            && q.outer().end() <= next.span().end());
            if (s.attribution() == null && next.attribution() != null && runsOn) {
                sentences.set(
                        i,
                        new SentenceInfo(
                                s.index(),
                                s.span(),
                                s.tokenFrom(),
                                s.tokenTo(),
                                s.numbers(),
                                s.quotations(),
                                s.names(),
                                next.attribution(),
                                s.headline()));
            }
        }
    }

    /**
     * The quotations of the text, each given to the sentence where it opens: a quotation of several sentences
     * ("This is not a war on cars. It is a plan ...," she said) is one quotation, not two broken halves.
     */
    private static List<List<Quotations.Quotation>> quotationsBySentence(String text, List<Span> sentences) {
        List<List<Quotations.Quotation>> out = new ArrayList<>();
        sentences.forEach(s -> out.add(new ArrayList<>()));
        int k = 0;
        for (Quotations.Quotation q : Quotations.find(text)) {
            while (k < sentences.size() && sentences.get(k).end() <= q.outer().start()) {
                k++;
            }
            if (k < sentences.size() && sentences.get(k).start() <= q.outer().start()) {
                out.get(k).add(q);
            }
        }
        return out;
    }

    /** A line without a final stop up to this long is a headline or subhead, not a statement. */
    static final int HEADLINE_WORDS = 20;
    /** A line this short ending in a colon is a label ("Filed:", "Read more:"), not a statement. */
    static final int LABEL_WORDS = 3;

    private boolean isHeadline(Span s) {
        String text = document.text();
        int from = s.start();
        int to = s.end();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        char last = from == to ? '.' : text.charAt(to - 1);
        boolean closingQuote = last == '"' || last == '\u201D' || last == '\'' || last == '\u2019';
        if (closingQuote && to - from > 1 && Character.isLetterOrDigit(text.charAt(to - 2))) {
            last = text.charAt(to - 2); // a heading ending on a quoted phrase: "Farmers: 'point of no return'"
        }
        boolean stop = last == '.'
                || last == '!'
                || last == '?'
                || last == '"'
                || last == '\u201D'
                || last == ':'
                || last == '\''
                || last == '\u2019';
        int words = app.corroborate.text.SpacedWords.count(text, from, to);
        return !stop && words <= HEADLINE_WORDS || last == ':' && words <= LABEL_WORDS;
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
        return lower[i];
    }

    /** The stem of token {@code i}'s lower-case form (see {@link app.corroborate.text.Stemmer}). */
    public String stem(int i) {
        int id = tokens.id(i);
        String known = id < stemById.length ? stemById[id] : null;
        return known != null ? known : app.corroborate.text.Stemmer.stem(lower[i]);
    }

    private static String[] lowerForms(Tokens tokens, TokenDictionary dictionary) {
        String[] byId = new String[dictionary.size()];
        String[] out = new String[tokens.count()];
        for (int i = 0; i < out.length; i++) {
            int id = tokens.id(i);
            if (byId[id] == null) {
                byId[id] = dictionary.form(id).toLowerCase(Locale.ROOT);
            }
            out[i] = byId[id];
        }
        return out;
    }

    /**
     * A value derived from this source once and kept (an index a reader builds over the whole source): {@code key}
     * names it, {@code compute} builds it on first use. Lets readers answer "does the source say X anywhere" in
     * constant time instead of scanning the source for every question.
     */
    public <T> T memo(Object key, java.util.function.Function<DocumentAnalysis, T> compute) {
        return memo.get(key, this, compute);
    }

    /** The content words of a span (see {@link ContentWords#of}), computed once per span. */
    Set<String> contentWords(Span span) {
        Map<Span, Set<String>> words = memo(ContentWords.class, d -> new ConcurrentHashMap<>());
        Set<String> found = words.get(span);
        if (found == null) {
            found = ContentWords.compute(this, span);
            words.put(span, found);
        }
        return found;
    }

    /** The calendar mentions of a story sentence (see {@link DateMentions#in}), read once. */
    public List<DateMentions.Mention> dates(SentenceInfo s) {
        List<List<DateMentions.Mention>> all = memo(DateMentions.class, d -> {
            List<List<DateMentions.Mention>> out = new ArrayList<>();
            for (SentenceInfo x : d.sentences()) {
                out.add(DateMentions.read(d, x));
            }
            return out;
        });
        return all.get(s.index());
    }

    /**
     * The figures of the story that may be the same quantity as {@code f}: equal value, or equal duration in
     * hours. Callers test the exact relation they need on these candidates.
     */
    public List<Figures.Figure> figuresLike(Figures.Figure f) {
        return FigureIndex.of(this).like(f);
    }

    /** The figures of the story whose value rounds to this round value at its significant digits (see FigureIndex). */
    public List<Figures.Figure> figuresRoundingTo(double value) {
        return FigureIndex.of(this).roundingTo(value);
    }

    /** The figures of the story with this value (low and high ends of a range). */
    public List<Figures.Figure> figuresValued(double low, double high) {
        return FigureIndex.of(this).valued(low, high);
    }

    /** The story's quotes (see {@link Quotes}) whose words are one quote with these (see {@link Quotes#SAME_QUOTE}). */
    public List<QuoteAt> quotesLike(Set<String> words) {
        SimilarSets<QuoteAt> index = memo(QuoteAt.class, d -> {
            List<QuoteAt> quotes = new ArrayList<>();
            List<Set<String>> sets = new ArrayList<>();
            for (SentenceInfo s : d.sentences()) {
                for (app.corroborate.text.Quotations.Quotation q : Quotes.of(d, s)) {
                    quotes.add(new QuoteAt(s, q));
                    sets.add(ContentWords.of(d, q.inner()));
                }
            }
            return SimilarSets.of(Quotes.SAME_QUOTE, quotes, sets);
        });
        return index.like(words);
    }

    /** A quote and the sentence that holds it. */
    public record QuoteAt(SentenceInfo sentence, app.corroborate.text.Quotations.Quotation quote) {}

    /** True if the source writes this name (lower-case words joined by spaces) anywhere in its story. */
    public boolean hasName(String key) {
        return nameKeys.contains(key);
    }

    public Set<String> nameKeys() {
        return nameKeys;
    }

    /** The first year the story mentions, or 0 (computed once). */
    public int firstYear() {
        return memo(FIRST_YEAR, d -> {
            for (SentenceInfo s : d.sentences) {
                for (DateMentions.Mention m : d.dates(s)) {
                    if (m.year() > 0) {
                        return m.year();
                    }
                }
            }
            return 0;
        });
    }

    private static final String FIRST_YEAR = "first year";
    private static final String JOINED_NAMES = "joined names";

    /** Every name of the source written as one plain word ("Piet van der Molen": "pietvandermolen"). */
    public Set<String> joinedNames() {
        return memo(JOINED_NAMES, d -> {
            Set<String> out = new HashSet<>();
            for (String key : d.nameKeys) {
                out.add(Spelling.plain(key.replace(" ", "")));
            }
            return Set.copyOf(out);
        });
    }

    /**
     * True if any name of the source contains this word. A double-barrelled name is one name with or without its
     * hyphen: "Ruiz-Vega" matches a name with "Ruiz" and "Vega" as words, and either part matches "Ruiz-Vega".
     */
    public boolean hasNameWord(String word) {
        return nameWords.contains(word)
                || word.indexOf('-') > 0
                        && java.util.Arrays.stream(word.split("-+"))
                                .allMatch(p -> p.isEmpty() || nameWords.contains(p));
    }

    /**
     * True if a name of the story has a word that {@code word} spells another way (Nushki for Noshki, Dumagsay
     * for Dumagsa; see {@link Spelling#variants}).
     */
    public boolean hasNameWordSpelledLike(String word) {
        String w = Spelling.plain(word);
        if (w.isEmpty()) {
            return false;
        }
        Map<Character, List<String>> byInitial = memo(NAME_WORDS_BY_INITIAL, d -> {
            Map<Character, List<String>> out = new HashMap<>();
            d.nameKeys.stream()
                    .flatMap(k -> java.util.Arrays.stream(k.split(" ")))
                    .map(Spelling::plain)
                    .filter(x -> !x.isEmpty())
                    .distinct()
                    .forEach(x -> out.computeIfAbsent(x.charAt(0), c -> new ArrayList<>())
                            .add(x));
            return out;
        });
        return byInitial.getOrDefault(w.charAt(0), List.of()).stream()
                .anyMatch(known -> Math.abs(known.length() - w.length()) <= 2 && Spelling.variants(known, word));
    }

    private static final String NAME_WORDS_BY_INITIAL = "name words by initial";

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

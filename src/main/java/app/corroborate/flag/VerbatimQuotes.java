package app.corroborate.flag;

import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.Quotes;
import app.corroborate.facts.SentenceInfo;
import app.corroborate.text.Quotations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words a document quotes, as the quote rule looks them up: every quotation's words and each sentence's
 * quotations joined (see {@link QuoteWords#plain(String)}).
 *
 * <p>Guarantees: each index is built once per document, linear in its quotations; {@link #quoted} is a set
 * lookup and {@link #partOf} compares the words only with the quotations that hold their first word.
 */
final class VerbatimQuotes {

    private VerbatimQuotes() {}

    /** True if the document quotes these words exactly somewhere (kept once per document). */
    static boolean quoted(DocumentAnalysis doc, String plainWords) {
        return verbatim(doc).contains(plainWords);
    }

    /** The words of every quotation of the document, and of each sentence's quotations joined. */
    private static Set<String> verbatim(DocumentAnalysis doc) {
        return doc.memo(VERBATIM, d -> {
            Set<String> out = new HashSet<>();
            d.sentences().forEach(s -> {
                Quotes.of(d, s).forEach(q -> out.add(QuoteWords.plain(d, q.inner())));
                out.add(joined(d, s));
            });
            out.remove("");
            return out;
        });
    }

    private static final String VERBATIM = "quotes verbatim";

    /**
     * The words of all the quotations of a sentence, in order: one quote split around its attribution, joined
     * (computed once per sentence).
     */
    static String joined(DocumentAnalysis doc, SentenceInfo s) {
        Map<Integer, String> known = doc.memo(JOINED, d -> new ConcurrentHashMap<>());
        return known.computeIfAbsent(s.index(), i -> {
            StringBuilder out = new StringBuilder();
            for (Quotations.Quotation q : s.quotations()) {
                out.append(' ').append(QuoteWords.plain(doc, q.inner()));
            }
            return out.toString().strip();
        });
    }

    private static final String JOINED = "quotes of a sentence joined";

    /** True if some base quotation contains these words as a run (a quote cut short). */
    static boolean partOf(DocumentAnalysis doc, String words) {
        if (words.split(" ").length < Quotes.MIN_WORDS) {
            return false;
        }
        String w = " " + words + " ";
        int space = words.indexOf(' ');
        for (String quote : padded(doc).getOrDefault(space < 0 ? words : words.substring(0, space), List.of())) {
            if (quote.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of {@link #verbatim} each between two spaces, listed under every word they hold: a run of words
     * " a b c " can only be inside a padded quote listed under "a" (built once per document).
     */
    private static Map<String, List<String>> padded(DocumentAnalysis doc) {
        return doc.memo(PADDED, d -> {
            Map<String, List<String>> out = new HashMap<>();
            for (String quote : verbatim(d)) {
                String p = " " + quote + " ";
                for (String word : new HashSet<>(List.of(quote.split(" ")))) {
                    if (!word.isEmpty()) {
                        out.computeIfAbsent(word, k -> new ArrayList<>()).add(p);
                    }
                }
            }
            return out;
        });
    }

    private static final String PADDED = "quotes verbatim by word";

    /**
     * True if the words are one or more whole sentences of a quotation of the document that holds several, in
     * order: the version quotes a passage of the speech as it stands and leaves the rest out ("The State cannot ...
     * extinguished." from a quote of two sentences), which selects from the quote and alters none of its words. A
     * run cut inside a sentence is not one.
     */
    static boolean sentencesOf(DocumentAnalysis doc, String plainWords) {
        return doc.memo(SENTENCE_RUNS, VerbatimQuotes::sentenceRuns).contains(plainWords);
    }

    /**
     * True if a quotation of the document, whole, is one or more whole sentences of {@code quoted} (the text inside a
     * version's marks) and {@code quoted} has more: the version quotes the speech as it stands and adds sentences
     * of its own reporting (new words, not altered ones).
     */
    static boolean holdsWhole(DocumentAnalysis doc, String quoted) {
        String[] parts = SENTENCE_END.split(quoted.strip());
        if (parts.length < 2 || parts.length > MAX_SENTENCES) {
            return false;
        }
        String[] plain = new String[parts.length];
        for (int k = 0; k < parts.length; k++) {
            plain[k] = QuoteWords.plain(parts[k]);
        }
        for (int from = 0; from < parts.length; from++) {
            StringBuilder run = new StringBuilder();
            for (int to = from; to < parts.length && to - from < parts.length - 1; to++) {
                run.append(' ').append(plain[to]);
                if (quoted(doc, run.toString().strip()) && restIsNew(doc, plain, from, to)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Sentences of a quote read for {@link #holdsWhole} at most (a speech, not a transcript). */
    static final int MAX_SENTENCES = 12;

    /** Words in a row the document must not share with a sentence for it to be new (not a reworded one). */
    static final int SHARED_RUN = 4;

    /**
     * True if no sentence of {@code parts} outside {@code from..to} shares {@value #SHARED_RUN} words in a row with a
     * quotation of the document.
     */
    private static boolean restIsNew(DocumentAnalysis doc, String[] plain, int from, int to) {
        Set<String> runs = doc.memo(PLAIN_TEXT, VerbatimQuotes::wordRuns);
        for (int k = 0; k < plain.length; k++) {
            if (k >= from && k <= to) {
                continue;
            }
            String[] words = plain[k].split(" ");
            if (words.length < SHARED_RUN) {
                return false; // too short to tell new words from a base quote's, reworded ("Ten people died")
            }
            for (int w = 0; w + SHARED_RUN <= words.length; w++) {
                if (runs.contains(String.join(" ", java.util.Arrays.copyOfRange(words, w, w + SHARED_RUN)))) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Every run of {@value #SHARED_RUN} words of the document's quotations, as quotes are compared (made once): a
     * sentence the version quotes is a reworded one when it shares such a run with a quotation of the base.
     */
    private static Set<String> wordRuns(DocumentAnalysis d) {
        Set<String> out = new HashSet<>();
        for (SentenceInfo s : d.sentences()) {
            for (Quotations.Quotation q : Quotes.of(d, s)) {
                String[] words = QuoteWords.plain(d, q.inner()).split(" ");
                for (int w = 0; w + SHARED_RUN <= words.length; w++) {
                    out.add(String.join(" ", java.util.Arrays.copyOfRange(words, w, w + SHARED_RUN)));
                }
            }
        }
        return out;
    }

    private static final String PLAIN_TEXT = "runs of the document's words as quotes are compared";

    private static Set<String> sentenceRuns(DocumentAnalysis d) {
        Set<String> out = new HashSet<>();
        for (SentenceInfo s : d.sentences()) {
            for (Quotations.Quotation q : s.quotations()) {
                String[] parts = SENTENCE_END.split(q.inner().of(d.text()).strip());
                for (int from = 0; parts.length > 1 && from < parts.length; from++) {
                    StringBuilder run = new StringBuilder();
                    for (int to = from; to < parts.length; to++) {
                        run.append(' ').append(QuoteWords.plain(parts[to]));
                        out.add(run.toString().strip());
                    }
                }
            }
        }
        out.remove("");
        return out;
    }

    /**
     * The end of a sentence inside a quote: a question or exclamation mark, or a full stop after a word of three
     * letters or more, then a capital ("Mr. Smith", "the U.S. Army" go on).
     */
    private static final java.util.regex.Pattern SENTENCE_END =
            java.util.regex.Pattern.compile("(?:(?<=[\\p{Ll}\\d]{3}[.])|(?<=[!?]))[\"\u201D\u2019]?\\s+(?=\\p{Lu})");

    private static final String SENTENCE_RUNS = "runs of whole sentences of quotes";
}

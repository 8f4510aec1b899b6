package app.corroborate.flag;

import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.text.LettersAndDigits;
import app.corroborate.text.Normalizer;
import app.corroborate.text.Span;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The words of a quotation as quotes are compared: letters and digits, with a publication's house style folded.
 *
 * <p>Guarantees: the same words in two house styles give the same string ("Rs" and "₹", "per cent", "pct" and
 * "%", "1,000" and "1000", "4 a.m." and "4am"); any other difference of letters or digits is kept; a span's words
 * are computed once per document.
 */
final class QuoteWords {

    private QuoteWords() {}

    /**
     * The words of a quotation as compared: letters and digits, with house style folded ("Rs" and "₹", "per cent"
     * and "%", "1,000" and "1000", "4 a.m." and "4am"), so that a publication's style inside the marks is not an altered quote.
     */
    static String plain(String s) {
        String t = Normalizer.text(s);
        if (mayHaveHouseStyle(t)) {
            t = DIGIT_GROUP.matcher(t).replaceAll("").replace("\u20B9", " rs ");
            t = RUPEES.matcher(t).replaceAll(" rs ").replace("%", " percent ");
            t = PERCENT.matcher(PER_CENT.matcher(t).replaceAll("percent")).replaceAll("percent");
            t = CLOCK.matcher(t).replaceAll("$1m");
        }
        return LettersAndDigits.spaced(t);
    }

    /**
     * False only if none of the house-style patterns of {@link #plain(String)} can match (no digit, currency sign or
     * percent sign, no "pct" or "per cent", no "rs" or "inr" at the start of a word), so they can be skipped.
     */
    private static boolean mayHaveHouseStyle(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9' || c == '%' || c == '\u20B9') {
                return true;
            }
        }
        return t.contains("pct") || t.contains("per cent") || atWordStart(t, "rs") || atWordStart(t, "inr");
    }

    /** True if {@code word} occurs in {@code t} not preceded by a lower-case letter (a word boundary may be there). */
    private static boolean atWordStart(String t, String word) {
        for (int i = t.indexOf(word); i >= 0; i = t.indexOf(word, i + 1)) {
            if (i == 0 || t.charAt(i - 1) < 'a' || t.charAt(i - 1) > 'z') {
                return true;
            }
        }
        return false;
    }

    private static final Pattern DIGIT_GROUP = Pattern.compile("(?<=\\d),(?=\\d{3})");
    private static final Pattern RUPEES = Pattern.compile("\\b(rs\\.?|inr)(?=[\\s\\d]|$)");
    private static final Pattern PER_CENT = Pattern.compile("\\bper cent\\b");
    private static final Pattern PERCENT = Pattern.compile("\\bpct\\b");

    /** {@link #plain(String)} of a span of a document, computed once per span. */
    static String plain(DocumentAnalysis doc, Span span) {
        Map<Span, String> known = doc.memo(PLAIN, d -> new ConcurrentHashMap<>());
        String found = known.get(span);
        if (found == null) {
            found = plain(span.of(doc.text()));
            known.put(span, found);
        }
        return found;
    }

    private static final String PLAIN = "quote words as compared";

    /** A clock time's "a.m."/"p.m." after its figure, with or without dots and space ("4 a.m.", "4am", "4 pm"). */
    private static final Pattern CLOCK =
            Pattern.compile("(?<=\\d)\\s*([ap])\\.?\\s?m\\b\\.?", Pattern.CASE_INSENSITIVE);
}

package app.corroborate.flag;

import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.Figures;
import app.corroborate.text.Span;
import java.util.Map;
import java.util.Set;

/**
 * The period a figure is a rate of, written after it ("91,000 litres of water free each year", "$1.80 a month",
 * "40 scripts per day", "paid monthly"): the same amount per month is not the same amount per year.
 *
 * <p>Guarantees: read from at most {@value #REACH} words after the figure, in its sentence, up to a comma or a full
 * stop; only "a", "an", "per", "each" or "every" before the period's noun, or one adverb of period ("monthly");
 * a figure with no such words has no period.
 */
final class RatePeriods {

    /** Words after a figure read for its period: "91,000 litres of water free each year" is six. */
    static final int REACH = 6;

    private static final Set<String> BEFORE = Set.of("a", "an", "per", "each", "every");

    private static final Map<String, String> NOUNS = Map.ofEntries(
            Map.entry("year", "year"),
            Map.entry("annum", "year"),
            Map.entry("month", "month"),
            Map.entry("week", "week"),
            Map.entry("fortnight", "fortnight"),
            Map.entry("day", "day"),
            Map.entry("hour", "hour"));

    private static final Map<String, String> ADVERBS = Map.of(
            "annually", "year",
            "yearly", "year",
            "monthly", "month",
            "weekly", "week",
            "daily", "day",
            "hourly", "hour");

    private RatePeriods() {}

    /** The period of {@code f} ("year", "month" ...), or null when it is no rate. */
    static String of(DocumentAnalysis doc, Figures.Figure f) {
        app.corroborate.facts.SentenceInfo sentence = doc.sentenceAt(f.span().start());
        Span s = sentence == null ? null : sentence.span();
        int[] r = doc.tokenRange(f.span());
        int end = s == null ? doc.tokens().count() : doc.tokenRange(s)[1];
        for (int i = r[1]; i < Math.min(end, r[1] + REACH); i++) {
            String w = doc.form(i);
            if (w.equals(",") || w.equals(".") || w.equals(";")) {
                return null;
            }
            String adverb = ADVERBS.get(w);
            if (adverb != null) {
                return adverb;
            }
            if (BEFORE.contains(w) && i + 1 < end) {
                String noun = NOUNS.get(doc.form(i + 1));
                if (noun != null) {
                    return noun;
                }
            }
        }
        return null;
    }
}

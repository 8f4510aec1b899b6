package app.corroborate.ui.find;

import app.corroborate.review.CaseAnalysis;
import app.corroborate.text.Span;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds words in every source of a case, ignoring case and accents, page furniture included (an editor looks for
 * what is on the page). Pure; linear in the texts' length.
 *
 * <p>Guarantees: hits come source by source (the base first), in text order; spans are offsets into each source's
 * original text; at most {@link #LIMIT} hits in all.
 */
public final class Finder {

    public static final int LIMIT = 500;
    private static final int CONTEXT = 40;

    private Finder() {}

    public static List<Hit> find(CaseAnalysis analysis, String query) {
        List<Hit> hits = new ArrayList<>();
        String needle = fold(query.strip());
        if (needle.isEmpty()) {
            return hits;
        }
        for (int i = 0; i < analysis.documents().size() && hits.size() < LIMIT; i++) {
            String text = analysis.documents().get(i).text();
            String folded = foldKeepingLength(text);
            for (int at = folded.indexOf(needle); at >= 0 && hits.size() < LIMIT; at = folded.indexOf(needle, at + 1)) {
                Span span = new Span(at, at + needle.length());
                hits.add(
                        new Hit(i, analysis.sources().get(i).label(), span, context(text, span), analysis.colourOf(i)));
            }
        }
        return hits;
    }

    /** Lower case without accents, one character for one (so offsets stay those of the original). */
    static String foldKeepingLength(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String one = fold(String.valueOf(text.charAt(i)));
            b.append(one.length() == 1 ? one.charAt(0) : Character.toLowerCase(text.charAt(i)));
        }
        return b.toString();
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    private static String context(String text, Span s) {
        int from = Math.max(0, s.start() - CONTEXT);
        int to = Math.min(text.length(), s.end() + CONTEXT);
        return (from > 0 ? "\u2026" : "")
                + text.substring(from, to).replaceAll("\\s+", " ")
                + (to < text.length() ? "\u2026" : "");
    }
}

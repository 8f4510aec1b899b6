package app.corroborate.store;

import app.corroborate.text.Normalizer;
import app.corroborate.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Places annotations in a source text by quote and context, as a W3C TextQuoteSelector is resolved.
 *
 * <p>Guarantees: {@link #place} returns a span only when it is confident: the quote (exactly, or after folding
 * quote marks, dashes and spaces) occurs with matching context, or is long and unique; a short quote found only
 * in another context is never attached (the annotation becomes an orphan). Linear in the text per candidate.
 */
public final class Anchoring {

    private Anchoring() {}

    /** The span of the selector in {@code text}, or empty when it cannot be placed with confidence. */
    public static Optional<Span> place(String text, TextQuoteSelector sel, int hint) {
        List<Span> candidates = occurrences(text, sel.exact());
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Span best = null;
        double bestScore = -1;
        double second = -1;
        for (Span c : candidates) {
            double s = context(text, c, sel);
            if (s > bestScore
                    || s == bestScore && best != null && Math.abs(c.start() - hint) < Math.abs(best.start() - hint)) {
                second = Math.max(second, bestScore);
                best = c;
                bestScore = s;
            } else {
                second = Math.max(second, s);
            }
        }
        boolean unique = candidates.size() == 1;
        int length = sel.exact().length();
        boolean confident = unique
                ? bestScore >= 0.5 || length >= 30 && bestScore >= 0.2 || length >= 60
                : bestScore >= 0.5 && bestScore - second >= 0.2;
        return confident ? Optional.of(best) : Optional.empty();
    }

    /**
     * The one place where a quote given by a person occurs, narrowed by the context they gave; a refusal that
     * says why (not found, or found several times) otherwise.
     */
    public static Span locate(String text, TextQuoteSelector sel) throws CaseException {
        List<Span> matches = new ArrayList<>();
        for (Span c : occurrences(text, sel.exact())) {
            String before = text.substring(Math.max(0, c.start() - sel.prefix().length()), c.start());
            String after = text.substring(
                    c.end(), Math.min(text.length(), c.end() + sel.suffix().length()));
            if (fold(before).endsWith(fold(sel.prefix())) && fold(after).startsWith(fold(sel.suffix()))) {
                matches.add(c);
            }
        }
        if (matches.isEmpty()) {
            throw new CaseException("the quote '" + clip(sel.exact()) + "' is not in this source");
        }
        if (matches.size() > 1) {
            throw new CaseException("the quote '" + clip(sel.exact()) + "' occurs " + matches.size()
                    + " times in this source; give --prefix or --suffix to say which");
        }
        return matches.get(0);
    }

    /** Exact occurrences, else occurrences after folding quotes, dashes, spaces and case. */
    static List<Span> occurrences(String text, String exact) {
        List<Span> out = new ArrayList<>();
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            out.add(new Span(at, at + exact.length()));
        }
        if (!out.isEmpty()) {
            return out;
        }
        Normalizer.NormalizedText n = Normalizer.normalize(text);
        String e = Normalizer.normalize(exact).text();
        if (e.isEmpty()) {
            return out;
        }
        for (int at = n.text().indexOf(e); at >= 0; at = n.text().indexOf(e, at + 1)) {
            out.add(n.toOriginal(at, at + e.length()));
        }
        return out;
    }

    /** How well the text around {@code c} matches the selector's prefix and suffix, in [0, 1]. */
    private static double context(String text, Span c, TextQuoteSelector sel) {
        if (sel.prefix().isEmpty() && sel.suffix().isEmpty()) {
            return 1;
        }
        double p = commonTail(fold(sel.prefix()), fold(text.substring(Math.max(0, c.start() - 64), c.start())));
        double s = commonHead(fold(sel.suffix()), fold(text.substring(c.end(), Math.min(text.length(), c.end() + 64))));
        int parts = (sel.prefix().isEmpty() ? 0 : 1) + (sel.suffix().isEmpty() ? 0 : 1);
        return ((sel.prefix().isEmpty() ? 0 : p) + (sel.suffix().isEmpty() ? 0 : s)) / parts;
    }

    private static double commonTail(String want, String have) {
        int n = 0;
        while (n < want.length()
                && n < have.length()
                && want.charAt(want.length() - 1 - n) == have.charAt(have.length() - 1 - n)) {
            n++;
        }
        return want.isEmpty() ? 1 : (double) n / want.length();
    }

    private static double commonHead(String want, String have) {
        int n = 0;
        while (n < want.length() && n < have.length() && want.charAt(n) == have.charAt(n)) {
            n++;
        }
        return want.isEmpty() ? 1 : (double) n / want.length();
    }

    private static String fold(String s) {
        return Normalizer.normalize(s).text();
    }

    private static String clip(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 60 ? one.substring(0, 59) + "\u2026" : one;
    }
}

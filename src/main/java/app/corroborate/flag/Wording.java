package app.corroborate.flag;

import app.corroborate.text.Span;
import java.util.Locale;

/** Small helpers for quoting source text in explanations. */
final class Wording {

    private Wording() {}

    /** The text on one line, shortened to {@code max} characters with an ellipsis. */
    static String quote(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1).strip() + "\u2026";
    }

    static String quote(String text, Span span) {
        return quote(span.of(text), 80);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** A figure without a trailing ".0": 145, 1.5, 1,200,000 written plainly. */
    static String figure(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15
                ? String.format(Locale.ROOT, "%,d", (long) v)
                : new java.text.DecimalFormat("#,##0.##", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT))
                        .format(v);
    }
}

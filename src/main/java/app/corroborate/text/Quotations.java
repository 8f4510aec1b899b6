package app.corroborate.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotations: text between matching double quotation marks of any style, or between typographic
 * single quotes used as quotation marks.
 *
 * <p>Guarantees: each quotation lies inside one line (an unclosed quotation is dropped, never allowed to swallow
 * the rest of the text); apostrophes inside words (Pakistan’s, don't) never open or close one; results are
 * ascending and disjoint. Linear time.
 */
public final class Quotations {

    /** A quotation: {@code outer} includes the marks, {@code inner} is the quoted words. */
    public record Quotation(Span outer, Span inner) {}

    private Quotations() {}

    public static List<Quotation> find(CharSequence t) {
        return find(t, 0, t.length());
    }

    public static List<Quotation> find(CharSequence t, int from, int to) {
        List<Quotation> out = new ArrayList<>();
        int open = -1;
        char openKind = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == '\n') {
                open = -1;
                continue;
            }
            char kind = kindOf(c);
            if (kind == 0) {
                continue;
            }
            if (open < 0 && opens(t, i, from, to, c)) {
                open = i;
                openKind = kind;
            } else if (open >= 0 && kind == openKind && closes(t, i, to, c)) {
                out.add(new Quotation(new Span(open, i + 1), new Span(open + 1, i)));
                open = -1;
            }
        }
        return out;
    }

    private static char kindOf(char c) {
        if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB') {
            return '"';
        }
        return c == '\u2018' || c == '\u2019' ? '\'' : 0;
    }

    private static boolean opens(CharSequence t, int i, int from, int to, char c) {
        if (c == '\u201D' || c == '\u00BB' || c == '\u2019') {
            return false;
        }
        boolean before = i == from || !Character.isLetterOrDigit(t.charAt(i - 1));
        boolean after = i + 1 < to && !Character.isWhitespace(t.charAt(i + 1));
        return before && after;
    }

    private static boolean closes(CharSequence t, int i, int to, char c) {
        if (c == '\u201C' || c == '\u2018' || c == '\u00AB') {
            return false;
        }
        boolean afterOk = i + 1 >= to || !Character.isLetterOrDigit(t.charAt(i + 1));
        return afterOk && !Character.isWhitespace(t.charAt(i - 1));
    }
}

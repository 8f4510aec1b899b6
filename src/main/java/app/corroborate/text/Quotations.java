package app.corroborate.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotations: text between matching double quotation marks of any style, or between single quotes
 * (typographic or plain) used as quotation marks. A closing mark whose opening mark a page lost ("still closed," he
 * added) closes a quotation that starts where its sentence starts.
 *
 * <p>Guarantees: each quotation lies inside one line (an unclosed quotation is dropped, never allowed to swallow
 * the rest of the text); apostrophes inside words (Pakistan’s, don't), a plural possessive (the workers' union) and
 * an elided decade ('90s) never open or close one; results are ascending and disjoint. Linear time.
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
        int line = from;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == '\n') {
                open = -1;
                line = i + 1;
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
            } else if (open < 0 && kind == '"' && orphanClose(t, i, to)) {
                int floor = out.isEmpty()
                        ? line
                        : Math.max(line, out.get(out.size() - 1).outer().end());
                int start = sentenceStart(t, i, floor);
                if (start < i - 1) {
                    out.add(new Quotation(new Span(start, i + 1), new Span(start, i)));
                }
            }
        }
        return out;
    }

    /**
     * A double closing mark right after the punctuation that ends a quotation ("still closed," he added) and before a
     * space or the end of the line: with no quotation open, its opening mark was lost.
     */
    private static boolean orphanClose(CharSequence t, int i, int to) {
        return i > 0
                && ",.?!".indexOf(t.charAt(i - 1)) >= 0
                && (i + 1 >= to || Character.isWhitespace(t.charAt(i + 1)));
    }

    /** Where the sentence holding offset {@code i} starts: after the last full stop, question or exclamation mark. */
    private static int sentenceStart(CharSequence t, int i, int floor) {
        for (int k = i - 2; k > floor; k--) {
            char c = t.charAt(k);
            if ((c == '.' || c == '?' || c == '!') && k + 1 < i && startsSentence(t, k + 1, i)) {
                int s = k + 1;
                while (s < i && Character.isWhitespace(t.charAt(s))) {
                    s++;
                }
                return s;
            }
        }
        return floor;
    }

    /** A capital letter follows, after any spaces: a new sentence begins at {@code k}. */
    private static boolean startsSentence(CharSequence t, int k, int limit) {
        int s = k;
        while (s < limit && Character.isWhitespace(t.charAt(s))) {
            s++;
        }
        return s < limit && Character.isUpperCase(t.charAt(s)) && (s > k || Character.isLowerCase(t.charAt(k - 2)));
    }

    private static char kindOf(char c) {
        if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB') {
            return '"';
        }
        return c == '\u2018' || c == '\u2019' || c == '\'' ? '\'' : 0;
    }

    private static boolean opens(CharSequence t, int i, int from, int to, char c) {
        if (c == '\u201D' || c == '\u00BB' || c == '\u2019') {
            return false;
        }
        boolean before = i == from || !Character.isLetterOrDigit(t.charAt(i - 1));
        boolean after = i + 1 < to && !Character.isWhitespace(t.charAt(i + 1));
        boolean decade = c == '\'' && i + 1 < to && Character.isDigit(t.charAt(i + 1));
        return before && after && !decade;
    }

    private static boolean closes(CharSequence t, int i, int to, char c) {
        if (c == '\u201C' || c == '\u2018' || c == '\u00AB') {
            return false;
        }
        boolean afterOk = i + 1 >= to || !Character.isLetterOrDigit(t.charAt(i + 1));
        boolean possessive = c == '\'' && t.charAt(i - 1) == 's' && i + 1 < to && t.charAt(i + 1) == ' ';
        return afterOk && !Character.isWhitespace(t.charAt(i - 1)) && !possessive;
    }
}

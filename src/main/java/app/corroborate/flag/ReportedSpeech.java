package app.corroborate.flag;

import app.corroborate.collate.Comparison;
import app.corroborate.facts.ContentWords;
import app.corroborate.facts.SentenceInfo;
import app.corroborate.text.Quotations;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a rewrite's sentence keeps what a base quote says, so that rendering it is no altered quote: the quote's
 * words stand in the version as they are (inside a quotation of several sentences whose opening mark is sentences
 * earlier), or, in an independent rewrite, reported speech uses nearly all of the quote's content words (at least
 * {@value #KEPT}) with as many negations, given to the same speaker, named or by a pronoun ("said malnutrition and late arrival had made the cases much worse" for
 * "Malnutrition and late arrival at hospital made these cases much worse."). A copy of the wire that turns a quote
 * into reported speech still changed the wire's text.
 */
final class ReportedSpeech {

    /** On the keyed stories, reported speech that changed a quote's meaning kept at most 0.83 of its words. */
    static final double KEPT = 0.85;

    private static final Set<String> NEGATIONS =
            Set.of("not", "no", "never", "nothing", "nobody", "none", "without", "cannot", "n't", "nor", "neither");

    /** The key of a version's quoted lines made {@link #plain}, kept with its analysis (one per version, not per quote). */
    private static final Object PLAIN_TEXT = new Object();

    private ReportedSpeech() {}

    static boolean keeps(Comparison c, SentenceInfo b, Quotations.Quotation q, SentenceInfo v) {
        if (quotedVerbatim(plain(c.baseText(q.inner())), c.version().memo(PLAIN_TEXT, d -> quotedLines(d.text())))) {
            return true;
        }
        if (c.copyOfBase() || anonymous(c, v) || Speakers.different(c, b.attribution(), v.attribution())) {
            return false;
        }
        Set<String> words = ContentWords.of(c.base(), q.inner());
        return !words.isEmpty()
                && ContentWords.covered(words, ContentWords.of(c.version(), v.span())) >= KEPT
                && negations(c.base(), q.inner()) == negations(c.version(), v.span());
    }

    /** The quote's words stand in the version with a quotation mark at either end. */
    private static boolean quotedVerbatim(String quote, String version) {
        if (quote.length() < 12) {
            return false;
        }
        for (int at = version.indexOf(quote); at >= 0; at = version.indexOf(quote, at + 1)) {
            String before = version.substring(Math.max(0, at - 2), at);
            String after = version.substring(at + quote.length(), Math.min(version.length(), at + quote.length() + 3));
            if (before.contains("\"") || after.contains("\"")) {
                return true;
            }
        }
        return false;
    }

    /** The reported speech gives no one by name ("a volunteer said", "rescuers said"): the speaker was lost. */
    private static boolean anonymous(Comparison c, SentenceInfo v) {
        var a = v.attribution();
        if (a == null || a.speaker() == null) {
            return true;
        }
        String first = c.versionText(a.speaker()).strip().toLowerCase(Locale.ROOT);
        return first.startsWith("a ")
                || first.startsWith("an ")
                || first.startsWith("one ")
                || v.names().stream().noneMatch(n -> a.speaker().contains(n.span())) && !a.pronoun();
    }

    private static long negations(app.corroborate.facts.DocumentAnalysis doc, app.corroborate.text.Span span) {
        int[] r = doc.tokenRange(span);
        long n = 0;
        for (int i = r[0]; i < r[1]; i++) {
            String form = doc.form(i);
            n += NEGATIONS.contains(form) || form.endsWith("n't") ? 1 : 0;
        }
        return n;
    }

    /**
     * The paragraphs of a text (parted by blank lines) that hold a quotation mark, lower case with straight quotes and
     * single spaces (their closing marks kept), and kept apart by a character no quote holds: a quote standing in
     * the text with a mark at either end stands in one of them, line breaks inside a paragraph included.
     */
    static String quotedLines(String text) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        boolean quoted = false;
        int at = 0;
        while (at <= text.length()) {
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            boolean blank = text.substring(at, end).isBlank();
            if (blank || end == text.length()) {
                int paragraphEnd = blank ? at : end;
                if (quoted) {
                    out.append(spaced(text.substring(start, paragraphEnd))).append('\u0000');
                }
                start = end + 1;
                quoted = false;
            } else {
                for (int k = at; k < end && !quoted; k++) {
                    char ch = text.charAt(k);
                    quoted = ch == '"' || ch == '\u201C' || ch == '\u201D';
                }
            }
            at = end + 1;
        }
        return out.toString();
    }

    /** Lower case, straight quotes, single spaces, no trailing punctuation (one pass: it runs on whole texts). */
    static String plain(String s) {
        String t = spaced(s);
        int n = t.length();
        while (n > 0 && " .,;:!?\"'".indexOf(t.charAt(n - 1)) >= 0) {
            n--;
        }
        return t.substring(0, n);
    }

    /** Lower case, straight quotes, single spaces (none at either end). */
    private static String spaced(String s) {
        char[] out = new char[s.length()];
        int n = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f' || ch == '\u000B') {
                space = n > 0;
                continue;
            }
            if (space) {
                out[n++] = ' ';
                space = false;
            }
            out[n++] = ch == '\u2018' || ch == '\u2019' ? '\'' : ch == '\u201C' || ch == '\u201D' ? '"' : ch;
        }
        return new String(out, 0, n).toLowerCase(Locale.ROOT);
    }
}

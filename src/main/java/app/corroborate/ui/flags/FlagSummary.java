package app.corroborate.ui.flags;

import app.corroborate.flag.Flag;

/**
 * A few words of what a flag says changed: "145 → at least 145", "dropped: Four justices…", and, when a phrase of
 * one version is simply absent from the other's sentence (an attribution dropped, say), "officials said → missing
 * from “LINDBROOK — Engineers…”" rather than an arrow that would read as a rewording. Pure.
 */
public final class FlagSummary {

    static final int MAX = 48;
    /**
     * How many times more words one span must have than the other for the short one to be a phrase the long
     * sentence lacks rather than its rewording: rewordings, figures and quotes change length by well under this.
     */
    static final int PHRASE_VS_SENTENCE = 3;
    /**
     * The fewest words of a span that is a sentence rather than a phrase: a charged rewording ("opened" to
     * "dumped water through") is a few words, a sentence that lost its attribution is a clause or more.
     */
    static final int SENTENCE_WORDS = 8;

    private FlagSummary() {}

    public static String of(Flag flag, String baseText, String versionText) {
        String wholeBefore = flag.baseSpan() == null ? null : flag.baseSpan().of(baseText);
        String wholeAfter =
                flag.variantSpan() == null ? null : flag.variantSpan().of(versionText);
        String before = wholeBefore == null ? null : clip(wholeBefore);
        String after = wholeAfter == null ? null : clip(wholeAfter);
        if (before != null && after != null) {
            if (lacks(wholeAfter, wholeBefore)) {
                return before + " \u2192 missing from \u201C" + after + "\u201D";
            }
            if (lacks(wholeBefore, wholeAfter)) {
                return after + " \u2192 added to \u201C" + before + "\u201D";
            }
            return before + " \u2192 " + after;
        }
        if (before != null) {
            return "dropped: " + before;
        }
        return after != null ? "only here: " + after : flag.explanation();
    }

    /** True when {@code sentence} is a sentence, far longer than {@code phrase}, and does not contain it. */
    private static boolean lacks(String sentence, String phrase) {
        String p = phrase.strip().replaceAll("\\s+", " ");
        String t = sentence.strip().replaceAll("\\s+", " ");
        int words = words(t);
        return !p.isEmpty()
                && words >= SENTENCE_WORDS
                && words >= PHRASE_VS_SENTENCE * words(p)
                && !t.toLowerCase(java.util.Locale.ROOT).contains(p.toLowerCase(java.util.Locale.ROOT));
    }

    private static int words(String s) {
        return s.isEmpty() ? 0 : s.split(" ").length;
    }

    /** One line, at most {@link #MAX} characters, cut at a word with an ellipsis. */
    public static String clip(String s) {
        String line = s.strip().replaceAll("\\s+", " ");
        if (line.length() <= MAX) {
            return line;
        }
        int cut = line.lastIndexOf(' ', MAX - 1);
        return line.substring(0, cut > MAX / 2 ? cut : MAX - 1) + "\u2026";
    }
}

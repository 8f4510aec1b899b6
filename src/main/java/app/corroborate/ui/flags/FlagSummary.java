package app.corroborate.ui.flags;

import app.corroborate.flag.Flag;

/** A few words of what a flag says changed: "145 → at least 145", "dropped: Four justices…". Pure. */
public final class FlagSummary {

    static final int MAX = 48;

    private FlagSummary() {
    }

    public static String of(Flag flag, String baseText, String versionText) {
        String before = flag.baseSpan() == null ? null : clip(flag.baseSpan().of(baseText));
        String after = flag.variantSpan() == null ? null : clip(flag.variantSpan().of(versionText));
        if (before != null && after != null) {
            return before + " \u2192 " + after;
        }
        if (before != null) {
            return "dropped: " + before;
        }
        return after != null ? "only here: " + after : flag.explanation();
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

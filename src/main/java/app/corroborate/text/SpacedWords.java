package app.corroborate.text;

/** Counts the words of a line as runs between whitespace, without a regular expression. */
public final class SpacedWords {

    private SpacedWords() {}

    /** As {@code t.split("\\s+").length} for a stripped line. */
    public static int count(String t) {
        return count(t, 0, t.length());
    }

    /** As {@link #count(String)} of {@code t[from, to)}, without copying it. */
    public static int count(CharSequence t, int from, int to) {
        int words = 1;
        for (int i = from; i < to; i++) {
            if (isSpace(t.charAt(i)) && (i == from || !isSpace(t.charAt(i - 1)))) {
                words++;
            }
        }
        return from == to || !isSpace(t.charAt(to - 1)) ? words : words - 1;
    }

    /** The characters of the regular expression class {@code \\s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}

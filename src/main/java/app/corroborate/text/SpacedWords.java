package app.corroborate.text;

/** Counts the words of a line as runs between whitespace, without a regular expression. */
public final class SpacedWords {

    private SpacedWords() {}

    /** As {@code t.split("\\s+").length} for a stripped line. */
    public static int count(String t) {
        int words = 1;
        for (int i = 0; i < t.length(); i++) {
            if (isSpace(t.charAt(i)) && (i == 0 || !isSpace(t.charAt(i - 1)))) {
                words++;
            }
        }
        return t.isEmpty() || !isSpace(t.charAt(t.length() - 1)) ? words : words - 1;
    }

    /** The characters of the regular expression class {@code \\s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}

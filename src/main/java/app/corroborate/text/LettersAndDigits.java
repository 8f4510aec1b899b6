package app.corroborate.text;

/**
 * The letters, digits and spaces of a text, as the regular expression class {@code [\p{L}\p{N} ]} reads them,
 * without a regular expression.
 *
 * <p>Guarantees: {@link #spaced} equals {@code s.replaceAll("[^\\p{L}\\p{N} ]", " ").replaceAll(" +", " ")
 * .strip()} and {@link #only} equals {@code s.replaceAll("[^\\p{L}\\p{N} ]", "").strip()} for every string (code
 * point by code point, as the pattern matches). One pass, linear time.
 */
public final class LettersAndDigits {

    private LettersAndDigits() {}

    /** Every other character a space, runs of spaces one, no space at either end. */
    public static String spaced(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (kept(c) && c != ' ') {
                out.appendCodePoint(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        int end = out.length();
        return (end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString());
    }

    /** Every other character left out, no space at either end. */
    public static String only(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (kept(c)) {
                out.appendCodePoint(c);
            }
        }
        return out.toString().strip();
    }

    /** True for a letter, a number (decimal digit, letter number, other number) or a space. */
    public static boolean kept(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ';
        }
        int type = Character.getType(c);
        return Character.isLetter(c)
                || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}

package app.corroborate.source;

/**
 * Words a printed page hyphenated at the end of a line ("restric-" / "tions"), put back together as the reader
 * reads them: "restrictions". A compound that the text also writes whole on one line ("well-known") keeps its
 * hyphen. Only a hyphen between two letters that closes a line before a lower-case letter is read this way; a
 * dash, a hyphen before a capital ("anti-" / "Semitic") or a figure stays as it is.
 *
 * <p>Guarantees: every other character of the text is kept, in order; linear in the text.
 */
final class LineBreakHyphens {

    private LineBreakHyphens() {}

    static String join(String text) {
        int at = text.indexOf("-\n");
        if (at < 0) {
            return text;
        }
        java.util.Set<String> compounds = null;
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (; at >= 0; at = text.indexOf("-\n", at + 2)) {
            int start = at;
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                start--;
            }
            int next = at + 2;
            while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
                next++;
            }
            int end = next;
            while (end < text.length() && Character.isLowerCase(text.charAt(end))) {
                end++;
            }
            if (start == at || end == next || start < copied) {
                continue;
            }
            if (compounds == null) {
                compounds = compounds(text);
            }
            String first = text.substring(start, at);
            String second = text.substring(next, end);
            out.append(text, copied, start);
            out.append(compounds.contains(first + "-" + second) ? first + "-" + second : first + second);
            copied = end;
        }
        out.append(text, copied, text.length());
        return out.toString();
    }

    /** Every word of the text written with a hyphen on one line ("well-known"), read in one pass. */
    private static java.util.Set<String> compounds(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        int n = text.length();
        for (int i = text.indexOf('-'); i >= 0; i = text.indexOf('-', i + 1)) {
            if (i == 0
                    || i + 1 >= n
                    || !Character.isLetter(text.charAt(i - 1))
                    || !Character.isLetter(text.charAt(i + 1))) {
                continue;
            }
            int start = i;
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                start--;
            }
            int end = i + 1;
            while (end < n && Character.isLetter(text.charAt(end))) {
                end++;
            }
            out.add(text.substring(start, end));
        }
        return out;
    }
}

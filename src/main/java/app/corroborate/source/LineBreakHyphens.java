package app.corroborate.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a printed page hyphenated at the end of a line ("restric-" / "tions"), put back together as the reader
 * reads them: "restrictions". A compound that the text also writes whole on one line ("well-known") keeps its
 * hyphen. Only a hyphen between two letters that closes a line before a lower-case letter is read this way; a
 * dash, a hyphen before a capital ("anti-" / "Semitic") or a figure stays as it is.
 *
 * <p>Guarantees: every other character of the text is kept, in order; linear in the text.
 */
final class LineBreakHyphens {

    private static final Pattern BROKEN = Pattern.compile("(\\p{L}+)-\n[ \t]*(\\p{Ll}+)");

    private LineBreakHyphens() {}

    static String join(String text) {
        if (text.indexOf("-\n") < 0) {
            return text;
        }
        Matcher m = BROKEN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String compound = m.group(1) + "-" + m.group(2);
            String word = text.contains(compound) ? compound : m.group(1) + m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(word));
        }
        m.appendTail(out);
        return out.toString();
    }
}

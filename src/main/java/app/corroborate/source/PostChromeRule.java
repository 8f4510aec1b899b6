package app.corroborate.source;

import java.util.regex.Pattern;

/**
 * The chrome of a chat, a social thread or a wiki page saved as text: the time-stamped lines of a chat export
 * ("18/03/2026, 09:15 - Mak Su: Noted"), a post's engagement counts ("💬 38 🔁 412 ❤️ 1.1K"), an author line with
 * a handle and an age ("Orla Brennock @orla.bsky.social · 3h") and a reference list's entries ("^ ... Retrieved
 * April 23, 2026."). A story forwarded in a chat keeps its own lines: only the stamped message lines go, and only
 * short ones (a story's paragraph pasted after a stamp is longer).
 */
final class PostChromeRule implements FurnitureRule {

    /** The date and the time of a chat stamp. */
    private static final String DATE = "\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}";

    private static final String TIME = "\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:\\s?[ap]\\.?m\\.?)?";

    /**
     * A chat export's stamp: a date and a time in brackets ("[18/03/2026, 09:15:03] Name: ..."), or a date, a comma,
     * a time and a dash ("18/03/2026, 09:15 - Name: ..."). A story line opening on a date and a time has neither.
     */
    private static final Pattern CHAT_STAMP = Pattern.compile(
            "^(?:\\[" + DATE + ",?\\s+" + TIME + "\\]\\s|" + DATE + ",\\s+" + TIME + "\\s[-\u2013]\\s)",
            Pattern.CASE_INSENSITIVE);

    /** A chat message after its stamp is at most this long; a paragraph of a forwarded story is longer. */
    static final int MESSAGE_WORDS = 30;

    /** A handle ("@orla.bsky.social", "@cedidesk") beside a post's age ("3h", "2d") or a middle dot. */
    private static final Pattern HANDLE = Pattern.compile("(?:^|\\s)@[\\w.-]{2,}(?:\\s|$)");

    private static final Pattern AGE = Pattern.compile("(?:\u00B7|\\s)\\s*\\d{1,2}\\s?[smhdw]\\b|\u00B7");
    /** An author line is at most this long. */
    static final int AUTHOR_WORDS = 8;

    /** A reference list's entry: opens with a caret, or ends with the date the source was retrieved. */
    private static final Pattern REFERENCE = Pattern.compile(
            "^\\^\\s.*|.*\\bRetrieved\\s+(?:\\d{1,2}\\s+)?\\p{Lu}\\p{L}+\\s+(?:\\d{1,2},?\\s+)?\\d{4}\\.?\\s*$");

    @Override
    public void apply(Page page) {
        for (int i = 0; i < page.size(); i++) {
            if (page.marked(i)) {
                continue;
            }
            String t = page.text(i).strip();
            if (chatLine(t) || engagement(t)) {
                page.mark(i, FurnitureReason.COMMENTS);
            } else if (page.words(i) <= AUTHOR_WORDS
                    && HANDLE.matcher(t).find()
                    && AGE.matcher(t).find()) {
                page.mark(i, FurnitureReason.BYLINE);
            } else if ((t.startsWith("^") || t.contains("Retrieved"))
                    && REFERENCE.matcher(t).matches()) {
                page.mark(i, FurnitureReason.RELATED);
            }
        }
    }

    static boolean chatLine(String line) {
        java.util.regex.Matcher m = CHAT_STAMP.matcher(line);
        return m.find() && Page.countWords(line.substring(m.end())) <= MESSAGE_WORDS;
    }

    /** Counts and symbols only: digits, emoji and signs, with no word but a count's K or M. */
    static boolean engagement(String line) {
        if (line.chars().noneMatch(Character::isDigit) || line.length() > 80) {
            return false;
        }
        String words = line.replaceAll("\\d+(?:[.,]\\d+)?[KkMm]?\\b", " ");
        boolean symbol = line.codePoints().anyMatch(c -> Character.getType(c) == Character.OTHER_SYMBOL);
        return symbol && words.codePoints().noneMatch(Character::isLetter);
    }
}

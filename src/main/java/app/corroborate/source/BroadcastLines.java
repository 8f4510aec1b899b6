package app.corroborate.source;

import java.util.regex.Pattern;

/**
 * The presenter's lines of a broadcast that frame the story rather than tell it: a greeting ("Good evening and
 * welcome to the Evening News."), a hand-over to a reporter ("Martha Nangolo reports from Bukalo."), a sign-off ("For
 * Kalahari TV, this is Martha Nangolo, Bukalo.", "Back to you in the studio.") and a tease of what comes next
 * ("Coming up after the break: ..."). A subtitle file or a broadcast script carries them; a written story does not.
 *
 * <p>Guarantees: only a whole line of at most {@value #MOST_WORDS} words matches, so a sentence of the story that
 * merely contains "this is" or "good evening" is never one.
 */
final class BroadcastLines {

    /** The most words of a presenter's framing line; a story's sentences that open the same way run longer. */
    static final int MOST_WORDS = 16;

    /** The framing lines; the key words in any case ("(?i:...)"), the names after them capitalised. */
    private static final Pattern FRAMING = Pattern.compile(
            "^(?:(?i:good (?:morning|afternoon|evening|night)|hello|hi)\\b.*\\b(?i:welcome|this is|you're watching"
                    + "|you are watching|you're listening|you are listening)\\b.*"
                    + "|(?i:(?:hello and )?welcome (?:back )?to)\\b.*"
                    + "|(?i:for|from) \\p{Lu}[^,]{1,40}, (?i:this is|I'm) \\p{Lu}.*"
                    + "|(?i:this is|I'm) \\p{Lu}[\\p{L}' -]{1,40}(?:,| reporting| for| from| in)\\b.*"
                    + "|\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+){0,3} (?:reports|has more|has this report)"
                    + "(?: from \\p{Lu}[\\p{L}' -]+)?\\.?"
                    + "|(?i:back to you|thanks? (?:you )?for (?:watching|listening|joining us))\\b.*"
                    + "|(?i:coming up|still to come|up next|next up|after the break|when we come back|stay with us"
                    + "|later in the (?:programme|program|bulletin|show))\\b.*)$");

    private BroadcastLines() {}

    /** True if {@code line} is a presenter's framing line. */
    static boolean framing(String line) {
        String t = line.strip();
        return !t.isEmpty()
                && t.split("\\s+").length <= MOST_WORDS
                && FRAMING.matcher(t).matches();
    }
}

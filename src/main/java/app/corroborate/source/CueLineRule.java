package app.corroborate.source;

/**
 * A line that is nothing but directions in square brackets, as a broadcast script, a transcript or a newsroom draft
 * sets them ("[SIG: NEWS THEME 0:08 - FADE UNDER]", "[CUE: CUT 1 - VO R2]", "[IN: "..." OUT: "..." DUR: 0:14]",
 * "[READER 1]"): instructions to the studio, never read out, so neither the story's words nor its figures.
 *
 * <p>Guarantees: only a block wholly made of bracketed runs (one or more, separated by spaces) counts, and only on
 * a page with at least {@value #SCRIPT} of them; a line that
 * goes on after its bracket ("[VO R2] "The river is very high ..."") is text; blocks other rules marked keep
 * their reason.
 */
final class CueLineRule implements FurnitureRule {

    /** True if the text is one or more bracketed runs and spaces, nothing else (read char by char: no recursion). */
    static boolean bracketed(String text) {
        int i = 0;
        int n = text.length();
        int runs = 0;
        while (i < n) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch)) {
                i++;
                continue;
            }
            if (ch != '[') {
                return false;
            }
            int close = i + 1;
            while (close < n && text.charAt(close) != ']') {
                char inner = text.charAt(close);
                if (inner == '[' || inner == '\n') {
                    return false;
                }
                close++;
            }
            if (close == n) {
                return false;
            }
            runs++;
            i = close + 1;
        }
        return runs > 0;
    }

    /**
     * Bracketed lines a page needs before they read as a script's directions: a page with one or two (an export
     * notice, "[Transcript continues in full episode]") is not a script, and its lines are left to the other rules.
     */
    static final int SCRIPT = 3;

    @Override
    public void apply(Page page) {
        java.util.List<Integer> cues = new java.util.ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (!page.marked(i) && bracketed(page.text(i))) {
                cues.add(i);
            }
        }
        if (cues.size() >= SCRIPT) {
            cues.forEach(i -> page.mark(i, FurnitureReason.OTHER));
        }
    }
}

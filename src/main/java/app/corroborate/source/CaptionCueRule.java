package app.corroborate.source;

import java.util.regex.Pattern;

/**
 * A video's closed captions pasted on the page as timed cues ("[00:00:04.120 --> 00:00:07.560] PLANT HAS FORCED
 * FAMILIES ..."), in the SubRip or WebVTT manner: a broadcast's words cut at fixed times, not the story's sentences.
 * A block counts when at least half of its lines open with a cue's timing, and so do a cue's number above its timing and the
 * lines of text under a timing that stands alone (up to a blank line); a story sentence that mentions a time range
 * has no arrow between two clock readings.
 */
final class CaptionCueRule implements FurnitureRule {

    /** A cue's timing: two clock readings joined by an arrow, optionally in brackets. */
    private static final Pattern CUE = Pattern.compile(
            "^\\s*[\\[(]?\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,3})?\\s*-->\\s*\\d{1,2}:\\d{2}(?::\\d{2})?(?:[.,]\\d{1,3})?");

    /** A cue's number in a SubRip file, on its own line above the timing. */
    private static final Pattern CUE_NUMBER = Pattern.compile("^\\s*\\d{1,5}\\s*$");

    /** Lines of text a cue whose timing stands alone holds at most. */
    static final int CUE_LINES = 3;

    @Override
    public void apply(Page page) {
        for (int i = 0; i < page.size(); i++) {
            if (page.marked(i) || !cues(page.text(i))) {
                continue;
            }
            page.mark(i, FurnitureReason.CAPTION);
            if (i > 0
                    && !page.marked(i - 1)
                    && CUE_NUMBER.matcher(page.text(i - 1)).matches()) {
                page.mark(i - 1, FurnitureReason.CAPTION);
            }
            if (timingAlone(page.text(i))) {
                for (int k = i + 1;
                        k < Math.min(page.size(), i + 1 + CUE_LINES) && !page.blankLineBefore(k) && !cues(page.text(k));
                        k++) {
                    if (!page.marked(k)) {
                        page.mark(k, FurnitureReason.CAPTION);
                    }
                }
            }
        }
    }

    /** A WebVTT cue's settings after its timing ("align:start position:10%"). */
    private static final String CUE_SETTING = "\\b[a-z]+:\\S+";

    /** A block that is nothing but a cue's timing: its text follows on the next lines. */
    private static boolean timingAlone(String block) {
        return CUE.matcher(block)
                .replaceFirst("")
                .replaceAll(CUE_SETTING, "")
                .replaceAll("[\\])\\s]", "")
                .isEmpty();
    }

    /** True when at least half of the block's non-blank lines open with a cue's timing. */
    static boolean cues(String block) {
        long lines = 0;
        long timed = 0;
        for (String line : block.split("\n")) {
            if (!line.isBlank()) {
                lines++;
                if (CUE.matcher(line).find()) {
                    timed++;
                }
            }
        }
        return timed > 0 && timed * 2 >= lines;
    }
}

package app.corroborate.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's listings set out as labelled items, not as story text: a notice board or a bulletin on one line ("NOTICES:
 * harvest - Sunday, 10 a.m. | co-op meeting - Tuesday, 5 p.m."), a block of several labelled items ("Travel news: A87
 * at Loch Duich - temporary lights until 4pm. CalMac: Mallaig - Armadale sailings subject to review."), and a run of
 * short labelled lines ("Listen: the evening news, weekdays 5pm" above "Picket times: 6.30am Friday, main
 * entrance"). A single labelled sentence inside a story ("Update: police have reopened the road.") is left alone, and
 * so are the lines of a fact box ("Civilians killed: 31").
 */
final class ListingRule implements FurnitureRule {

    /** A label: one to {@value #LABEL_WORDS} words starting with a capital, then a colon and a space. */
    private static final Pattern LABEL =
            Pattern.compile("^\\p{Lu}[\\p{L}\\p{N}'\u2019&.-]*(?:\\s+[\\p{L}\\p{N}'\u2019&.-]+){0,4}:\\s+\\S");
    /** A further labelled item after the end of a sentence within the block. */
    private static final Pattern NEXT_ITEM =
            Pattern.compile("[.!?]\\s+\\p{Lu}[\\p{L}\\p{N}'\u2019&.-]*(?:\\s+[\\p{L}\\p{N}'\u2019&.-]+){0,2}:\\s+\\S");

    private static final Pattern SEPARATOR = Pattern.compile("\\s[|\u00A6]\\s");

    static final int LABEL_WORDS = 5;
    /** A listing block is short; a paragraph of story text that opens with a label runs longer. */
    static final int BLOCK_WORDS = 45;
    /** A labelled line of a run of them is at most this long. */
    static final int LINE_WORDS = 15;

    @Override
    public void apply(Page page) {
        for (int i = 0; i < page.size(); i++) {
            if (!page.marked(i) && (listing(page, i) || inRun(page, i))) {
                page.mark(i, FurnitureReason.OTHER);
            }
        }
    }

    private static boolean labelled(Page page, int i) {
        return page.words(i) <= BLOCK_WORDS
                && LABEL.matcher(page.text(i).strip()).find();
    }

    /** A labelled block whose items are separated by bars, or that holds more than one labelled item. */
    private static boolean listing(Page page, int i) {
        if (!labelled(page, i)) {
            return false;
        }
        String t = page.text(i).strip();
        Matcher next = NEXT_ITEM.matcher(t);
        return SEPARATOR.matcher(t).find() || next.find();
    }

    /** A short labelled line next to another one. */
    private static boolean inRun(Page page, int i) {
        return shortLabelled(page, i) && (shortLabelled(page, i - 1) || shortLabelled(page, i + 1));
    }

    private static boolean shortLabelled(Page page, int i) {
        return i >= 0 && i < page.size() && page.words(i) <= LINE_WORDS && labelled(page, i) && !datum(page.text(i));
    }

    /** A labelled figure ("Civilians killed: 31"): a line of a fact box, story data rather than a listing. */
    private static boolean datum(String text) {
        String value = text.substring(text.indexOf(':') + 1).strip();
        return Page.countWords(value) <= 1;
    }
}

package app.corroborate.source;

import java.util.regex.Pattern;

/**
 * A list the page hangs off a label or a rule line: the headlines after "Also Read:", "Related content", "MORE
 * LOCAL NEWS", and the teasers after a line of dashes at the end of a story. The label is furniture (see {@link
 * PromptLineRule}); so is every following short item (a headline, a "- " bullet, a teaser ending on a hanging
 * separator such as "World News -" or cut off with an ellipsis), up to the first block that reads as story text
 * again.
 */
final class LabelledListRule implements FurnitureRule {

    /** An item of such a list is at most this long; a story paragraph is longer or ends as a sentence. */
    static final int ITEM_WORDS = 25;
    /** A teaser blurb that ends on a hanging separator is at most this long. */
    static final int TEASER_WORDS = 45;

    private static final Pattern LABEL = Pattern.compile(
            "(?i).*\\b(also read|read more|read also|related|recommended|more from|more news|more local news"
                    + "|latest news|more stories|you may (also )?like|trending|top stories|most read|popular|see also"
                    + "|more on this|further reading|elsewhere|more in)\\b.*");
    private static final Pattern RULE_LINE = Pattern.compile("^[-\u2013\u2014_*=~\u2022\u00B7. ]{1,40}$");
    /** A teaser cut off by the page: it ends on an ellipsis ("... on a 72-hour stoppage..."). */
    private static final Pattern TRUNCATED = Pattern.compile(".*\\p{L}(\\.\\.\\.|\u2026)$");

    private static final Pattern HANGING = Pattern.compile(".*\\s[-\u2013\u2014|\u00BB]$");

    @Override
    public void apply(Page page) {
        for (int i = 0; i < page.size(); i++) {
            String t = page.text(i).strip();
            boolean label = page.words(i) <= 6
                    && !page.endsAsSentence(i)
                    && LABEL.matcher(t).matches()
                    && (page.mark(i) == FurnitureReason.RELATED || t.endsWith(":") || page.words(i) <= 4);
            boolean rule = RULE_LINE.matcher(t).matches() && i > page.firstBodyBlock();
            if (label || rule) {
                page.mark(i, label ? FurnitureReason.RELATED : FurnitureReason.OTHER);
                i = markItems(page, i + 1) - 1;
            }
        }
    }

    /** Marks the items from block {@code i} on; returns the first block that is not one. */
    private static int markItems(Page page, int i) {
        while (i < page.size() && item(page, i)) {
            page.mark(i, FurnitureReason.RELATED);
            i++;
        }
        return Math.max(i, 1);
    }

    private static boolean item(Page page, int i) {
        if (page.marked(i)) {
            return true;
        }
        String t = page.text(i).strip();
        int words = page.words(i);
        if (HANGING.matcher(t).matches() || TRUNCATED.matcher(t).matches()) {
            return words <= TEASER_WORDS;
        }
        boolean bullet = t.startsWith("- ") || t.startsWith("\u2022") || t.startsWith("\u2013 ");
        return words <= ITEM_WORDS && (!page.endsAsSentence(i) || bullet && words <= 15);
    }
}

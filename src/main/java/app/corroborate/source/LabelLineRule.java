package app.corroborate.source;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metadata label lines at the top or bottom of a page ("Source The Hindu", "date 2026-02-01", "Updated: ...")
 * are furniture; their values become the outlet or the publication date.
 */
final class LabelLineRule implements FurnitureRule {

    private static final Pattern LABEL = Pattern.compile(
            "^(source|via|from|published|updated|posted|date|dated|filed|first published|last updated)"
                    + "\\s*[:\\-\u2013\u2014|]?\\s+(\\S.{0,80})$",
            Pattern.CASE_INSENSITIVE);
    private static final int EDGE = 3;
    /** Where a label's value ends when another credit follows it on the line ("Source: X - Edited By: Y"). */
    private static final Pattern NEXT_CREDIT = Pattern.compile(
            "\\s+[-\u2013\u2014|]\\s+.*$|\\s+(edited|written|reported|updated|posted|compiled)\\s+by\\b.*$",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void apply(Page page) {
        for (int i = 0; i < page.size(); i++) {
            boolean edge = i < EDGE || i >= page.size() - EDGE;
            if (!edge || page.marked(i) || page.words(i) > 10) {
                continue;
            }
            Matcher m = LABEL.matcher(page.text(i));
            if (m.matches() && !endsWithSentence(page.text(i))) {
                page.mark(i, FurnitureReason.LABEL);
                record(
                        page,
                        m.group(1).toLowerCase(java.util.Locale.ROOT),
                        m.group(2).strip());
            }
        }
    }

    private static boolean endsWithSentence(String s) {
        return s.endsWith(".") && Page.countWords(s) > 6;
    }

    private static void record(Page page, String label, String value) {
        switch (label) {
            case "source", "via", "from" -> page.outlet(
                    NEXT_CREDIT.matcher(value).replaceFirst("").strip());
            default -> {
                if (Dates.looksLikeDate(value)) {
                    page.published(Dates.toIsoOrSelf(value)); // not a wire's "UPDATED 1-Adds reserves" line
                }
            }
        }
    }
}

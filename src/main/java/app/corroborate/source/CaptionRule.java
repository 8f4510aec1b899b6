package app.corroborate.source;

import java.util.regex.Pattern;

/**
 * Photo captions and credits. A caption is a short block that ends in the wire-photo form "..., Place,
 * Month D, YYYY." or that is labelled as a photo ("Photo: ...", "[Image: ...]", "[Photo caption] ..."); a credit is a short, unpunctuated line right after a caption
 * (an agency or photographer's name).
 */
final class CaptionRule implements FurnitureRule {

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?"
            + "|Nov\\.?|Dec\\.?)";
    /**
     * A weekday: between the place and the date of an AP-style caption ("..., Georgetown, Guyana, Monday, March 2,
     * 2026."), never the place itself (a sentence's date: "... yesterday, Monday, March 2, 2026.").
     */
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    private static final Pattern WIRE_CAPTION = Pattern.compile(
            ".*,\\s+(?!" + WEEKDAY + ",)\\p{Lu}[\\p{L}.'-]*(\\s+\\p{Lu}[\\p{L}.'-]*)*,\\s+(?:" + WEEKDAY + ",\\s+)?("
                    + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}" + "|\\d{1,2}\\s+" + MONTH + "\\s+\\d{4})\\.?\\)?$");
    private static final Pattern LABELLED = Pattern.compile(
            "^([\\[(]?(photo|image|picture|pic|photograph|file photo|video)( credit| caption)?s?\\s*[:/|\\]]).*"
                    + "|.*[(\\[](photo|image|picture)s?\\s*[:/][^)\\]]*[)\\]]$",
            Pattern.CASE_INSENSITIVE);

    @Override
    public void apply(Page page) {
        for (int i = 0; i < page.size(); i++) {
            if (page.marked(i) || page.words(i) > 45) {
                continue;
            }
            String t = page.text(i).strip();
            if (WIRE_CAPTION.matcher(t).matches() || LABELLED.matcher(t).matches()) {
                page.mark(i, FurnitureReason.CAPTION);
                if (i + 1 < page.size() && isCredit(page, i + 1)) {
                    page.mark(i + 1, FurnitureReason.CAPTION);
                }
            }
        }
    }

    private static boolean isCredit(Page page, int i) {
        if (page.marked(i) || page.words(i) > 4 || page.endsAsSentence(i)) {
            return false;
        }
        String t = page.text(i).strip();
        return t.contains("/") || Character.isUpperCase(t.codePointAt(0));
    }
}

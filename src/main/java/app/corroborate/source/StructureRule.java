package app.corroborate.source;

/**
 * Furniture told by document structure: blocks inside navigation, asides, captions, comment or advertisement
 * containers; short link lists; and bare text wedged between the paragraphs of a story (an inline "related
 * story" headline). Only HTML blocks carry these features; plain text is left to the other rules.
 */
final class StructureRule implements FurnitureRule {

    @Override
    public void apply(Page page) {
        for (int i = 0; i < page.size(); i++) {
            Block b = page.block(i);
            if (b.hint() != null) {
                page.mark(i, b.hint());
            } else if (b.linkDensity() >= 0.6 && page.words(i) <= 30) {
                page.mark(i, b.tag().equals("li") ? FurnitureReason.NAVIGATION : FurnitureReason.RELATED);
            } else if (b.bare() && page.words(i) <= 40 && between(page, i)) {
                page.mark(i, FurnitureReason.RELATED);
            }
        }
    }

    /** True if paragraph blocks come both before and after block {@code i}. */
    private static boolean between(Page page, int i) {
        boolean before = false;
        boolean after = false;
        for (int k = 0; k < page.size(); k++) {
            if (page.block(k).tag().equals("p")) {
                before |= k < i;
                after |= k > i;
            }
        }
        return before && after;
    }
}

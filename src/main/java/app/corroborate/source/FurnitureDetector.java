package app.corroborate.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the page furniture among the blocks of an extracted document.
 *
 * <p>Guarantees: rules are general (structure, position, repetition, link density, relatedness to the rest of
 * the story), never lists of known sentences; each excluded span is a whole block with the reason of the first
 * rule that claimed it; the metadata the furniture carries (outlet label, date line, byline, headline) is read
 * on the way. Linear in the number of blocks except the interleaving check, which is quadratic only in blocks.
 */
public final class FurnitureDetector {

    private final List<FurnitureRule> rules = List.of(
            new StructureRule(),
            new LabelLineRule(),
            new RepetitionRule(),
            new PromptLineRule(),
            new ChromeLineRule(),
            new LabelledListRule(),
            new CaptionRule(),
            new BylineRule(),
            new TrailingHeadlinesRule(),
            new DeskLineRule(),
            new AdviceBoxRule());

    /** Exclusions and the metadata found in furniture. */
    public record Result(List<Exclusion> excluded, SourceMetadata metadata) {}

    public Result detect(String text, List<Block> blocks) {
        Page page = new Page(text, blocks);
        for (FurnitureRule rule : rules) {
            rule.apply(page);
        }
        List<Exclusion> excluded = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            if (page.marked(i)) {
                excluded.add(new Exclusion(blocks.get(i).span(), page.mark(i)));
            }
        }
        return new Result(excluded, page.found(headline(page)));
    }

    /** The first unmarked, headline-shaped block before the story body. */
    private static String headline(Page page) {
        int top = page.firstBodyBlock();
        for (int i = 0; i < top; i++) {
            if (!page.marked(i)) {
                boolean shaped = page.words(i) <= 25 && !page.endsAsSentence(i) && page.words(i) >= 3;
                return shaped ? page.text(i).strip() : null;
            }
        }
        return null;
    }
}

package app.corroborate.source;

import app.corroborate.text.WordLists;
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

    /** How many paragraphs of the story's opening a headline is compared with. */
    private static final int OPENING_BLOCKS = 3;

    /** The most words a dateline or date stamp has; a headline naming a month is longer. */
    private static final int DATE_LINE_WORDS = 6;

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

    /**
     * The headline: the first unmarked, headline-shaped block before the story body that shares words with the
     * story's opening (a masthead's slogan or a section label above the headline shares none), else the first
     * headline-shaped block; null when no block before the body has that shape.
     */
    private static String headline(Page page) {
        int top = page.firstBodyBlock();
        java.util.Set<String> opening = new java.util.HashSet<>();
        for (int i = top, taken = 0; i < page.size() && taken < OPENING_BLOCKS; i++) {
            if (!page.marked(i)) {
                opening.addAll(TrailingHeadlinesRule.contentWords(page.text(i)));
                taken++;
            }
        }
        String first = null;
        for (int i = 0; i < top; i++) {
            if (page.marked(i) || !headlineShaped(page, i)) {
                continue;
            }
            String text = page.text(i).strip();
            if (TrailingHeadlinesRule.contentWords(text).stream().anyMatch(opening::contains)) {
                return text;
            }
            first = first == null ? text : first;
        }
        return first;
    }

    private static boolean headlineShaped(Page page, int i) {
        return page.words(i) >= 3 && page.words(i) <= 25 && !page.endsAsSentence(i) && !shortDateLine(page, i);
    }

    /**
     * A dateline or a date stamp ("MUMBAI, December 31", "Sunday 31 Dec"): a few words naming a weekday, or a
     * month beside a number (so that "Rates may rise" stays a headline).
     */
    private static boolean shortDateLine(Page page, int i) {
        if (page.words(i) > DATE_LINE_WORDS) {
            return false;
        }
        String line = page.text(i);
        boolean day = line.chars().anyMatch(Character::isDigit);
        for (String w : line.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if ((day && WordLists.isMonth(w)) || WordLists.weekday(w) != null) {
                return true;
            }
        }
        return false;
    }
}

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
            new ListingRule(),
            new CaptionRule(),
            new CaptionCueRule(),
            new PostChromeRule(),
            new BylineRule(),
            new TrailingHeadlinesRule(),
            new DeskLineRule(),
            new AdviceBoxRule(),
            new ThreadRule(),
            new CueLineRule(),
            new BroadcastLineRule());

    /** How many paragraphs of the story's opening a headline is compared with. */
    private static final int OPENING_BLOCKS = 3;

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(19|20)\\d\\d\\b");

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
     * The headline: of the unmarked, headline-shaped blocks before the story body, the one whose words the story's
     * opening uses most (a masthead's slogan or a section label above the headline shares few or none; the first
     * of equals wins); null when no such block shares a word with the opening (an app prompt, a site's menu).
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
        String best = null;
        double bestShare = 0;
        for (int i = 0; i < top; i++) {
            if (page.marked(i) || !headlineShaped(page, i)) {
                continue;
            }
            String text = page.text(i).strip();
            double share = TrailingHeadlinesRule.relatedness(text, opening);
            if (share > bestShare && !TrailingHeadlinesRule.contentWords(text).isEmpty()) {
                best = text;
                bestShare = share;
            }
        }
        return best;
    }

    private static boolean headlineShaped(Page page, int i) {
        return page.words(i) >= 3 && page.words(i) <= 25 && !page.endsAsSentence(i) && !shortDateLine(page, i);
    }

    /**
     * A dateline or a date stamp ("MUMBAI, December 31", "Sunday 31 Dec"): a few words naming a weekday, or a
     * month beside a number (so that "Rates may rise" stays a headline); or a line of any length with a full date
     * (a printed page's running head: "THE TIMES   Friday, February 13, 2026   5").
     */
    private static boolean shortDateLine(Page page, int i) {
        String line = page.text(i);
        boolean day = line.chars().anyMatch(Character::isDigit);
        boolean month = false;
        boolean weekday = false;
        for (String w : line.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            month |= day && WordLists.isMonth(w);
            weekday |= WordLists.weekday(w) != null;
        }
        boolean fullDate = month && (weekday || YEAR.matcher(line).find());
        return fullDate || page.words(i) <= DATE_LINE_WORDS && (month || weekday);
    }
}

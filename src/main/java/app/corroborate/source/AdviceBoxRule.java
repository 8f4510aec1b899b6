package app.corroborate.source;

import java.util.regex.Pattern;

/**
 * A reader help box set into a page ("What should I do?", "Heading for the hills?"): a short heading that asks
 * the reader a question, followed by advice addressed to the reader (second person or an imperative "Do not",
 * "Never", "Always"). The heading and the advice blocks that follow it are furniture: service text, not
 * reporting. A question heading followed by reporting is left alone.
 *
 * <p>Guarantees: only blocks of at most {@value #ADVICE_WORDS} words, consecutive after a heading of at most
 * {@value #HEADING_WORDS} words, are marked. Linear in the number of blocks.
 */
final class AdviceBoxRule implements FurnitureRule {

    /** A box heading is a short question; a quoted question in the story is part of a longer sentence. */
    static final int HEADING_WORDS = 7;

    /** A line of advice in a box (a tip, a number to call) is at most this long; story paragraphs run longer. */
    static final int ADVICE_WORDS = 40;

    private static final Pattern TO_THE_READER =
            Pattern.compile("(?i)(.*\\b(you|your|yours|yourself)\\b.*|^(do not|don't|never|always|please)\\b.*)");

    @Override
    public void apply(Page page) {
        for (int i = 0; i + 1 < page.size(); i++) {
            String heading = page.text(i).strip();
            if (page.marked(i)
                    || !heading.endsWith("?")
                    || page.words(i) > HEADING_WORDS
                    || heading.startsWith("\"")
                    || heading.startsWith("\u201C")) {
                continue;
            }
            int j = i + 1;
            while (j < page.size()
                    && !page.marked(j)
                    && page.words(j) <= ADVICE_WORDS
                    && TO_THE_READER.matcher(page.text(j).strip()).matches()) {
                j++;
            }
            if (j > i + 1) {
                for (int k = i; k < j; k++) {
                    page.mark(k, FurnitureReason.OTHER);
                }
                i = j - 1;
            }
        }
    }
}

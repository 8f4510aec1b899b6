package app.corroborate.source;

import app.corroborate.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A short block that repeats an earlier one word for word (a headline printed twice) is furniture, and so is a
 * pull quote: a block that is nothing but a quotation whose words the story quotes again in another block.
 */
final class RepetitionRule implements FurnitureRule {

    @Override
    public void apply(Page page) {
        Set<String> seen = new HashSet<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            String key = Normalizer.text(page.text(i));
            keys.add(key);
            if (!seen.add(key) && !page.marked(i) && page.words(i) <= 30) {
                page.mark(i, FurnitureReason.HEADLINE_REPEAT);
            }
        }
        Blocks words = new Blocks(keys);
        for (int i = 0; i < page.size(); i++) {
            String inner = pullQuote(keys.get(i).strip());
            if (inner != null && !inner.isEmpty() && !page.marked(i) && words.quotedElsewhere(i, inner)) {
                page.mark(i, FurnitureReason.HEADLINE_REPEAT);
            }
        }
    }

    /**
     * The words of every block in one text (blocks apart by a separator no word holds), so that finding a pull
     * quote's words in the other blocks is one search of the page, not one per block.
     */
    private static final class Blocks {
        private final StringBuilder all = new StringBuilder();
        private final int[] starts;

        Blocks(List<String> keys) {
            starts = new int[keys.size() + 1];
            for (int i = 0; i < keys.size(); i++) {
                starts[i] = all.length();
                all.append(words(keys.get(i))).append('\n');
            }
            starts[keys.size()] = all.length();
        }

        /** Whether {@code inner} is found inside a longer block than {@code self}. */
        boolean quotedElsewhere(int self, String inner) {
            for (int at = all.indexOf(inner); at >= 0; at = all.indexOf(inner, at + 1)) {
                int block = block(at);
                if (block != self && starts[block + 1] - starts[block] - 1 > inner.length()) {
                    return true;
                }
            }
            return false;
        }

        private int block(int offset) {
            int i = java.util.Arrays.binarySearch(starts, offset);
            return i >= 0 ? i : -i - 2;
        }
    }

    /** The words inside the marks of a block that is one quotation and nothing else, or null. */
    private static String pullQuote(String block) {
        if (block.length() < 3 || block.charAt(0) != '"' || block.charAt(block.length() - 1) != '"') {
            return null;
        }
        String inner = block.substring(1, block.length() - 1);
        return inner.indexOf('"') < 0 ? words(inner) : null;
    }

    private static String words(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}

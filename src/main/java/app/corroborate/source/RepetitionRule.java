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
        for (int i = 0; i < page.size(); i++) {
            String inner = pullQuote(keys.get(i).strip());
            if (inner != null && !page.marked(i) && quotedElsewhere(keys, i, inner)) {
                page.mark(i, FurnitureReason.HEADLINE_REPEAT);
            }
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

    private static boolean quotedElsewhere(List<String> keys, int self, String inner) {
        for (int j = 0; j < keys.size(); j++) {
            if (j != self
                    && keys.get(j).length() > inner.length()
                    && words(keys.get(j)).contains(inner)) {
                return true;
            }
        }
        return false;
    }

    private static String words(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}

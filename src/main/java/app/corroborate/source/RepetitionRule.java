package app.corroborate.source;

import app.corroborate.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/** A short block that repeats an earlier one word for word (a headline printed twice) is furniture. */
final class RepetitionRule implements FurnitureRule {

    @Override
    public void apply(Page page) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < page.size(); i++) {
            String key = Normalizer.text(page.text(i));
            if (!seen.add(key) && !page.marked(i) && page.words(i) <= 30) {
                page.mark(i, FurnitureReason.HEADLINE_REPEAT);
            }
        }
    }
}

package app.corroborate.ui.compare;

import app.corroborate.review.CaseAnalysis;
import app.corroborate.store.Annotation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The comparisons last computed, so that going back to a source, or on to the one prepared ahead, shows it at
 * once. Used on the UI thread only.
 *
 * <p>Guarantees: holds at most {@link #CAPACITY} comparisons (the least recently used goes first); a comparison
 * is found only for the very analysis, annotations and marking it was computed with, so a new analysis, a new
 * annotation or the rewording switch never shows a stale one.
 */
final class ComparisonCache {

    /**
     * The shown comparison, its two neighbours in the source list (Ctrl+Tab either way) and the one shown before
     * (to go back): more would keep large texts' styled documents alive for little gain.
     */
    static final int CAPACITY = 4;

    /**
     * The largest pair (base and compared text together, in characters) prepared ahead of being asked for: a pair
     * of 1 MB texts costs tens of megabytes of styled documents, so beyond this the comparison waits to be asked.
     */
    static final int MAX_PREPARED_CHARS = 600_000;

    /** What a comparison was computed from. The analysis is compared by identity (a new one is a new case state). */
    record Key(CaseAnalysis analysis, int index, List<Annotation> notes, boolean edits) {}

    private final Map<Key, ComparisonModel> entries = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, ComparisonModel> eldest) {
            return size() > CAPACITY;
        }
    };

    ComparisonModel get(Key key) {
        return entries.get(key);
    }

    void put(Key key, ComparisonModel model) {
        entries.keySet().removeIf(k -> k.analysis() != key.analysis());
        entries.put(key, model);
    }

    boolean contains(Key key) {
        return entries.containsKey(key);
    }

    /** Whether comparing source {@code index} of {@code analysis} is small enough to prepare ahead. */
    static boolean worthPreparing(CaseAnalysis analysis, int index) {
        long chars = (long) analysis.documents().get(0).text().length()
                + analysis.documents().get(index).text().length();
        return chars <= MAX_PREPARED_CHARS;
    }
}

package app.corroborate.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Word sets, each with an item, looked up by Jaccard similarity: the items whose sets overlap a query at least
 * as much as a threshold, without comparing the query with every set.
 *
 * <p>Guarantees: {@link #like} returns exactly the items with {@code ContentWords.jaccard(query, set) >= t}, in
 * the order they were added (prefix filtering: two sets that reach the threshold share a word among the first
 * {@code |x| - ceil(t |x|) + 1} of each in one fixed order, so only sets sharing such a word are compared). Adding
 * is linear in the set; a lookup is linear in the sets that share a prefix word with the query.
 *
 * @param <T> the item a set belongs to
 */
public final class SimilarSets<T> {

    private record Entry<T>(T item, Set<String> words) {
    }

    private final double threshold;
    private final Comparator<String> order;
    private final List<Entry<T>> entries = new ArrayList<>();
    private final Map<String, List<Integer>> postings = new HashMap<>();
    private final List<Integer> empty = new ArrayList<>();

    /** An index filled by {@link #add}, its words in alphabetical order. */
    public SimilarSets(double threshold) {
        this(threshold, Comparator.naturalOrder());
    }

    private SimilarSets(double threshold, Comparator<String> order) {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("a Jaccard threshold in (0, 1]: " + threshold);
        }
        this.threshold = threshold;
        this.order = order;
    }

    /**
     * An index of a known collection, its words ordered rarest first (in how many sets they occur), so that a
     * lookup compares the query only with sets that share a rare word with it.
     */
    public static <T> SimilarSets<T> of(double threshold, List<T> items, List<Set<String>> sets) {
        Map<String, Integer> frequency = new HashMap<>();
        sets.forEach(s -> s.forEach(w -> frequency.merge(w, 1, Integer::sum)));
        SimilarSets<T> out = new SimilarSets<>(threshold, Comparator.comparingInt((String w) ->
                frequency.getOrDefault(w, 0)).thenComparing(Comparator.naturalOrder()));
        for (int i = 0; i < items.size(); i++) {
            out.add(items.get(i), sets.get(i));
        }
        return out;
    }

    public void add(T item, Set<String> words) {
        int id = entries.size();
        entries.add(new Entry<>(item, words));
        if (words.isEmpty()) {
            empty.add(id);
        }
        for (String w : prefix(words)) {
            postings.computeIfAbsent(w, k -> new ArrayList<>()).add(id);
        }
    }

    /** The items whose sets reach the threshold with the query, in the order they were added. */
    public List<T> like(Set<String> query) {
        TreeSet<Integer> candidates = new TreeSet<>();
        if (query.isEmpty()) {
            candidates.addAll(empty);
        }
        for (String w : prefix(query)) {
            candidates.addAll(postings.getOrDefault(w, List.of()));
        }
        List<T> out = new ArrayList<>();
        for (int id : candidates) {
            Entry<T> e = entries.get(id);
            if (ContentWords.jaccard(query, e.words()) >= threshold) {
                out.add(e.item());
            }
        }
        return out;
    }

    /** True if any set reaches the threshold with the query. */
    public boolean any(Set<String> query) {
        return !like(query).isEmpty();
    }

    private List<String> prefix(Set<String> words) {
        int n = words.size();
        int length = n - (int) Math.ceil(threshold * n - 1e-9) + 1;
        return words.stream().sorted(order).limit(Math.max(0, length)).toList();
    }
}

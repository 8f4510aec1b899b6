package app.corroborate.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word sets, each with an item, looked up by Jaccard similarity: the items whose sets overlap a query at least
 * as much as a threshold, without comparing the query with every set.
 *
 * <p>Guarantees: {@link #like} returns exactly the items with {@code ContentWords.jaccard(query, set) >= t}, in
 * the order they were added (prefix filtering: two sets that reach the threshold share a word among the first
 * {@code |x| - ceil(t |x|) + 1} of each in one fixed order, so only sets sharing such a word are compared, and
 * only those of a size that can reach the threshold). Adding is linear in the set; a lookup is linear in the sets
 * that share a prefix word with the query.
 *
 * @param <T> the item a set belongs to
 */
public final class SimilarSets<T> {

    private record Entry<T>(T item, Set<String> words) {}

    private final double threshold;
    /** Each indexed word's place in the order rarest first, or null for alphabetical order. */
    private final Map<String, Integer> rank;

    private final List<String> byRank;
    private final List<Entry<T>> entries = new ArrayList<>();
    private final Map<String, Ids> postings = new HashMap<>();
    private final List<Integer> empty = new ArrayList<>();

    /** An index filled by {@link #add}, its words in alphabetical order. */
    public SimilarSets(double threshold) {
        this(threshold, null, List.of());
    }

    private SimilarSets(double threshold, Map<String, Integer> rank, List<String> byRank) {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("a Jaccard threshold in (0, 1]: " + threshold);
        }
        this.threshold = threshold;
        this.rank = rank;
        this.byRank = byRank;
    }

    /**
     * An index of a known collection, its words ordered rarest first (in how many sets they occur), so that a
     * lookup compares the query only with sets that share a rare word with it.
     */
    public static <T> SimilarSets<T> of(double threshold, List<T> items, List<Set<String>> sets) {
        Map<String, Integer> frequency = new HashMap<>();
        sets.forEach(s -> s.forEach(w -> frequency.merge(w, 1, Integer::sum)));
        List<String> byRank = new ArrayList<>(frequency.keySet());
        byRank.sort(Comparator.comparingInt((String w) -> frequency.get(w)).thenComparing(Comparator.naturalOrder()));
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < byRank.size(); i++) {
            rank.put(byRank.get(i), i);
        }
        SimilarSets<T> out = new SimilarSets<>(threshold, rank, byRank);
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
            postings.computeIfAbsent(w, k -> new Ids()).add(id);
        }
    }

    /** The items whose sets reach the threshold with the query, in the order they were added. */
    public List<T> like(Set<String> query) {
        List<T> out = new ArrayList<>();
        int[] candidates = candidates(query);
        for (int k = 0; k < candidates.length; k++) {
            if (k > 0 && candidates[k] == candidates[k - 1]) {
                continue;
            }
            Entry<T> e = entries.get(candidates[k]);
            if (ContentWords.jaccard(query, e.words()) >= threshold) {
                out.add(e.item());
            }
        }
        return out;
    }

    /**
     * The ids of the sets that share a prefix word with the query and whose size allows the threshold (a set
     * of size {@code y} reaches Jaccard {@code t} with one of size {@code x} only if {@code t x <= y <= x / t}),
     * ascending, with repeats.
     */
    private int[] candidates(Set<String> query) {
        if (query.isEmpty()) {
            return empty.stream().mapToInt(Integer::intValue).toArray();
        }
        double smallest = threshold * query.size() - SLACK;
        double largest = query.size() / threshold + SLACK;
        Ids out = new Ids();
        for (String w : prefix(query)) {
            Ids ids = postings.get(w);
            for (int k = 0; ids != null && k < ids.size; k++) {
                int size = entries.get(ids.ids[k]).words().size();
                if (size >= smallest && size <= largest) {
                    out.add(ids.ids[k]);
                }
            }
        }
        int[] sorted = Arrays.copyOf(out.ids, out.size);
        Arrays.sort(sorted);
        return sorted;
    }

    /** Rounding slack on the size bounds: they may only let more candidates through, never fewer. */
    private static final double SLACK = 1e-9;

    /** A growable list of set ids, without a boxed integer per id. */
    private static final class Ids {
        private int[] ids = new int[4];
        private int size;

        void add(int id) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
        }
    }

    /** True if any set reaches the threshold with the query. */
    public boolean any(Set<String> query) {
        return !like(query).isEmpty();
    }

    /**
     * The first {@code |x| - ceil(t |x|) + 1} words of a set in the index's order. In the order rarest first, words
     * the index has never seen (no set holds them) come first; they lead to no set, so only the indexed words of
     * the prefix are returned.
     */
    private List<String> prefix(Set<String> words) {
        int n = words.size();
        int length = Math.max(0, n - (int) Math.ceil(threshold * n - 1e-9) + 1);
        if (rank == null) {
            String[] sorted = words.toArray(new String[0]);
            Arrays.sort(sorted);
            return Arrays.asList(sorted).subList(0, Math.min(length, sorted.length));
        }
        int[] ranks = new int[n];
        int known = 0;
        for (String w : words) {
            Integer r = rank.get(w);
            if (r != null) {
                ranks[known++] = r;
            }
        }
        Arrays.sort(ranks, 0, known);
        int take = Math.max(0, Math.min(known, length - (n - known)));
        List<String> out = new ArrayList<>(take);
        for (int k = 0; k < take; k++) {
            out.add(byRank.get(ranks[k]));
        }
        return out;
    }
}

package app.corroborate.collate;

import app.corroborate.align.AlignedPair;
import app.corroborate.align.Alignment;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups sources that are near-verbatim copies of one another (a wire story republished, trimmed or extended),
 * so that corroboration counts independent groups, not outlets.
 *
 * <p>Guarantees: two sources are copies when at least {@value #SHARED} of the sentences of the shorter one are
 * aligned with a similarity of at least {@value #NEAR}; groups are the transitive closure (union-find), numbered
 * in order of their first member. Quadratic in the number of sources (each pair is aligned once).
 */
public final class CopyDetector {

    static final double NEAR = 0.75;
    static final double SHARED = 0.5;

    /** True if the alignment shows two copies of one text. */
    public static boolean copies(Alignment a) {
        int shorter = Math.min(a.base().sentences().size(), a.other().sentences().size());
        if (shorter == 0) {
            return false;
        }
        long near = a.pairs().stream().filter(p -> p.paired() && p.similarity() >= NEAR)
                .mapToInt(AlignedPair::baseIndex).distinct().count();
        return near >= SHARED * shorter;
    }

    /** Group number of each source, given a function that aligns sources {@code i < j}. */
    public static int[] groups(int n, java.util.function.BiFunction<Integer, Integer, Alignment> align) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (find(parent, i) != find(parent, j) && copies(align.apply(i, j))) {
                    parent[find(parent, j)] = find(parent, i);
                }
            }
        }
        int[] group = new int[n];
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int r = find(parent, i);
            if (!roots.contains(r)) {
                roots.add(r);
            }
            group[i] = roots.indexOf(r);
        }
        return group;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}

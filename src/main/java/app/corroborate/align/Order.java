package app.corroborate.align;

import java.util.Arrays;

/**
 * Decides which pairs keep their relative order: the longest increasing subsequence of partner positions,
 * taken along the base. Pairs outside it are the ones that moved.
 *
 * <p>Guarantees: deterministic; O(n log n).
 */
final class Order {

    private Order() {}

    /** For a sequence of partner positions (in base order), whether each is in the kept order. */
    static boolean[] kept(int[] positions) {
        int n = positions.length;
        int[] tailIndex = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (positions[tailIndex[mid]] < positions[i]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            previous[i] = lo > 0 ? tailIndex[lo - 1] : -1;
            tailIndex[lo] = i;
            length = Math.max(length, lo + 1);
        }
        boolean[] kept = new boolean[n];
        Arrays.fill(kept, false);
        for (int i = length > 0 ? tailIndex[length - 1] : -1; i >= 0; i = previous[i]) {
            kept[i] = true;
        }
        return kept;
    }
}

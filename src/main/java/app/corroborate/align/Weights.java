package app.corroborate.align;

import app.corroborate.text.WordLists;

/**
 * Word weights for comparing the sentences of two versions: inverse sentence frequency over both versions, with
 * function words damped, so that shared names and figures count more than shared "the" and "said".
 *
 * <p>Guarantees: weights are positive; similarity is a weighted Dice coefficient in [0, 1], 1 exactly when the
 * two content sets are equal. Similarity of two sentences is linear in their lengths.
 */
final class Weights {

    /** Smooths inverse frequency so that tiny texts (a few sentences) do not exaggerate every word's rarity. */
    private static final double PSEUDO_SENTENCES = 20;

    private final double[] weight;

    Weights(ContentKeys keys, PreparedText a, PreparedText b) {
        int size = keys.size();
        int[] df = new int[size];
        count(a, df);
        count(b, df);
        double n = a.sentences() + b.sentences() + PSEUDO_SENTENCES;
        weight = new double[size];
        boolean[] functionWord = new boolean[size];
        for (String f : WordLists.FUNCTION_WORDS) {
            int id = keys.existing(f);
            if (id >= 0) {
                functionWord[id] = true;
            }
        }
        for (int id = 0; id < size; id++) {
            if (df[id] > 0) {
                double w = Math.log(1 + n / df[id]);
                weight[id] = functionWord[id] ? w * 0.25 : w;
            }
        }
    }

    private static void count(PreparedText t, int[] df) {
        for (int[] set : t.content) {
            for (int id : set) {
                df[id]++;
            }
        }
    }

    double of(int id) {
        return weight[id];
    }

    double total(int[] set) {
        double sum = 0;
        for (int id : set) {
            sum += weight[id];
        }
        return sum;
    }

    /** Weight of the ids two sorted sets share. */
    double shared(int[] x, int[] y) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                sum += weight[x[i]];
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    double similarity(int[] x, int[] y) {
        double total = total(x) + total(y);
        return total == 0 ? (x.length == 0 && y.length == 0 ? 1 : 0) : 2 * shared(x, y) / total;
    }

    /** Share of the weight of {@code part} that {@code whole} contains. */
    double containment(int[] part, int[] whole) {
        double t = total(part);
        return t == 0 ? 0 : shared(part, whole) / t;
    }

    /** Sorted union of two sorted sets. */
    static int[] union(int[] x, int[] y) {
        int[] out = new int[x.length + y.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < x.length || j < y.length) {
            int v = j >= y.length || i < x.length && x[i] <= y[j] ? x[i++] : y[j++];
            if (n == 0 || out[n - 1] != v) {
                out[n++] = v;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}

package app.corroborate.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs the sentences of two prepared versions: exact matches first, then rewrites by weighted word overlap,
 * then sentences split in two or merged.
 *
 * <p>Guarantees: every sentence ends up in exactly one group; a fuzzy pair needs a similarity of at least
 * {@value #THRESHOLD}; results are deterministic. Time is linear in the number of sentences for the exact pass;
 * the fuzzy pass only looks at unmatched sentences and, for large inputs, only through words rarer than a cap,
 * so it stays near-linear in practice.
 */
final class SentencePairing {

    static final double THRESHOLD = 0.3;
    /** Below the threshold, a pair is still taken down to this score when each is the other's best match. */
    static final double MUTUAL_THRESHOLD = 0.22;
    /** Sentences that state figures but share none are likely about different facts. */
    private static final double NUMBER_CONFLICT = 0.6;

    private static final int CANDIDATES = 6;
    private static final int GAP_CANDIDATES = 8;
    private static final double IN_GAP_BONUS = 0.08;

    /** A group of sentence indices; one side may be empty (added or dropped). */
    record Group(int[] base, int[] other, double similarity) {}

    private final PreparedText a;
    private final PreparedText b;
    private final Weights w;
    private final int[] pairA;
    private final int[] pairB;
    private final double[] simA;
    private double[] totalA;
    private double[] totalB;

    SentencePairing(PreparedText a, PreparedText b, Weights w) {
        this.a = a;
        this.b = b;
        this.w = w;
        pairA = new int[a.sentences()];
        pairB = new int[b.sentences()];
        simA = new double[a.sentences()];
        Arrays.fill(pairA, -1);
        Arrays.fill(pairB, -1);
    }

    List<Group> pair() {
        matchExact();
        matchFuzzy();
        return new GroupBuilder(a, b, w, pairA, pairB, simA).build();
    }

    private void matchExact() {
        Map<Long, List<Integer>> byHash = new HashMap<>();
        for (int t = 0; t < b.sentences(); t++) {
            byHash.computeIfAbsent(b.hash[t], k -> new ArrayList<>(1)).add(t);
        }
        for (int s = 0; s < a.sentences(); s++) {
            List<Integer> candidates = byHash.get(a.hash[s]);
            if (candidates == null) {
                continue;
            }
            for (int t : candidates) {
                if (pairB[t] < 0 && a.sameTokens(s, b, t)) {
                    link(s, t, 1.0);
                    break;
                }
            }
        }
    }

    private void matchFuzzy() {
        int[] unmatchedB = unmatched(pairB);
        if (unmatchedB.length == 0) {
            return;
        }
        Postings postings = new Postings(b, unmatchedB, w);
        int[][] gaps = expectedGaps();
        List<double[]> candidates = new ArrayList<>();
        for (int s = 0; s < a.sentences(); s++) {
            if (pairA[s] < 0 && a.content[s].length > 0) {
                for (int t : candidatesOf(s, postings, gaps)) {
                    double sim = similarity(s, t);
                    double score = sim * numberAgreement(s, t);
                    if (score >= MUTUAL_THRESHOLD) {
                        boolean inGap = t > gaps[0][s] && t < gaps[1][s];
                        candidates.add(new double[] {score + (inGap ? IN_GAP_BONUS : 0), s, t, sim, score});
                    }
                }
            }
        }
        candidates.sort((x, y) -> x[0] != y[0]
                ? Double.compare(y[0], x[0])
                : x[1] != y[1] ? Double.compare(x[1], y[1]) : Double.compare(x[2], y[2]));
        for (double[] c : candidates) {
            int s = (int) c[1];
            int t = (int) c[2];
            if (c[4] >= THRESHOLD && pairA[s] < 0 && pairB[t] < 0) {
                link(s, t, c[3]);
            }
        }
        linkMutualBest(candidates);
    }

    /** Among sentences still unpaired, pairs weaker than the threshold that each side prefers to all others. */
    private void linkMutualBest(List<double[]> candidates) {
        Map<Integer, double[]> bestOfA = new HashMap<>();
        Map<Integer, double[]> bestOfB = new HashMap<>();
        for (double[] c : candidates) {
            int s = (int) c[1];
            int t = (int) c[2];
            if (pairA[s] < 0 && pairB[t] < 0) {
                bestOfA.putIfAbsent(s, c);
                bestOfB.putIfAbsent(t, c);
            }
        }
        for (double[] c : candidates) {
            int s = (int) c[1];
            int t = (int) c[2];
            if (bestOfA.get(s) == c && bestOfB.get(t) == c && pairA[s] < 0 && pairB[t] < 0) {
                link(s, t, c[3]);
            }
        }
    }

    /**
     * A factor on similarity for pairing: damped when both sentences state figures and share none, not even
     * a rounded one (6.2 and 6 agree well enough to be the same figure restated).
     */
    private double numberAgreement(int s, int t) {
        boolean bothCount = a.numbers[s].length > 0 && b.numbers[t].length > 0;
        if (!bothCount || w.shared(a.numbers[s], b.numbers[t]) > 0) {
            return 1;
        }
        return near(a.values[s], b.values[t]) ? 1 : NUMBER_CONFLICT;
    }

    private static boolean near(double[] x, double[] y) {
        for (double u : x) {
            for (double v : y) {
                if (Math.abs(u - v) <= 0.1 * Math.max(Math.abs(u), Math.abs(v))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Likely partners of base sentence {@code s}: those sharing its rarest words (wherever they are, so moves are
     * found) and the unmatched sentences between the exact anchors around it (where a rewrite usually stays).
     */
    private int[] candidatesOf(int s, Postings postings, int[][] gaps) {
        int[] byWords = postings.best(a.content[s], CANDIDATES);
        int from = gaps[0][s] + 1;
        int to = Math.min(gaps[1][s], from + GAP_CANDIDATES);
        int[] out = Arrays.copyOf(byWords, byWords.length + Math.max(0, to - from));
        int n = byWords.length;
        for (int t = from; t < to; t++) {
            if (pairB[t] < 0 && !contains(byWords, t)) {
                out[n++] = t;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    /** Weighted Dice of two sentences, with each side's total weight computed once per sentence. */
    private double similarity(int s, int t) {
        if (totalA == null) {
            totalA = totals(a);
            totalB = totals(b);
        }
        double total = totalA[s] + totalB[t];
        return total == 0 ? 0 : 2 * w.shared(a.content[s], b.content[t]) / total;
    }

    private double[] totals(PreparedText text) {
        double[] out = new double[text.sentences()];
        for (int i = 0; i < out.length; i++) {
            out[i] = w.total(text.content[i]);
        }
        return out;
    }

    /** For each base sentence, the other-version indices of the nearest exact anchors before and after it. */
    private int[][] expectedGaps() {
        int n = a.sentences();
        int[] before = new int[n];
        int[] after = new int[n];
        int last = -1;
        for (int s = 0; s < n; s++) {
            before[s] = last;
            if (pairA[s] >= 0) {
                last = pairA[s];
            }
        }
        int next = b.sentences();
        for (int s = n - 1; s >= 0; s--) {
            after[s] = next;
            if (pairA[s] >= 0) {
                next = pairA[s];
            }
        }
        return new int[][] {before, after};
    }

    private void link(int s, int t, double sim) {
        pairA[s] = t;
        pairB[t] = s;
        simA[s] = sim;
    }

    private static int[] unmatched(int[] pairs) {
        return java.util.stream.IntStream.range(0, pairs.length)
                .filter(i -> pairs[i] < 0)
                .toArray();
    }
}

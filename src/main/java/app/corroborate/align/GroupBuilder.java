package app.corroborate.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one-to-one sentence links into groups, attaching an unpaired sentence to its neighbour's pair when the
 * pair is a split (one base sentence written as two) or a merge (two written as one).
 *
 * <p>Guarantees: a sentence is attached only if it belongs with the partner (most of its words occur there, or
 * it is similar on its own) and the group is more similar than the pair alone; every sentence is in exactly one group; groups come out in base order, then
 * added sentences in other order. Linear in the number of sentences.
 */
final class GroupBuilder {

    private static final double CONTAINED = 0.5;
    private static final int WINDOW = 8;

    private final PreparedText a;
    private final PreparedText b;
    private final Weights w;
    private final int[] pairA;
    private final int[] pairB;
    private final double[] simA;
    /** For an attached sentence, the index (on the other side) of the pair it joined; else -1. */
    private final int[] joinA;

    private final int[] joinB;

    GroupBuilder(PreparedText a, PreparedText b, Weights w, int[] pairA, int[] pairB, double[] simA) {
        this.a = a;
        this.b = b;
        this.w = w;
        this.pairA = pairA;
        this.pairB = pairB;
        this.simA = simA;
        joinA = filled(a.sentences());
        joinB = filled(b.sentences());
    }

    List<SentencePairing.Group> build() {
        attachSplits();
        attachMerges();
        return collect();
    }

    private void attachSplits() {
        for (int t = 0; t < b.sentences(); t++) {
            if (pairB[t] >= 0 || joinB[t] >= 0) {
                continue;
            }
            for (int neighbour : new int[] {t - 1, t + 1}) {
                int s = owner(neighbour);
                if (s >= 0 && pairA[s] >= 0 && improves(a.content[s], groupOther(s), b.content[t])) {
                    joinB[t] = s;
                    break;
                }
            }
        }
    }

    private void attachMerges() {
        for (int s = 0; s < a.sentences(); s++) {
            if (pairA[s] >= 0 || joinA[s] >= 0) {
                continue;
            }
            for (int neighbour : new int[] {s - 1, s + 1}) {
                if (neighbour < 0 || neighbour >= a.sentences() || pairA[neighbour] < 0) {
                    continue;
                }
                int t = pairA[neighbour];
                if (!hasSplitParts(neighbour) && improves(b.content[t], groupBase(t), a.content[s])) {
                    joinA[s] = t;
                    break;
                }
            }
        }
    }

    /** The base sentence whose group holds other sentence {@code t}, or -1. */
    private int owner(int t) {
        if (t < 0 || t >= b.sentences()) {
            return -1;
        }
        return pairB[t] >= 0 ? pairB[t] : joinB[t];
    }

    private boolean hasSplitParts(int s) {
        for (int t = lo(pairA[s]); t < hi(pairA[s], b.sentences()); t++) {
            if (joinB[t] == s) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if {@code extra} belongs with {@code partner} (most of its words occur there, or it is similar enough
     * on its own) and adding it to {@code side} makes the group match better.
     */
    private boolean improves(int[] partner, int[] side, int[] extra) {
        boolean belongs = w.containment(extra, partner) >= CONTAINED
                || w.similarity(extra, partner) >= SentencePairing.MUTUAL_THRESHOLD;
        if (!belongs) {
            return false;
        }
        return w.similarity(partner, Weights.union(side, extra)) > w.similarity(partner, side);
    }

    private int[] groupOther(int s) {
        int[] set = b.content[pairA[s]];
        for (int t = lo(pairA[s]); t < hi(pairA[s], b.sentences()); t++) {
            if (joinB[t] == s) {
                set = Weights.union(set, b.content[t]);
            }
        }
        return set;
    }

    private int[] groupBase(int t) {
        int[] set = a.content[pairB[t]];
        for (int s = lo(pairB[t]); s < hi(pairB[t], a.sentences()); s++) {
            if (joinA[s] == t) {
                set = Weights.union(set, a.content[s]);
            }
        }
        return set;
    }

    private List<SentencePairing.Group> collect() {
        List<SentencePairing.Group> groups = new ArrayList<>();
        for (int s = 0; s < a.sentences(); s++) {
            if (pairA[s] >= 0) {
                groups.add(group(s));
            } else if (joinA[s] < 0) {
                groups.add(new SentencePairing.Group(new int[] {s}, new int[0], 0));
            }
        }
        for (int t = 0; t < b.sentences(); t++) {
            if (pairB[t] < 0 && joinB[t] < 0) {
                groups.add(new SentencePairing.Group(new int[0], new int[] {t}, 0));
            }
        }
        return groups;
    }

    private SentencePairing.Group group(int s) {
        int t = pairA[s];
        if (!hasParts(s, t)) {
            return new SentencePairing.Group(new int[] {s}, new int[] {t}, simA[s]);
        }
        List<Integer> base = new ArrayList<>(List.of(s));
        List<Integer> other = new ArrayList<>(List.of(t));
        for (int x = lo(t); x < hi(t, b.sentences()); x++) {
            if (joinB[x] == s) {
                other.add(x);
            }
        }
        for (int x = lo(s); x < hi(s, a.sentences()); x++) {
            if (joinA[x] == t) {
                base.add(x);
            }
        }
        int[] bs = base.stream().mapToInt(Integer::intValue).sorted().toArray();
        int[] os = other.stream().mapToInt(Integer::intValue).sorted().toArray();
        double sim = bs.length == 1 && os.length == 1 ? simA[s] : w.similarity(union(a, bs), union(b, os));
        return new SentencePairing.Group(bs, os, sim);
    }

    private boolean hasParts(int s, int t) {
        for (int x = lo(t); x < hi(t, b.sentences()); x++) {
            if (joinB[x] == s) {
                return true;
            }
        }
        for (int x = lo(s); x < hi(s, a.sentences()); x++) {
            if (joinA[x] == t) {
                return true;
            }
        }
        return false;
    }

    private static int[] union(PreparedText text, int[] indices) {
        int[] set = new int[0];
        for (int i : indices) {
            set = Weights.union(set, text.content[i]);
        }
        return set;
    }

    /** Attached parts are chained to their pair through neighbours, so they lie within a small window. */
    private static int lo(int i) {
        return Math.max(0, i - WINDOW);
    }

    private static int hi(int i, int n) {
        return Math.min(n, i + WINDOW + 1);
    }

    private static int[] filled(int n) {
        int[] x = new int[n];
        java.util.Arrays.fill(x, -1);
        return x;
    }
}

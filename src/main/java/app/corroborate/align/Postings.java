package app.corroborate.align;

import java.util.Arrays;

/**
 * An inverted index from content-word id to the unmatched sentences of one version that contain it, used to
 * find the likeliest partners of a sentence without comparing it with every other sentence.
 *
 * <p>Guarantees: {@link #best} returns at most {@code k} sentence indices ordered by the weight of words shared
 * (ties by index). Ranking first uses only rare words (found in at most {@value #RARE} sentences), and falls
 * back to words found in at most {@code cap} sentences only when no rare word is shared; this bounds the work
 * per query on large inputs (on small inputs every word is rare).
 */
final class Postings {

    /** Words this rare find the partner of almost every rewritten sentence, at a fraction of the work. */
    private static final int RARE = 48;

    private final Weights w;
    private final int[] offsets;
    private final int[] sentences;
    private final int cap;
    private final double[] score;
    private final int[] touched;

    Postings(PreparedText text, int[] indexed, Weights w) {
        this.w = w;
        int maxId = 0;
        for (int s : indexed) {
            for (int id : text.content[s]) {
                maxId = Math.max(maxId, id);
            }
        }
        offsets = new int[maxId + 2];
        for (int s : indexed) {
            for (int id : text.content[s]) {
                offsets[id + 1]++;
            }
        }
        for (int i = 1; i < offsets.length; i++) {
            offsets[i] += offsets[i - 1];
        }
        sentences = new int[offsets[offsets.length - 1]];
        int[] fill = Arrays.copyOf(offsets, offsets.length);
        for (int s : indexed) {
            for (int id : text.content[s]) {
                sentences[fill[id]++] = s;
            }
        }
        cap = 200;
        score = new double[text.sentences()];
        touched = new int[text.sentences()];
    }

    int[] best(int[] query, int k) {
        int n = accumulate(query, RARE);
        if (n == 0) {
            n = accumulate(query, cap);
        }
        int[] top = topK(n, k);
        for (int i = 0; i < n; i++) {
            score[touched[i]] = 0;
        }
        return top;
    }

    /** Adds the weights of the query's words found in at most {@code limit} sentences; returns touched count. */
    private int accumulate(int[] query, int limit) {
        int n = 0;
        for (int id : query) {
            if (id + 1 >= offsets.length) {
                continue;
            }
            int from = offsets[id];
            int to = offsets[id + 1];
            if (to - from > limit) {
                continue;
            }
            double weight = w.of(id);
            for (int p = from; p < to; p++) {
                int s = sentences[p];
                if (score[s] == 0) {
                    touched[n++] = s;
                }
                score[s] += weight;
            }
        }
        return n;
    }

    private int[] topK(int n, int k) {
        int[] top = new int[Math.min(k, n)];
        int size = 0;
        for (int i = 0; i < n; i++) {
            int s = touched[i];
            int pos = size < top.length ? size++ : top.length;
            while (pos > 0 && better(s, top[pos - 1])) {
                if (pos < top.length) {
                    top[pos] = top[pos - 1];
                }
                pos--;
            }
            if (pos < top.length) {
                top[pos] = s;
            }
        }
        return Arrays.copyOf(top, size);
    }

    private boolean better(int s, int t) {
        return score[s] > score[t] || score[s] == score[t] && s < t;
    }
}

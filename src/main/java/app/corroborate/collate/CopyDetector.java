package app.corroborate.collate;

import app.corroborate.align.AlignedPair;
import app.corroborate.align.Alignment;
import app.corroborate.facts.Credit;
import app.corroborate.facts.Dateline;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.Shingles;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups sources that carry one wire text (a wire story republished, trimmed, extended, reworded in places, or an
 * earlier or later edition of it), so that corroboration counts independent groups, not outlets.
 *
 * <p>What separates a copy from an independent rewrite that keeps the wire's order: a copy repeats most of the
 * sentences it shares with the other word for word; a rewrite rewords nearly all of them, if only lightly. Two
 * sources are copies when at least {@value #MIN_VERBATIM} of their aligned sentences are identical and the
 * identical ones are at least {@value #COPY_SHARE} of the aligned ones; or when they share at least
 * {@value #SHARED_RUNS} of their long word runs (a copy with words inserted into most sentences, see
 * {@link Shingles}); or when both open with the same wire dateline, or with datelines crediting one agency in brackets
 * (its code, wherever the takes were filed from: an early take from the capital, the update from the scene; see
 * {@link Dateline}), or credit the same
 * agency on a line of its own (see {@link Credit}: an early edition the agency later rewrote). Groups are the transitive closure (union-find), numbered
 * in order of their first member. Quadratic in the number of sources (each pair is aligned once).
 */
public final class CopyDetector {

    /** An aligned sentence this similar is the same sentence word for word (similarity 1, rounding aside). */
    static final double VERBATIM = 0.999;
    /**
     * The share of aligned sentences a copy repeats word for word. On the stories with keyed groups, copies
     * (including copies reworded in places and run-together pages) measured 0.44 and above, independent light
     * rewrites 0.28 and below; the threshold sits between.
     */
    static final double COPY_SHARE = 0.36;
    /** Fewer identical sentences than this (a shared title, a stock phrase) say nothing about copying. */
    static final int MIN_VERBATIM = 2;
    /**
     * The share of long word runs (see {@link Shingles}) a copy keeps. On the stories with keyed groups and the
     * invented ones, copies with inserted words kept 0.57 and above and a TV site's wire text reworded in places
     * 0.48; independent rewrites 0.36 and below, but for a tabloid that kept whole runs of the wire, 0.46. The
     * threshold sits between those two, a narrow gap: the other signals (datelines, credits, verbatim sentences)
     * carry most copies.
     */
    static final double SHARED_RUNS = 0.47;
    /** Sentences shorter than this (labels, one-word lines) are left out of the counts. */
    static final int MIN_CHARS = 25;

    /** True if the alignment shows two copies of one text. */
    public static boolean copies(Alignment a) {
        java.util.Set<Integer> aligned = new java.util.HashSet<>();
        java.util.Set<Integer> verbatim = new java.util.HashSet<>();
        for (AlignedPair p : a.pairs()) {
            if (p.paired() && p.base().length() >= MIN_CHARS) {
                aligned.add(p.baseIndex());
                if (p.similarity() >= VERBATIM) {
                    verbatim.add(p.baseIndex());
                }
            }
        }
        return verbatim.size() >= MIN_VERBATIM && verbatim.size() >= COPY_SHARE * aligned.size();
    }

    /** Group number of each source, given a function that aligns sources {@code i < j}. */
    public static int[] groups(
            List<DocumentAnalysis> docs, java.util.function.BiFunction<Integer, Integer, Alignment> align) {
        int n = docs.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (find(parent, i) != find(parent, j) && sameWire(docs.get(i), docs.get(j), align.apply(i, j))) {
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

    /** True if {@code copy} credits, where its byline stands, the agency of {@code wire}'s dateline. */
    private static boolean creditsWireOf(DocumentAnalysis wire, DocumentAnalysis copy) {
        String agency = Dateline.agency(wire);
        return agency != null && Dateline.of(copy) == null && Credit.credits(copy, agency);
    }

    /**
     * True if two sources carry one wire text: datelines of one agency, one crediting the agency of the other's dateline,
     * most long runs shared, or most sentences verbatim.
     */
    public static boolean sameWire(DocumentAnalysis a, DocumentAnalysis b, Alignment alignment) {
        String dateline = Dateline.of(a);
        String agency = Dateline.bracketedAgency(a);
        String credit = Credit.of(a);
        return dateline != null && dateline.equals(Dateline.of(b))
                || agency != null && agency.equals(Dateline.bracketedAgency(b))
                || credit != null && credit.equals(Credit.of(b))
                || creditsWireOf(a, b)
                || creditsWireOf(b, a)
                || Shingles.containment(a, b) >= SHARED_RUNS
                || copies(alignment);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}

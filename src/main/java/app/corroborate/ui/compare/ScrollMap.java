package app.corroborate.ui.compare;

import app.corroborate.align.AlignedPair;
import app.corroborate.align.Alignment;
import app.corroborate.align.Relation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which place of one version faces a place of the other: the basis of scrolling two panes by alignment rather
 * than by line number. Aligned sentences (in order; moved ones are left to the connector band) anchor both
 * texts at their starts and ends; between anchors the mapping is linear, so text that only one side has scrolls
 * past while the other side stays put.
 *
 * <p>Guarantees: the mapping is monotone in both directions, maps 0 to 0 and the end of one text to the end of
 * the other; each lookup is a binary search over the anchors (built in O(n log n) for n pairs).
 */
public final class ScrollMap {

    private final int[] base;
    private final int[] other;

    private ScrollMap(int[] base, int[] other) {
        this.base = base;
        this.other = other;
    }

    public static ScrollMap of(Alignment alignment, int baseLength, int otherLength) {
        List<int[]> points = new ArrayList<>();
        for (AlignedPair p : alignment.pairs()) {
            if (p.paired() && p.relation() != Relation.MOVED) {
                points.add(new int[] {p.base().start(), p.other().start()});
                points.add(new int[] {p.base().end(), p.other().end()});
            }
        }
        points.sort(Comparator.<int[]>comparingInt(a -> a[0]).thenComparingInt(a -> a[1]));
        List<int[]> kept = new ArrayList<>();
        kept.add(new int[] {0, 0});
        for (int[] p : points) {
            int[] last = kept.get(kept.size() - 1);
            if (p[0] >= last[0] && p[1] >= last[1] && p[0] <= baseLength && p[1] <= otherLength) {
                kept.add(p);
            }
        }
        kept.add(new int[] {baseLength, otherLength});
        int[] b = new int[kept.size()];
        int[] o = new int[kept.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = kept.get(i)[0];
            o[i] = kept.get(i)[1];
        }
        return new ScrollMap(b, o);
    }

    /** The offset of the other side that faces {@code offset} of side {@code from}. */
    public int facing(Side from, int offset) {
        return from == Side.BASE ? map(base, other, offset) : map(other, base, offset);
    }

    /** The paragraph of the other side facing the start of {@code paragraph} of side {@code from}. */
    public int facingParagraph(Side from, int paragraph, Paragraphs fromParagraphs, Paragraphs toParagraphs) {
        return toParagraphs.of(facing(from, fromParagraphs.start(paragraph)));
    }

    /** Linear between anchors; at an offset shared by several anchors, the last (the start of the next text). */
    private static int map(int[] from, int[] to, int offset) {
        if (offset <= from[0] && from.length > 1 && from[1] > offset) {
            return to[0];
        }
        int lo = 0;
        int hi = from.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (from[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        if (lo == from.length - 1 || from[lo] == offset) {
            return to[lo];
        }
        int span = from[lo + 1] - from[lo];
        return to[lo] + (int) ((long) (offset - from[lo]) * (to[lo + 1] - to[lo]) / span);
    }
}

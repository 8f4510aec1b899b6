package app.corroborate.ui.overview;

import app.corroborate.align.AlignedPair;
import app.corroborate.align.Alignment;
import app.corroborate.align.Relation;
import app.corroborate.flag.Flag;
import app.corroborate.review.CaseAnalysis;
import app.corroborate.text.Span;
import app.corroborate.ui.compare.ScrollMap;
import app.corroborate.ui.compare.Side;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each version differs from the base, laid along the base from top to bottom: one lane per version, a
 * mark per added, dropped, changed or moved sentence and per flag. A pure function of the analysis, linear in its
 * pairs and flags.
 *
 * <p>Guarantees: every position is a fraction in [0, 1] of the base's length; text only a version has is placed
 * where it faces the base (by the same map that keeps the panes level); a lane never holds another source's
 * marks.
 */
public final class OverviewGeometry {

    /** A sentence shorter than this share of the base still gets a visible mark. */
    static final double MIN_HEIGHT = 0.004;

    private OverviewGeometry() {}

    public static List<OverviewMark> of(CaseAnalysis analysis) {
        List<OverviewMark> marks = new ArrayList<>();
        if (analysis.isEmpty()) {
            return marks;
        }
        int baseLength = Math.max(1, analysis.documents().get(0).text().length());
        for (int lane = 1; lane < analysis.documents().size(); lane++) {
            Alignment al = analysis.toBase().get(lane);
            ScrollMap map = ScrollMap.of(
                    al, baseLength, analysis.documents().get(lane).text().length());
            for (AlignedPair p : al.pairs()) {
                if (p.relation() != Relation.SAME) {
                    Span at = p.base() != null
                            ? p.base()
                            : Span.at(map.facing(Side.OTHER, p.other().start()));
                    marks.add(mark(lane, at, baseLength, p.relation().id()));
                }
            }
            for (Flag f : analysis.flagsOf(lane)) {
                Span at = f.baseSpan() != null
                        ? f.baseSpan()
                        : Span.at(map.facing(Side.OTHER, f.variantSpan().start()));
                marks.add(mark(lane, at, baseLength, "flag-" + f.kind().id()));
            }
        }
        return marks;
    }

    private static OverviewMark mark(int lane, Span at, int length, String kind) {
        double top = Math.min(1, at.start() / (double) length);
        double bottom = Math.min(1, Math.max(top + MIN_HEIGHT, at.end() / (double) length));
        return new OverviewMark(lane, top, bottom, kind);
    }

    /** The base offset at fraction {@code y} of the strip. */
    public static int baseOffset(double y, int baseLength) {
        return (int) Math.round(Math.max(0, Math.min(1, y)) * baseLength);
    }

    /** The lane under {@code x} in a strip of {@code lanes} lanes each {@code laneWidth} wide, or -1. */
    public static int lane(double x, int lanes, double laneWidth) {
        int i = (int) (x / laneWidth) + 1;
        return x < 0 || i > lanes ? -1 : i;
    }
}

package app.corroborate.ui.compare;

import java.util.Arrays;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * The visible paragraphs of a text pane, measured once: where each starts in the text and where it lies on
 * screen. Heights inside a paragraph are interpolated by characters, exact at paragraph edges and close enough
 * inside to keep panes level and draw the band, without asking the text layout for every character (which costs
 * a layout pass each time).
 */
final class ViewportGeometry {

    private final int[] starts;
    private final int[] lengths;
    private final double[] tops;
    private final double[] bottoms;

    /** Measures {@code area}, with heights in the coordinates of {@code frame}. */
    ViewportGeometry(StyleClassedTextArea area, Node frame) {
        int n = area.getVisibleParagraphs().size();
        starts = new int[n];
        lengths = new int[n];
        tops = new double[n];
        bottoms = new double[n];
        for (int i = 0; i < n; i++) {
            int par = area.visibleParToAllParIndex(i);
            Bounds b = frame.screenToLocal(area.getVisibleParagraphBoundsOnScreen(i));
            starts[i] = area.getAbsolutePosition(par, 0);
            lengths[i] = area.getParagraphLength(par);
            tops[i] = b.getMinY();
            bottoms[i] = b.getMaxY();
        }
    }

    boolean isEmpty() {
        return starts.length == 0;
    }

    /** True when the character at {@code offset} is in a visible paragraph. */
    boolean shows(int offset) {
        return !isEmpty() && offset >= starts[0] && offset <= starts[last()] + lengths[last()];
    }

    /** The height of {@code offset}; {@code above} or {@code below} when out of view. */
    double y(int offset, double above, double below) {
        if (isEmpty() || offset < starts[0]) {
            return above;
        }
        int i = Arrays.binarySearch(starts, offset);
        i = i >= 0 ? i : -i - 2;
        if (i == last() && offset > starts[i] + lengths[i]) {
            return below;
        }
        double f = lengths[i] == 0 ? 0 : Math.min(1, (offset - starts[i]) / (double) lengths[i]);
        return tops[i] + f * (bottoms[i] - tops[i]);
    }

    /** The offset shown at height {@code y}, or -1 when no visible paragraph is there. */
    int offsetAt(double y) {
        for (int i = 0; i < starts.length; i++) {
            if (y >= tops[i] && y < bottoms[i]) {
                double f = bottoms[i] > tops[i] ? (y - tops[i]) / (bottoms[i] - tops[i]) : 0;
                return starts[i] + (int) Math.round(f * lengths[i]);
            }
        }
        return isEmpty() ? -1 : y < tops[0] ? starts[0] : starts[last()] + lengths[last()];
    }

    private int last() {
        return starts.length - 1;
    }
}

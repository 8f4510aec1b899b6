package app.corroborate.ui.compare;

import java.util.function.Supplier;
import javafx.geometry.BoundingBox;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * Keeps the two panes level by alignment: when the editor scrolls one pane, the place of the other that faces
 * the line a third of the way down (by the {@link ScrollMap}) is brought to the same height.
 *
 * <p>Only the pane the editor is using drives (the one last scrolled, dragged or typed in), so the panes never
 * chase each other while their layout settles. The following pane moves once per frame, after the frame's
 * layout pass ({@link #afterLayout()}), when both panes' geometry is current: measuring a pane whose layout is
 * pending would lay it out once at its old place and again at its new one.
 */
final class ScrollSync {

    private static final double ANCHOR = 1.0 / 3;

    private final StyleClassedTextArea base;
    private final StyleClassedTextArea other;
    private final Supplier<ComparisonModel> model;
    private final Runnable afterScroll;
    private Side driver = Side.BASE;
    private Side pending;
    private boolean syncing;

    ScrollSync(
            VirtualizedScrollPane<StyleClassedTextArea> baseScroll,
            VirtualizedScrollPane<StyleClassedTextArea> otherScroll,
            Supplier<ComparisonModel> model,
            Runnable afterScroll) {
        this.base = baseScroll.getContent();
        this.other = otherScroll.getContent();
        this.model = model;
        this.afterScroll = afterScroll;
        watch(baseScroll, Side.BASE);
        watch(otherScroll, Side.OTHER);
    }

    private void watch(VirtualizedScrollPane<StyleClassedTextArea> scroll, Side side) {
        scroll.addEventFilter(ScrollEvent.ANY, e -> driver = side);
        scroll.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> driver = side);
        scroll.getContent().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> driver = side);
        scroll.getContent().estimatedScrollYProperty().addListener((o, was, now) -> {
            if (!syncing && driver == side) {
                pending = side;
                javafx.application.Platform.requestNextPulse();
            }
            afterScroll.run();
        });
    }

    /** Levels the following pane with the one the editor scrolled in this frame, if any; after the layout pass. */
    void afterLayout() {
        Side from = pending;
        pending = null;
        if (from != null) {
            follow(from);
        }
    }

    /** Levels the following pane again in the next frame (after a jump placed it by paragraph only). */
    private void refineNextFrame(Side from) {
        pending = from;
        javafx.application.Platform.requestNextPulse();
    }

    /** Scrolls the pane opposite {@code from} so that it faces {@code from}'s anchor line. */
    void follow(Side from) {
        ComparisonModel m = model.get();
        if (m == null || syncing) {
            return;
        }
        StyleClassedTextArea a = from == Side.BASE ? base : other;
        StyleClassedTextArea b = from == Side.BASE ? other : base;
        if (a.getLength() == 0 || b.getLength() == 0 || a.getVisibleParagraphs().isEmpty()) {
            return;
        }
        syncing = true;
        try {
            double anchorY = a.getViewportHeight() * ANCHOR;
            int offset = new ViewportGeometry(a, a).offsetAt(anchorY);
            if (offset >= 0 && !levelWithin(b, m.scrollMap().facing(from, offset), anchorY)) {
                refineNextFrame(from);
            }
        } catch (RuntimeException e) {
            // the text area's geometry is not ready (its layout is catching up with new text): skip this step;
            // the next scroll event levels the panes
        } finally {
            syncing = false;
        }
    }

    /**
     * Brings {@code offset} of {@code area} to height {@code y} of its viewport within one layout: when the place
     * is out of view, its paragraph's top is brought to {@code y} and false is returned (the exact place needs the
     * paragraph laid out, which the next frame does); a jump costs one layout instead of two.
     */
    private boolean levelWithin(StyleClassedTextArea area, int offset, double y) {
        int at = Math.max(0, Math.min(offset, area.getLength()));
        ViewportGeometry g = new ViewportGeometry(area, area);
        if (g.shows(at)) {
            area.scrollYBy(g.y(at, 0, 0) - y);
            area.layout();
            return true;
        }
        int paragraph = area.offsetToPosition(at, Bias.Forward).getMajor();
        double height = area.getViewportHeight();
        area.showParagraphRegion(paragraph, new BoundingBox(0, -y, 1, height));
        area.layout();
        return false;
    }

    /** Brings {@code offset} of {@code area} to height {@code y} of its viewport, exactly. */
    void level(StyleClassedTextArea area, int offset, double y) {
        if (!levelWithin(area, offset, y)) {
            levelWithin(area, offset, y);
        }
    }

    /** Runs {@code action} without letting the scrolling it causes drive the other pane. */
    void quietly(Runnable action) {
        boolean was = syncing;
        syncing = true;
        try {
            action.run();
        } finally {
            syncing = was;
        }
    }
}

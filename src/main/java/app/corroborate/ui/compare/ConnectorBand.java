package app.corroborate.ui.compare;

import app.corroborate.align.AlignedPair;
import app.corroborate.align.Relation;
import app.corroborate.text.Span;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * The band between the panes that links each aligned pair of sentences, as Meld and Juxta do: a band from the
 * sentence on the left to its counterpart on the right, shaded by relation (same, changed, moved), a wedge for a
 * sentence only one side has, and moved sentences drawn as crossing dashed links.
 *
 * <p>Draws only pairs with a side in view: linear in the number of pairs, with text geometry asked for the
 * visible ones only.
 */
final class ConnectorBand extends Pane {

    static final double WIDTH = 44;
    private static final Color SAME = Color.web("#8a94a6", 0.16);
    private static final Color CHANGED = Color.web("#3b82f6", 0.28);
    private static final Color MOVED = Color.web("#9333ea", 0.85);
    private static final Color DROPPED = Color.web("#dc2626", 0.30);
    private static final Color ADDED = Color.web("#16a34a", 0.30);

    private final Canvas canvas = new Canvas(WIDTH, 100);
    private final StyleClassedTextArea left;
    private final StyleClassedTextArea right;
    private ComparisonModel model;
    private boolean pending;
    private ViewportGeometry leftGeometry;
    private ViewportGeometry rightGeometry;

    ConnectorBand(StyleClassedTextArea left, StyleClassedTextArea right) {
        this.left = left;
        this.right = right;
        getChildren().add(canvas);
        setMinWidth(WIDTH);
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
        getStyleClass().add("connector-band");
        setId("connector-band");
        heightProperty().addListener((o, a, b) -> redraw());
    }

    /**
     * Redraws in the next frame, after its layout pass ({@link #afterLayout()}), when both panes' geometry is
     * current: many scroll events in one frame cost one drawing, and measuring never forces a layout.
     */
    void scheduleRedraw() {
        if (!pending) {
            pending = true;
            javafx.application.Platform.requestNextPulse();
        }
    }

    /** Draws what {@link #scheduleRedraw()} asked for; called once per frame after the layout pass. */
    void afterLayout() {
        if (pending) {
            pending = false;
            redraw();
        }
    }

    void show(ComparisonModel m) {
        model = m;
        scheduleRedraw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setHeight(getHeight());
        canvas.setWidth(getWidth());
    }

    /**
     * Redraws the links for the current scroll positions. The band is a guide, not data: while a pane's layout
     * is catching up with new text its geometry can be stale, and the band then waits for the next redraw.
     */
    void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        try {
            drawAll(g);
        } catch (RuntimeException e) {
            g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        }
    }

    private void drawAll(GraphicsContext g) {
        leftGeometry = new ViewportGeometry(left, this);
        rightGeometry = new ViewportGeometry(right, this);
        if (model == null
                || left.getLength() == 0
                || right.getLength() == 0
                || left.getVisibleParagraphs().isEmpty()
                || right.getVisibleParagraphs().isEmpty()) {
            return;
        }
        int[] lv = visible(left);
        int[] rv = visible(right);
        for (AlignedPair p : model.alignment().pairs()) {
            boolean inLeft =
                    p.base() != null && p.base().start() <= lv[1] && p.base().end() >= lv[0];
            boolean inRight =
                    p.other() != null && p.other().start() <= rv[1] && p.other().end() >= rv[0];
            if (inLeft || inRight) {
                draw(g, p);
            }
        }
    }

    private void draw(GraphicsContext g, AlignedPair p) {
        double w = canvas.getWidth();
        if (p.relation() == Relation.DROPPED) {
            double[] a = extent(left, p.base());
            double y = point(right, model.scrollMap().facing(Side.BASE, p.base().start()));
            fill(g, a[0], a[1], y, y, DROPPED, w);
        } else if (p.relation() == Relation.ADDED) {
            double[] b = extent(right, p.other());
            double y =
                    point(left, model.scrollMap().facing(Side.OTHER, p.other().start()));
            fill(g, y, y, b[0], b[1], ADDED, w);
        } else if (p.paired()) {
            double[] a = extent(left, p.base());
            double[] b = extent(right, p.other());
            if (p.relation() == Relation.MOVED) {
                g.setStroke(MOVED);
                g.setLineWidth(1.5);
                g.setLineDashes(4, 3);
                double ya = (a[0] + a[1]) / 2;
                double yb = (b[0] + b[1]) / 2;
                g.beginPath();
                g.moveTo(0, ya);
                g.bezierCurveTo(w / 2, ya, w / 2, yb, w, yb);
                g.stroke();
                g.setLineDashes();
            } else {
                fill(g, a[0], a[1], b[0], b[1], p.relation() == Relation.SAME ? SAME : CHANGED, w);
            }
        }
    }

    private static void fill(GraphicsContext g, double a0, double a1, double b0, double b1, Color c, double w) {
        g.setFill(c);
        g.beginPath();
        g.moveTo(0, a0);
        g.bezierCurveTo(w / 2, a0, w / 2, b0, w, b0);
        g.lineTo(w, b1);
        g.bezierCurveTo(w / 2, b1, w / 2, a1, 0, a1);
        g.closePath();
        g.fill();
        g.setStroke(c.deriveColor(0, 1, 0.8, 1.6));
        g.setLineWidth(0.8);
        g.stroke();
    }

    /** Top and bottom of a span in band coordinates; above or below the band when out of view. */
    private double[] extent(StyleClassedTextArea area, Span s) {
        double top = point(area, s.start());
        double bottom = s.isEmpty() ? top : point(area, s.end());
        return new double[] {top, Math.max(top, bottom)};
    }

    /** The y of a character in band coordinates, or just above or below the band when out of view. */
    private double point(StyleClassedTextArea area, int offset) {
        return (area == left ? leftGeometry : rightGeometry).y(offset, -20, canvas.getHeight() + 20);
    }

    /** The first and last visible character offsets of an area (clamped while its layout catches up). */
    private static int[] visible(StyleClassedTextArea area) {
        int n = area.getParagraphs().size();
        int first = Math.max(0, Math.min(area.firstVisibleParToAllParIndex(), n - 1));
        int last = Math.max(first, Math.min(area.lastVisibleParToAllParIndex(), n - 1));
        return new int[] {
            area.getAbsolutePosition(first, 0), area.getAbsolutePosition(last, area.getParagraphLength(last))
        };
    }
}

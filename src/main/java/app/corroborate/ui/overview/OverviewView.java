package app.corroborate.ui.overview;

import app.corroborate.review.CaseAnalysis;
import app.corroborate.text.Span;
import app.corroborate.ui.common.Palette;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * The overview of all versions: a strip beside the comparison, one lane per version along the base, showing
 * where each differs (changed, moved, added, dropped) and where its flags are, coloured by kind. Clicking a spot
 * compares that version and scrolls both panes there.
 */
public final class OverviewView {

    static final double LANE = 14;
    private static final double HEADER = 10;
    private static final Map<String, Color> COLOURS = Map.ofEntries(
            Map.entry("changed", Color.web("#3b82f6", 0.35)),
            Map.entry("moved", Color.web("#9333ea", 0.45)),
            Map.entry("added", Color.web("#16a34a", 0.55)),
            Map.entry("dropped", Color.web("#dc2626", 0.55)),
            Map.entry("flag-number", Color.web("#c2410c")),
            Map.entry("flag-date", Color.web("#b45309")),
            Map.entry("flag-name-spelling", Color.web("#1d4ed8")),
            Map.entry("flag-quote-altered", Color.web("#be185d")),
            Map.entry("flag-wording-loaded", Color.web("#7c3aed")),
            Map.entry("flag-attribution", Color.web("#0f766e")),
            Map.entry("flag-single-source-claim", Color.web("#4d7c0f")),
            Map.entry("flag-sentence-dropped", Color.web("#b91c1c")),
            Map.entry("flag-reworded", Color.web("#64748b")));

    private final Pane root = new Pane();
    private final Canvas canvas = new Canvas();
    private final BiConsumer<Integer, Span> open;
    private CaseAnalysis analysis = CaseAnalysis.empty();
    private List<OverviewMark> marks = List.of();

    /** {@code open} receives a version's index and the base position clicked. */
    public OverviewView(BiConsumer<Integer, Span> open) {
        this.open = open;
        root.getChildren().add(canvas);
        root.getStyleClass().add("overview");
        root.setId("overview");
        root.heightProperty().addListener((o, a, b) -> draw());
        root.widthProperty().addListener((o, a, b) -> draw());
        canvas.setOnMouseClicked(e -> click(e.getX(), e.getY()));
        Tooltip.install(
                root,
                new Tooltip("Where each version differs from the base (one lane per version, top to "
                        + "bottom along the base): blue changed, purple moved, green added, red dropped; short bars are "
                        + "flags. Click to compare there."));
    }

    public Parent root() {
        return root;
    }

    public void show(CaseAnalysis a) {
        analysis = a;
        marks = OverviewGeometry.of(a);
        int lanes = Math.max(0, a.documents().size() - 1);
        double width = lanes * LANE + 4;
        root.setMinWidth(width);
        root.setPrefWidth(width);
        root.setMaxWidth(width);
        draw();
    }

    private void draw() {
        double w = root.getWidth();
        double h = root.getHeight();
        canvas.setWidth(w);
        canvas.setHeight(h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        int lanes = Math.max(0, analysis.documents().size() - 1);
        for (int lane = 1; lane <= lanes; lane++) {
            g.setFill(Palette.source(analysis.colourOf(lane)));
            g.fillRect(x(lane), 2, LANE - 3, HEADER - 4);
        }
        double body = Math.max(1, h - HEADER);
        for (OverviewMark m : marks) {
            g.setFill(COLOURS.getOrDefault(m.kind(), Color.GRAY));
            double top = HEADER + m.top() * body;
            double height = Math.max(2, (m.bottom() - m.top()) * body);
            if (m.flag()) {
                g.fillRect(x(m.lane()) + 3, top, LANE - 9, Math.max(3, Math.min(height, 4)));
            } else {
                g.fillRect(x(m.lane()), top, LANE - 3, height);
            }
        }
    }

    private static double x(int lane) {
        return (lane - 1) * LANE + 2;
    }

    private void click(double x, double y) {
        int lanes = Math.max(0, analysis.documents().size() - 1);
        int lane = OverviewGeometry.lane(x - 2, lanes, LANE);
        if (lane < 1 || analysis.isEmpty()) {
            return;
        }
        double fraction = (y - HEADER) / Math.max(1, root.getHeight() - HEADER);
        int offset = OverviewGeometry.baseOffset(
                fraction, analysis.documents().get(0).text().length());
        open.accept(lane, Span.at(offset));
    }
}

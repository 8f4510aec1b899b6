package app.corroborate.ui.compare;

import app.corroborate.text.Span;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;

/**
 * The comparison: the base and the compared version side by side, the connector band between them, scrolled
 * together by alignment; reveals (a flag, a difference) bring the place into view and select it in both panes.
 */
public final class CompareView {

    private final CompareViewModel model;
    private final ComparePane base;
    private final ComparePane other;
    private final ConnectorBand band;
    private final ScrollSync sync;
    private final StackPane root = new StackPane();
    private ComparePane focused;
    private final Label placeholder = new Label();

    public CompareView(CompareViewModel model) {
        this.model = model;
        base = new ComparePane(Side.BASE, model);
        other = new ComparePane(Side.OTHER, model);
        band = new ConnectorBand(base.area(), other.area());
        sync = new ScrollSync(base.scroll(), other.scroll(), model.comparisonProperty()::get, this::redrawBand);
        HBox panes = new HBox(0, base.root(), band, other.root());
        panes.getStyleClass().add("compare-panes");
        placeholder.getStyleClass().add("muted");
        root.getChildren().addAll(panes, placeholder);
        root.setId("compare");
        placeholder.visibleProperty().bind(model.comparisonProperty().isNull());
        placeholder.textProperty().bind(model.placeholderProperty());
        model.comparisonProperty().addListener((o, was, now) -> show(now));
        base.area().focusedProperty().addListener((o, was, now) -> focused = now ? base : focused);
        other.area().focusedProperty().addListener((o, was, now) -> focused = now ? other : focused);
        model.revealProperty().addListener((o, was, now) -> reveal(now));
        Runnable frame = this::afterLayout;
        root.sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removePostLayoutPulseListener(frame);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(frame);
            }
        });
    }

    /** Once per frame, after the layout pass: the following pane levels, then the band draws what it faces. */
    private void afterLayout() {
        sync.afterLayout();
        band.afterLayout();
    }

    public Parent root() {
        return root;
    }

    /** Excludes the text selected in the pane last used (the compared version by default) from the story. */
    public boolean excludeSelection() {
        return (focused != null ? focused : other).excludeSelection();
    }

    /** Asks for an annotation on the text selected in the pane last used; false when nothing was made. */
    public boolean annotateSelection() {
        return (focused != null ? focused : other).annotateSelection();
    }

    /** Includes the page furniture at the caret of the pane last used in the story again. */
    public boolean includeAtCaret() {
        return (focused != null ? focused : other).includeAtCaret();
    }

    /** Sets the size of the compared texts, in pixels. */
    public void setTextSize(int pixels) {
        String style = "-fx-font-size: " + pixels + "px;";
        base.area().setStyle(style);
        other.area().setStyle(style);
    }

    /** The area of one side, for tests and measurements. */
    public StyleClassedTextArea area(Side side) {
        return side == Side.BASE ? base.area() : other.area();
    }

    private void show(ComparisonModel m) {
        sync.quietly(() -> {
            base.show(m);
            other.show(m);
        });
        band.show(m);
        if (m != null) {
            Platform.runLater(() -> {
                base.area().layout();
                other.area().layout();
                sync.follow(Side.BASE);
                band.scheduleRedraw();
            });
        }
    }

    private void redrawBand() {
        band.scheduleRedraw();
    }

    private void reveal(Reveal r) {
        ComparisonModel m = model.comparisonProperty().get();
        if (r == null) {
            base.area().deselect();
            other.area().deselect();
            return;
        }
        if (m == null) {
            return;
        }
        Span b = r.base() != null
                ? r.base()
                : Span.at(m.scrollMap().facing(Side.OTHER, r.other().start()));
        Span o = r.other() != null
                ? r.other()
                : Span.at(m.scrollMap().facing(Side.BASE, r.base().start()));
        StyleClassedTextArea left = base.area();
        StyleClassedTextArea right = other.area();
        select(left, b);
        select(right, o);
        sync.quietly(() -> {
            try {
                double y = left.getViewportHeight() / 3;
                sync.level(left, b.start(), y);
                sync.level(right, o.start(), y);
            } catch (RuntimeException e) {
                // geometry not ready yet (new text being laid out): the selection is made, the scroll waits
                right.showParagraphAtCenter(paragraph(right, o.start()));
            }
        });
        band.scheduleRedraw();
    }

    private static void select(StyleClassedTextArea area, Span s) {
        int start = Math.min(s.start(), area.getLength());
        int end = Math.min(s.end(), area.getLength());
        area.selectRange(start, end);
    }

    private static int paragraph(StyleClassedTextArea area, int offset) {
        return area.offsetToPosition(clamp(area, offset), Bias.Forward).getMajor();
    }

    private static int clamp(StyleClassedTextArea area, int offset) {
        return Math.max(0, Math.min(offset, area.getLength() - 1));
    }
}

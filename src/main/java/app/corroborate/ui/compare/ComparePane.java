package app.corroborate.ui.compare;

import app.corroborate.flag.Flag;
import app.corroborate.text.Span;
import app.corroborate.ui.annotations.AnnotationDialog;
import app.corroborate.ui.common.KindStyle;
import app.corroborate.ui.common.Palette;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;

/**
 * One side of the comparison: a header naming the source, its text with the comparison's styles, a gutter with
 * an icon per flag (hover for the explanation), explanations on hovering flagged text, and a context menu to
 * exclude text from the story or include page furniture again.
 */
final class ComparePane {

    private final Side side;
    private final CompareViewModel model;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    private final Region swatch = new Region();
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final BorderPane root = new BorderPane();
    private final Popup hover = new Popup();
    private final Label hoverText = new Label();
    private ComparisonModel shown;
    private List<List<Flag>> flagsByParagraph = List.of();
    private int pointed;

    ComparePane(Side side, CompareViewModel model) {
        this.side = side;
        this.model = model;
        area.setId(side == Side.BASE ? "base-text" : "other-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("compare-text");
        area.setParagraphGraphicFactory(gutter());
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(
                MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN,
                e -> showHover(
                        e.getCharacterIndex(),
                        e.getScreenPosition().getX(),
                        e.getScreenPosition().getY()));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> hover.hide());
        area.setContextMenu(contextMenu());
        area.setOnContextMenuRequested(e -> pointed = e.isKeyboardTrigger()
                ? area.getSelection().getStart()
                : area.hit(e.getX(), e.getY()).getInsertionIndex());
        hoverText.getStyleClass().add("hover-explanation");
        hoverText.setWrapText(true);
        hoverText.setMaxWidth(420);
        hover.getContent().add(hoverText);
        swatch.getStyleClass().add("source-swatch");
        title.getStyleClass().add("compare-title");
        subtitle.getStyleClass().add("muted");
        HBox header = new HBox(8, swatch, new VBox(0, title, subtitle));
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(6, 8, 6, 8));
        header.getStyleClass().add("compare-header");
        root.setTop(header);
        root.setCenter(scroll);
        HBox.setHgrow(root, Priority.ALWAYS);
        root.setMinWidth(120);
        root.setPrefWidth(400);
    }

    Node root() {
        return root;
    }

    StyleClassedTextArea area() {
        return area;
    }

    VirtualizedScrollPane<StyleClassedTextArea> scroll() {
        return scroll;
    }

    /**
     * Shows a comparison. New text comes as a document built off the UI thread; the same text (the base between
     * versions, a restyle after a change) only takes the new styles, so the selection and the scroll position stay
     * and the pane's layout is never asked to place paragraphs that were just replaced.
     */
    void show(ComparisonModel m) {
        shown = m;
        hover.hide();
        if (m == null) {
            area.clear();
            title.setText("");
            subtitle.setText("");
            flagsByParagraph = List.of();
            return;
        }
        var source = side == Side.BASE ? m.baseSource() : m.otherSource();
        swatch.setStyle("-fx-background-color: " + Palette.css(source.colour()) + ";");
        title.setText(source.label() + (side == Side.BASE ? "  (base)" : ""));
        subtitle.setText(
                side == Side.BASE ? (source.headline() == null ? source.fileName() : source.headline()) : m.summary());
        String text = m.document(side).text();
        flagsByParagraph = byParagraph(m);
        boolean sameText = area.getLength() == text.length() && area.getText().equals(text);
        if (sameText) {
            int top = area.getVisibleParagraphs().isEmpty() ? 0 : area.firstVisibleParToAllParIndex();
            area.setStyleSpans(0, side == Side.BASE ? m.baseStyles() : m.otherStyles());
            settle(top);
        } else {
            area.replace(0, area.getLength(), side == Side.BASE ? m.baseDocument() : m.otherDocument());
            area.moveTo(0);
            // the view keeps its place across a change of the text by moving past the replaced paragraphs, which
            // for a whole new text is its end: a new text is read from its start
            area.showParagraphAtTop(0);
            settle(0);
        }
    }

    /**
     * Lays the restyled paragraphs out now, where a failure can be handled: the virtual flow behind the text
     * area can fail to place paragraphs that were just replaced when it still aims at one of them; it is then
     * pointed at the paragraph that was at the top, so the editor keeps the place, and laid out again.
     */
    private void settle(int top) {
        if (area.getScene() == null) {
            return;
        }
        try {
            area.layout();
        } catch (RuntimeException e) {
            area.showParagraphAtTop(Math.min(top, area.getParagraphs().size() - 1));
            try {
                area.layout();
            } catch (RuntimeException again) {
                area.requestLayout();
            }
        }
    }

    private List<List<Flag>> byParagraph(ComparisonModel m) {
        Paragraphs p = m.paragraphs(side);
        List<List<Flag>> out = new ArrayList<>();
        for (int i = 0; i < p.count(); i++) {
            out.add(null);
        }
        for (Flag f : m.flags()) {
            Span s = side == Side.BASE ? f.baseSpan() : f.variantSpan();
            if (s != null) {
                int par = p.of(s.start());
                if (out.get(par) == null) {
                    out.set(par, new ArrayList<>());
                }
                out.get(par).add(f);
            }
        }
        return out;
    }

    private IntFunction<Node> gutter() {
        return paragraph -> {
            HBox box = new HBox(1);
            box.getStyleClass().add("flag-gutter");
            box.setMinWidth(24);
            box.setPrefWidth(24);
            box.setAlignment(Pos.TOP_CENTER);
            List<Flag> flags = paragraph < flagsByParagraph.size() ? flagsByParagraph.get(paragraph) : null;
            if (flags != null && !flags.isEmpty()) {
                Label icon = new Label(
                        flags.size() > 1 ? String.valueOf(flags.size()) : null,
                        KindStyle.iconNode(flags.get(0).kind(), 14));
                icon.getStyleClass().add("gutter-mark");
                Tooltip tip = new Tooltip(explain(flags));
                tip.setWrapText(true);
                tip.setMaxWidth(420);
                tip.setShowDelay(javafx.util.Duration.millis(200));
                Tooltip.install(icon, tip);
                box.getChildren().add(icon);
            }
            return box;
        };
    }

    private void showHover(int index, double x, double y) {
        List<Flag> flags = model.flagsAt(side, index);
        List<String> notes =
                model.notesAt(side, index).stream().map(model::noteText).toList();
        if (flags.isEmpty() && notes.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(flags.isEmpty() ? "" : explain(flags));
        notes.forEach(n -> text.append(text.length() == 0 ? "" : "\n")
                .append("NOTE \u00B7 ")
                .append(n));
        hoverText.setText(text.toString());
        hover.show(area, x + 12, y + 16);
    }

    private static String explain(List<Flag> flags) {
        StringBuilder b = new StringBuilder();
        for (Flag f : flags) {
            b.append(b.length() == 0 ? "" : "\n")
                    .append(f.severity().id().toUpperCase(java.util.Locale.ROOT))
                    .append(" \u00B7 ")
                    .append(f.kind().id())
                    .append(": ")
                    .append(f.explanation());
        }
        return b.toString();
    }

    private ContextMenu contextMenu() {
        MenuItem exclude = new MenuItem("Exclude the selection from the story");
        exclude.setId("exclude-" + side.name().toLowerCase(java.util.Locale.ROOT));
        MenuItem include = new MenuItem("Include this page furniture in the story");
        include.setId("include-" + side.name().toLowerCase(java.util.Locale.ROOT));
        exclude.setOnAction(e -> model.setFurniture(side, selection(), true));
        include.setOnAction(e -> model.furnitureAt(side, pointed).ifPresent(s -> model.setFurniture(side, s, false)));
        MenuItem annotate = new MenuItem("Annotate the selection\u2026");
        annotate.setOnAction(e -> annotateSelection());
        ContextMenu menu = new ContextMenu(annotate, exclude, include);
        menu.setOnShowing(e -> {
            boolean ro = model.readOnly() || shown == null;
            annotate.setDisable(ro || selection().isEmpty());
            exclude.setDisable(ro || selection().isEmpty());
            include.setDisable(ro || model.furnitureAt(side, pointed).isEmpty());
        });
        return menu;
    }

    /** Excludes the selected text from the story; false when nothing is selected or the case refused it. */
    boolean excludeSelection() {
        return !model.readOnly() && model.setFurniture(side, selection(), true);
    }

    /** Asks for a note, a verdict and tags on the selected text and annotates it; false when nothing was made. */
    boolean annotateSelection() {
        Span s = selection();
        if (model.readOnly()
                || shown == null
                || s.isEmpty()
                || s.of(area.getText()).isBlank()) {
            return false;
        }
        return AnnotationDialog.ask(area.getScene().getWindow(), s.of(area.getText()))
                .map(in -> model.annotate(side, s, in.note(), in.verdict(), in.tags()))
                .orElse(false);
    }

    /** Includes the page furniture at the caret (or the selection's start) in the story again. */
    boolean includeAtCaret() {
        int at = area.getSelection().getStart();
        return !model.readOnly()
                && model.furnitureAt(side, at)
                        .map(s -> model.setFurniture(side, s, false))
                        .orElse(false);
    }

    private Span selection() {
        var r = area.getSelection();
        return new Span(r.getStart(), r.getEnd());
    }
}

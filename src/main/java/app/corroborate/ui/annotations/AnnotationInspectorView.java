package app.corroborate.ui.annotations;

import app.corroborate.store.AuditEntry;
import app.corroborate.ui.common.Palette;
import app.corroborate.ui.common.VerdictButtons;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The inspector of the selected annotation: its source and passage (an orphan says so, with its last known
 * quote), tags, the verdict buttons, the note editor and the history from the audit log.
 */
public final class AnnotationInspectorView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final AnnotationsViewModel model;
    private final ScrollPane root = new ScrollPane();
    private final TextArea note = new TextArea();
    private final VerdictButtons verdicts;

    public AnnotationInspectorView(AnnotationsViewModel model) {
        this.model = model;
        verdicts = new VerdictButtons("annotation-verdict", model::setVerdict);
        note.setId("annotation-inspector-note");
        note.setWrapText(true);
        note.setPrefRowCount(4);
        root.setFitToWidth(true);
        root.setId("annotation-inspector");
        root.getStyleClass().add("inspector-pane");
        model.selectedProperty().addListener((o, was, now) -> render(now));
        render(model.selectedProperty().get());
    }

    public Parent root() {
        return root;
    }

    /** Puts the caret in the note editor. */
    public void focusNote() {
        note.requestFocus();
        note.end();
    }

    /** Saves the note being edited. */
    public boolean save() {
        return model.setNote(note.getText());
    }

    private void render(AnnotationRow row) {
        if (row == null) {
            root.setContent(null);
            return;
        }
        Label title = new Label("Annotation");
        title.getStyleClass().add("inspector-kind");
        Region dot = new Region();
        dot.getStyleClass().add("source-dot");
        dot.setStyle("-fx-background-color: " + Palette.css(Math.max(0, row.sourceIndex())) + ";");
        Label source = new Label(row.sourceLabel(), dot);
        source.getStyleClass().add("muted");
        VBox box = new VBox(8, title, source, wrapped("\u201C" + row.quote() + "\u201D", "quote-text"));
        if (row.annotation().orphaned()) {
            box.getChildren().add(wrapped("Orphaned: a newer version of this source no longer holds this passage "
                    + "with confidence. The quote above is its last known text.", "status-warning"));
        }
        if (!row.annotation().tags().isEmpty()) {
            box.getChildren().add(wrapped("Tags: " + String.join(", ", row.annotation().tags()), "muted"));
        }
        verdicts.show(row.annotation().verdict(), model.readOnly());
        note.setText(row.annotation().note() == null ? "" : row.annotation().note());
        note.setEditable(!model.readOnly());
        Button save = new Button("Save note");
        save.setOnAction(e -> save());
        box.getChildren().addAll(section("Verdict"), verdicts.root(), section("Note"), note, save, section("History"));
        for (AuditEntry e : model.history(row)) {
            box.getChildren().add(wrapped(WHEN.format(e.at()) + " \u00B7 " + e.author() + " \u00B7 " + e.field() + ": "
                    + (e.newValue() == null ? "cleared" : e.newValue()), "history-line"));
        }
        box.setPadding(new Insets(10));
        root.setContent(box);
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}

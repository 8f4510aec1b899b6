package app.corroborate.ui.annotations;

import app.corroborate.ui.common.Labels;
import app.corroborate.ui.common.VerdictButtons;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/**
 * The inspector of the selected annotation: its source and passage (an orphan says so, with its last known
 * quote), tags, the verdict buttons, the note editor and the history from the audit log.
 */
public final class AnnotationInspectorView {

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
        Label source = new Label(row.sourceLabel(), Labels.dot(row.colour()));
        source.getStyleClass().add("muted");
        VBox box = new VBox(8, title, source, Labels.wrapped("\u201C" + row.quote() + "\u201D", "quote-text"));
        if (row.annotation().orphaned()) {
            box.getChildren()
                    .add(Labels.wrapped(
                            "Orphaned: a newer version of this source no longer holds this passage "
                                    + "with confidence. The quote above is its last known text.",
                            "status-warning"));
        }
        if (!row.annotation().tags().isEmpty()) {
            box.getChildren()
                    .add(Labels.wrapped(
                            "Tags: " + String.join(", ", row.annotation().tags()), "muted"));
        }
        verdicts.show(row.annotation().verdict(), model.readOnly());
        note.setText(row.annotation().note() == null ? "" : row.annotation().note());
        note.setEditable(!model.readOnly());
        Button save = new Button("Save note");
        save.setOnAction(e -> save());
        box.getChildren()
                .addAll(
                        Labels.section("Verdict"),
                        verdicts.root(),
                        Labels.section("Note"),
                        note,
                        save,
                        Labels.section("History"));
        for (String line : Labels.history(model.history(row))) {
            box.getChildren().add(Labels.wrapped(line, "history-line"));
        }
        box.setPadding(new Insets(10));
        root.setContent(box);
    }
}

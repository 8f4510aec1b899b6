package app.corroborate.ui.annotations;

import app.corroborate.store.Verdict;
import app.corroborate.ui.flags.FlagsViewModel;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Asks for an annotation on a passage: the quoted passage shown, a note, a verdict and tags. */
public final class AnnotationDialog {

    private AnnotationDialog() {}

    /** The editor's input, or empty when the dialog was cancelled. */
    public static Optional<AnnotationInput> ask(Window owner, String quote) {
        Dialog<AnnotationInput> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Annotate a passage");
        dialog.setHeaderText("\u201C" + clip(quote) + "\u201D");
        TextArea note = new TextArea();
        note.setId("annotation-note");
        note.setPromptText("What this passage needs: a check, a source, a doubt\u2026");
        note.setWrapText(true);
        note.setPrefRowCount(4);
        ChoiceBox<Verdict> verdict = new ChoiceBox<>();
        verdict.getItems().setAll(Verdict.values());
        verdict.setValue(Verdict.UNREVIEWED);
        verdict.setId("annotation-verdict");
        verdict.setConverter(new StringConverter<>() {
            @Override
            public String toString(Verdict v) {
                return v == null ? "" : FlagsViewModel.capital(v.id());
            }

            @Override
            public Verdict fromString(String s) {
                return Verdict.valueOf(s.toUpperCase(java.util.Locale.ROOT));
            }
        });
        TextField tags = new TextField();
        tags.setId("annotation-tags");
        tags.setPromptText("tags, separated by commas");
        VBox box = new VBox(6, new Label("Note"), note, new Label("Verdict"), verdict, new Label("Tags"), tags);
        box.setPadding(new Insets(10));
        box.setPrefWidth(460);
        dialog.getDialogPane().setContent(box);
        ButtonType save = new ButtonType("Annotate", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().setId("annotation-dialog");
        dialog.setResultConverter(b -> b == save
                ? new AnnotationInput(note.getText().strip(), verdict.getValue(), AnnotationInput.tags(tags.getText()))
                : null);
        Platform.runLater(note::requestFocus);
        return dialog.showAndWait();
    }

    private static String clip(String s) {
        String line = s.strip().replaceAll("\\s+", " ");
        return line.length() <= 120 ? line : line.substring(0, 119) + "\u2026";
    }
}

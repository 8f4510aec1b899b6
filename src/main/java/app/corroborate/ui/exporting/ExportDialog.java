package app.corroborate.ui.exporting;

import app.corroborate.export.ExportFormat;
import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The Export dialog (Ctrl+E): the format, a live preview of the summary (its Markdown, which says everything the
 * other formats say), and where to save it. Exporting runs through {@link ExportViewModel}.
 */
public final class ExportDialog {

    private ExportDialog() {}

    public static void show(
            Window owner, ExportViewModel model, Path suggested, java.util.function.Consumer<String> done) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export the verified summary");
        ChoiceBox<ExportFormat> format = new ChoiceBox<>();
        format.getItems().setAll(ExportFormat.values());
        format.setValue(ExportFormat.HTML);
        format.setId("export-format");
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExportFormat f) {
                return f == null ? "" : f.description();
            }

            @Override
            public ExportFormat fromString(String s) {
                return ExportFormat.fromId(s).orElse(ExportFormat.HTML);
            }
        });
        TextField target = new TextField(suggested.toString());
        target.setId("export-path");
        HBox.setHgrow(target, Priority.ALWAYS);
        format.valueProperty().addListener((o, was, now) -> target.setText(withExtension(target.getText(), now)));
        Button browse = new Button("Browse\u2026");
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(Path.of(target.getText()).getFileName().toString());
            File f = chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
            if (f != null) {
                target.setText(f.getPath());
            }
        });
        TextArea preview = new TextArea("Preparing the preview\u2026");
        preview.setId("export-preview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.setPrefSize(720, 420);
        preview.setStyle("-fx-font-family: monospace;");
        model.preview(preview::setText);
        HBox where = new HBox(6, target, browse);
        where.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(
                8,
                new Label("Format"),
                format,
                new Label("Save to"),
                where,
                new Label("Preview (the summary as Markdown; every format says the same)"),
                preview);
        box.setPadding(new Insets(10));
        dialog.getDialogPane().setContent(box);
        ButtonType export = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        dialog.getDialogPane().setId("export-dialog");
        dialog.showAndWait()
                .filter(b -> b == export)
                .ifPresent(b -> model.export(Path.of(target.getText().strip()), format.getValue(), done));
    }

    /** The path with the extension of the format in place of any known one. */
    static String withExtension(String path, ExportFormat format) {
        String p = path.strip();
        for (ExportFormat f : ExportFormat.values()) {
            if (p.toLowerCase(java.util.Locale.ROOT).endsWith("." + f.extension())) {
                p = p.substring(0, p.length() - f.extension().length() - 1);
                break;
            }
        }
        return p + "." + format.extension();
    }
}

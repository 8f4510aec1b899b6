package app.corroborate.ui.exporting;

import app.corroborate.export.ExportFormat;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The Export dialog (Ctrl+E): the format, a live preview of the summary in that format (the laid-out pages for
 * HTML and PDF, the file's text for the others), and where to save it. Exporting runs through {@link ExportViewModel}.
 */
public final class ExportDialog {

    /** Room left beside a page in the preview: its padding, shadow and the scroll bar. */
    private static final double PAGE_MARGIN = 44;

    private ExportDialog() {}

    public static void show(Window owner, ExportViewModel model, Path suggested, Consumer<String> done) {
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
        Label caption = new Label();
        TextArea text = new TextArea("Preparing the preview\u2026");
        text.setId("export-preview");
        text.setEditable(false);
        text.setWrapText(true);
        text.setStyle("-fx-font-family: monospace;");
        VBox pages = new VBox(12);
        pages.setId("export-pages");
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(12));
        pages.setStyle("-fx-background-color: #8a8f98;");
        ScrollPane laidOut = new ScrollPane(pages);
        laidOut.setFitToWidth(true);
        StackPane preview = new StackPane(text, laidOut);
        preview.setPrefSize(760, 460);
        long[] shown = {0};
        Consumer<ExportFormat> show = f -> {
            caption.setText(captionOf(f));
            text.setText("Preparing the preview\u2026");
            shown[0]++;
            pages.getChildren().clear();
            text.setVisible(true);
            laidOut.setVisible(false);
            model.preview(f, p -> {
                text.setText(p.text());
                showPages(pages, p, laidOut, ++shown[0], shown);
                text.setVisible(!p.laidOut());
                laidOut.setVisible(p.laidOut());
            });
        };
        laidOut.setVisible(false);
        format.valueProperty().addListener((o, was, now) -> show.accept(now));
        show.accept(format.getValue());
        HBox where = new HBox(6, target, browse);
        where.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, new Label("Format"), format, new Label("Save to"), where, caption, preview);
        VBox.setVgrow(preview, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        dialog.getDialogPane().setContent(box);
        ButtonType export = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        dialog.getDialogPane().setId("export-dialog");
        var chosen = dialog.showAndWait();
        model.stopPreview();
        chosen.filter(b -> b == export)
                .ifPresent(b -> model.export(Path.of(target.getText().strip()), format.getValue(), done));
    }

    private static String captionOf(ExportFormat f) {
        return switch (f) {
            case HTML -> "Preview: the summary laid out (the HTML page reads the same in a browser)";
            case PDF -> "Preview: the PDF's pages";
            case MARKDOWN -> "Preview: the Markdown file";
            default -> "Preview: the file (" + f.mediaType() + ")";
        };
    }

    /**
     * Shows the pages as pictures scaled to the width of the preview, each with a shadow as on a desk: one page a
     * pulse, so that decoding a dozen pages never holds up the window; a newer preview stops the rest.
     */
    private static void showPages(VBox box, ExportViewModel.Preview p, ScrollPane view, long shown, long[] current) {
        box.getChildren().clear();
        addPage(box, p, view, 0, shown, current);
    }

    private static void addPage(
            VBox box, ExportViewModel.Preview p, ScrollPane view, int i, long shown, long[] current) {
        if (shown != current[0]) {
            return;
        }
        if (i == p.pages().size()) {
            if (p.totalPages() > i) {
                Label more = new Label("\u2026 and " + (p.totalPages() - i) + " more pages in the file");
                more.setTextFill(Color.WHITE);
                box.getChildren().add(more);
            }
            return;
        }
        ImageView page =
                new ImageView(new Image(new ByteArrayInputStream(p.pages().get(i))));
        page.setEffect(new DropShadow(6, Color.gray(0, 0.4)));
        page.setPreserveRatio(true);
        page.setSmooth(true);
        page.fitWidthProperty().bind(view.widthProperty().subtract(PAGE_MARGIN));
        box.getChildren().add(page);
        Platform.runLater(() -> addPage(box, p, view, i + 1, shown, current));
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

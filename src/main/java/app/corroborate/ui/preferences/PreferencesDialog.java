package app.corroborate.ui.preferences;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The preferences, edited in place: every change applies at once (there is nothing to confirm). */
public final class PreferencesDialog {

    private PreferencesDialog() {}

    public static void show(Window owner, Settings settings) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Preferences");
        TextField editor = new TextField();
        editor.textProperty().bindBidirectional(settings.editorProperty());
        editor.setId("pref-editor");
        TextField organisation = new TextField();
        organisation.textProperty().bindBidirectional(settings.organisationProperty());
        TextField url = new TextField();
        url.setPromptText("https://\u2026");
        url.textProperty().bindBidirectional(settings.organisationUrlProperty());
        CheckBox dark = new CheckBox("Dark theme");
        dark.selectedProperty().bindBidirectional(settings.darkProperty());
        dark.setId("pref-dark");
        Spinner<Integer> size = new Spinner<>(
                Settings.MIN_SIZE,
                Settings.MAX_SIZE,
                settings.textSizeProperty().get());
        size.valueProperty()
                .addListener((o, was, now) -> settings.textSizeProperty().set(now));
        CheckBox rewording = new CheckBox("Show neutral rewording (word edits that no flag is about)");
        rewording.selectedProperty().bindBidirectional(settings.showRewordingProperty());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Editor name"), editor);
        grid.addRow(1, new Label("Organisation"), organisation);
        grid.addRow(2, new Label("Organisation URL"), url);
        grid.addRow(3, new Label("Text size"), size);
        grid.add(dark, 1, 4);
        grid.add(rewording, 1, 5);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().setId("preferences-dialog");
        dialog.show();
    }
}

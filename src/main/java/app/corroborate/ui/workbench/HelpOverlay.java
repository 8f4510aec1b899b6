package app.corroborate.ui.workbench;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The list of keyboard shortcuts over the window (F1 shows and hides it; a click or Esc hides it). */
public final class HelpOverlay {

    private final StackPane root = new StackPane();

    public HelpOverlay() {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        int row = 0;
        for (Shortcut s : Shortcut.values()) {
            Label key = new Label(s.keys());
            key.getStyleClass().add("key-cap");
            Label what = new Label(s.description());
            grid.addRow(row++, key, what);
        }
        Label title = new Label("Keyboard shortcuts");
        title.getStyleClass().add("help-title");
        Label hint = new Label("Every verdict and note is saved in the case file the moment it is set.  "
                + "Press F1 or Esc to close.");
        hint.getStyleClass().add("muted");
        VBox card = new VBox(12, title, grid, hint);
        card.getStyleClass().add("help-card");
        card.setPadding(new Insets(20, 28, 20, 28));
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        root.getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);
        root.getStyleClass().add("help-overlay");
        root.setId("help-overlay");
        root.setVisible(false);
        root.setOnMouseClicked(e -> hide());
    }

    public Parent root() {
        return root;
    }

    public void toggle() {
        root.setVisible(!root.isVisible());
    }

    public void hide() {
        root.setVisible(false);
    }

    public boolean showing() {
        return root.isVisible();
    }
}

package app.corroborate.ui.workbench;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The list of keyboard shortcuts over the window (F1 shows and hides it; a click or Esc hides it). The list is
 * built when first shown, so that a start does not pay for nodes an editor may never open.
 */
public final class HelpOverlay {

    private final StackPane root = new StackPane();
    private final List<Line> more;

    /** A key and what it does, for commands outside {@link Shortcut} (the window's case and source commands). */
    public record Line(String keys, String what) {}

    public HelpOverlay() {
        this(List.of());
    }

    /** The review shortcuts, then {@code more} (the window's commands on cases and sources). */
    public HelpOverlay(List<Line> more) {
        this.more = List.copyOf(more);
        root.getStyleClass().add("help-overlay");
        root.setId("help-overlay");
        root.setVisible(false);
        root.setOnMouseClicked(e -> hide());
    }

    private void build() {
        GridPane review = grid();
        GridPane other = grid();
        int row = 0;
        GridPane into = review;
        for (Shortcut s : Shortcut.values()) {
            if (s == Shortcut.ANNOTATE) {
                into = other;
                row = 0;
            }
            into.addRow(row++, keyCap(s.keys()), new Label(s.description()));
        }
        if (!more.isEmpty()) {
            Label heading = new Label("Cases and sources");
            heading.getStyleClass().add("pane-title");
            other.add(heading, 0, row++, 2, 1);
            for (Line l : more) {
                other.addRow(row++, keyCap(l.keys()), new Label(l.what()));
            }
        }
        HBox grid = new HBox(36, review, other);
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
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        return grid;
    }

    private static Label keyCap(String keys) {
        Label key = new Label(keys);
        key.getStyleClass().add("key-cap");
        return key;
    }

    public Parent root() {
        return root;
    }

    public void toggle() {
        if (root.getChildren().isEmpty()) {
            build();
        }
        root.setVisible(!root.isVisible());
    }

    public void hide() {
        root.setVisible(false);
    }

    public boolean showing() {
        return root.isVisible();
    }
}

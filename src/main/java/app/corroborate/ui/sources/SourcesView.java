package app.corroborate.ui.sources;

import app.corroborate.ui.common.Palette;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The sources list: outlet, headline, date and words, copy group, flags; the base marked; colour per source. */
public final class SourcesView {

    private final BorderPane root = new BorderPane();
    private final ListView<SourceRow> list;
    private boolean updating;

    /** The list, with a context menu to make a source the base or re-import a newer version of it. */
    public SourcesView(SourcesViewModel model, java.util.function.Consumer<SourceRow> makeBase,
            java.util.function.Consumer<SourceRow> reimport) {
        this(model);
        javafx.scene.control.MenuItem base = new javafx.scene.control.MenuItem("Make this source the base");
        base.setOnAction(e -> selectedRow().ifPresent(makeBase));
        javafx.scene.control.MenuItem again = new javafx.scene.control.MenuItem("Re-import a newer version\u2026");
        again.setOnAction(e -> selectedRow().ifPresent(reimport));
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(base, again);
        menu.setOnShowing(e -> base.setDisable(selectedRow().map(SourceRow::base).orElse(true)));
        list.setContextMenu(menu);
    }

    private java.util.Optional<SourceRow> selectedRow() {
        return java.util.Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    public SourcesView(SourcesViewModel model) {
        list = new ListView<>(model.rows());
        list.setId("source-list");
        list.setCellFactory(v -> new SourceCell());
        list.setFocusTraversable(false);
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (!updating && now.intValue() >= 0) {
                model.select(now.intValue());
            }
        });
        model.selectedProperty().addListener((o, was, now) -> follow(now.intValue()));
        model.rows().addListener((javafx.collections.ListChangeListener<SourceRow>) c -> follow(
                model.selectedProperty().get()));
        Label title = new Label("Sources");
        title.getStyleClass().add("pane-title");
        root.setTop(title);
        root.setCenter(list);
        root.getStyleClass().add("sources-pane");
        root.setMinWidth(200);
    }

    public Parent root() {
        return root;
    }

    private void follow(int index) {
        updating = true;
        if (index < 0) {
            list.getSelectionModel().clearSelection();
        } else if (list.getSelectionModel().getSelectedIndex() != index) {
            list.getSelectionModel().select(index);
            list.scrollTo(index);
        }
        updating = false;
    }

    private static final class SourceCell extends ListCell<SourceRow> {
        @Override
        protected void updateItem(SourceRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Region swatch = new Region();
            swatch.getStyleClass().add("source-swatch");
            swatch.setStyle("-fx-background-color: " + Palette.css(row.index()) + ";");
            Label outlet = new Label(row.label());
            outlet.getStyleClass().add("source-title");
            HBox head = new HBox(6, outlet);
            head.setAlignment(Pos.CENTER_LEFT);
            if (row.base()) {
                head.getChildren().add(badge("BASE", "badge-base"));
            }
            VBox box = new VBox(2, head);
            if (row.summary().headline() != null) {
                Label headline = new Label(row.summary().headline());
                headline.getStyleClass().add("source-headline");
                headline.setWrapText(true);
                box.getChildren().add(headline);
            }
            Label details = new Label(row.details());
            details.getStyleClass().add("source-details");
            box.getChildren().add(details);
            HBox badges = new HBox(6);
            if (row.groupBadge() != null) {
                badges.getChildren().add(badge(row.groupBadge(), "badge-group"));
            }
            if (!row.flagBadge().isEmpty()) {
                badges.getChildren().add(badge(row.flagBadge(), row.highFlags() > 0 ? "badge-high" : "badge-flags"));
            }
            if (!badges.getChildren().isEmpty()) {
                box.getChildren().add(badges);
            }
            box.setMinWidth(0);
            box.setPrefWidth(1);
            HBox.setHgrow(box, Priority.ALWAYS);
            HBox cell = new HBox(8, swatch, box);
            cell.setPadding(new Insets(4, 2, 4, 0));
            setPrefWidth(0);
            setGraphic(cell);
        }

        private static Label badge(String text, String style) {
            Label l = new Label(text);
            l.getStyleClass().addAll("badge", style);
            return l;
        }
    }
}

package app.corroborate.ui.sources;

import app.corroborate.store.StoredSource;
import app.corroborate.ui.common.Palette;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
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

    /**
     * The list, with a context menu to make a source the base, re-import a newer version of it or remove it from
     * the comparison, and under it the removed sources, each of which can be restored.
     */
    public SourcesView(SourcesViewModel model, SourceActions actions) {
        this(model);
        MenuItem base = new MenuItem("Make this source the base");
        base.setOnAction(e -> selectedRow().ifPresent(actions.makeBase()));
        MenuItem again = new MenuItem("Re-import a newer version\u2026");
        again.setOnAction(e -> selectedRow().ifPresent(actions.reimport()));
        MenuItem remove = new MenuItem("Remove from the comparison");
        remove.setOnAction(e -> selectedRow().ifPresent(actions.remove()));
        ContextMenu menu = new ContextMenu(base, again, new SeparatorMenuItem(), remove);
        menu.setOnShowing(
                e -> base.setDisable(selectedRow().map(SourceRow::base).orElse(true)));
        list.setContextMenu(menu);
        root.setBottom(removedFooter(actions));
    }

    /** "2 removed sources": a menu of them, each restored by choosing it; hidden while nothing was removed. */
    private static Node removedFooter(SourceActions actions) {
        MenuButton restore = new MenuButton();
        restore.setId("restore-source");
        restore.setMaxWidth(Double.MAX_VALUE);
        restore.setTooltip(new Tooltip("Removed sources stay in the case with their annotations and verdicts; "
                + "choose one to put it back in the comparison"));
        HBox.setHgrow(restore, Priority.ALWAYS);
        HBox footer = new HBox(restore);
        footer.setPadding(new Insets(6, 4, 6, 4));
        footer.setId("removed-sources");
        Runnable refresh = () -> {
            int n = actions.removed().size();
            restore.setText(n + (n == 1 ? " removed source" : " removed sources"));
            restore.getItems()
                    .setAll(actions.removed().stream()
                            .map(s -> {
                                MenuItem item = new MenuItem("Restore " + label(s));
                                item.setOnAction(e -> actions.restore().accept(s.id()));
                                return item;
                            })
                            .toList());
            footer.setVisible(n > 0);
            footer.setManaged(n > 0);
        };
        actions.removed().addListener((ListChangeListener<StoredSource>) c -> refresh.run());
        refresh.run();
        return footer;
    }

    private static String label(StoredSource s) {
        return s.outlet() != null && !s.outlet().isBlank() ? s.outlet() + " (" + s.fileName() + ")" : s.fileName();
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
        model.rows().addListener((javafx.collections.ListChangeListener<SourceRow>)
                c -> follow(model.selectedProperty().get()));
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
            swatch.setStyle("-fx-background-color: " + Palette.css(row.summary().colour()) + ";");
            Label outlet = new Label(row.label());
            outlet.getStyleClass().add("source-title");
            outlet.setMinWidth(0);
            HBox head = new HBox(6, outlet);
            head.setAlignment(Pos.CENTER_LEFT);
            if (row.base()) {
                head.getChildren().add(whole(badge("BASE", "badge-base")));
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
            if (row.unrelatedBadge() != null) {
                Label warning = whole(badge(row.unrelatedBadge(), "badge-high"));
                warning.setId("badge-unrelated");
                warning.setTooltip(new javafx.scene.control.Tooltip(row.unrelatedReason()));
                badges.getChildren().add(warning);
            }
            if (row.groupBadge() != null) {
                badges.getChildren().add(badge(row.groupBadge(), "badge-group"));
            }
            if (!row.flagBadge().isEmpty()) {
                badges.getChildren()
                        .add(whole(badge(row.flagBadge(), row.highFlags() > 0 ? "badge-high" : "badge-flags")));
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
            l.setMinWidth(0);
            return l;
        }

        /** A badge that is never cut short: the base mark and the flag count give way to nothing. */
        private static Label whole(Label badge) {
            badge.setMinWidth(Region.USE_PREF_SIZE);
            return badge;
        }
    }
}

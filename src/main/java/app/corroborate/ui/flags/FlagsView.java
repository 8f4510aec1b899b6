package app.corroborate.ui.flags;

import app.corroborate.ui.common.KindStyle;
import app.corroborate.ui.common.Labels;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The list of flags under the comparison: source, kind, severity, what changed and the verdict, with a filter
 * per column and counts per choice. Selecting a row selects the flag everywhere.
 */
public final class FlagsView {

    private final BorderPane root = new BorderPane();
    private final TableView<FlagRow> table;
    private boolean following;

    public FlagsView(FlagsViewModel model) {
        table = new TableView<>(model.visible());
        table.setId("flag-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No flag matches these filters."));
        table.getColumns().add(sourceColumn());
        table.getColumns().add(kindColumn());
        table.getColumns().add(severityColumn());
        table.getColumns().add(changeColumn());
        table.getColumns().add(verdictColumn());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!following && now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> follow(now));
        model.visible().addListener((javafx.collections.ListChangeListener<FlagRow>) c -> follow(model.selected()));
        root.setTop(filters(model));
        root.setCenter(table);
        root.getStyleClass().add("flags-pane");
    }

    public Parent root() {
        return root;
    }

    private void follow(FlagRow row) {
        following = true;
        if (row == null || !table.getItems().contains(row)) {
            table.getSelectionModel().clearSelection();
        } else if (table.getSelectionModel().getSelectedItem() != row) {
            table.getSelectionModel().select(row);
            int i = table.getItems().indexOf(row);
            table.scrollTo(Math.max(0, i - 3));
        }
        following = false;
    }

    private static HBox filters(FlagsViewModel model) {
        Label title = new Label("Flags");
        title.getStyleClass().add("pane-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label reviewed = new Label();
        reviewed.setId("flags-reviewed");
        reviewed.getStyleClass().add("reviewed-count");
        reviewed.textProperty().bind(model.reviewedProperty());
        reviewed.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        HBox bar = new HBox(
                6,
                title,
                reviewed,
                gap,
                combo(model.kind(), "filter-kind"),
                combo(model.severity(), "filter-severity"),
                combo(model.source(), "filter-source"),
                combo(model.verdict(), "filter-verdict"));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("flags-bar");
        return bar;
    }

    /**
     * A filter box showing its facet's choice. Not a bidirectional binding: a choice refreshes every facet's
     * counts, and the box, whose items change inside its own change of value, was left blank while the facet held
     * the choice; the box is set to the facet's choice once that change is over.
     */
    private static <T> ComboBox<FilterOption<T>> combo(Facet<T> facet, String id) {
        ComboBox<FilterOption<T>> box = new ComboBox<>(facet.options());
        box.setId(id);
        box.setFocusTraversable(false);
        box.setValue(facet.chosenProperty().get());
        box.valueProperty().addListener((o, was, now) -> {
            if (now != null && now != facet.chosenProperty().get()) {
                facet.chosenProperty().set(now);
            }
        });
        Runnable show = () -> javafx.application.Platform.runLater(() -> {
            if (box.getValue() != facet.chosenProperty().get()) {
                box.setValue(facet.chosenProperty().get());
            }
        });
        facet.chosenProperty().addListener((o, was, now) -> show.run());
        facet.options().addListener((javafx.collections.ListChangeListener<FilterOption<T>>) c -> show.run());
        box.getStyleClass().add("filter");
        return box;
    }

    private static TableColumn<FlagRow, FlagRow> sourceColumn() {
        return column(
                "Source",
                160,
                r -> r.source().label(),
                r -> {
                    Region dot = Labels.dot(r.source().colour());
                    return dot;
                },
                null);
    }

    private static TableColumn<FlagRow, FlagRow> kindColumn() {
        return column(
                "Kind",
                160,
                r -> FlagsViewModel.kindLabel(r.flag().kind()),
                r -> KindStyle.iconNode(r.flag().kind(), 14),
                null);
    }

    private static TableColumn<FlagRow, FlagRow> severityColumn() {
        return column(
                "Severity",
                100,
                r -> FlagsViewModel.capital(r.flag().severity().id()),
                r -> null,
                r -> KindStyle.severityClass(r.flag().severity()));
    }

    private static TableColumn<FlagRow, FlagRow> changeColumn() {
        return column("What changed", 380, FlagRow::change, r -> null, null);
    }

    /** A column showing a text, an optional graphic and an optional style class per row. */
    private static TableColumn<FlagRow, FlagRow> column(
            String title,
            double width,
            Function<FlagRow, String> text,
            Function<FlagRow, Node> graphic,
            Function<FlagRow, String> style) {
        TableColumn<FlagRow, FlagRow> c = column(title, width);
        c.setCellFactory(col -> new TableCell<>() {
            private String applied;

            @Override
            protected void updateItem(FlagRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove(applied);
                applied = null;
                boolean none = empty || row == null;
                setText(none ? null : text.apply(row));
                setGraphic(none ? null : graphic.apply(row));
                if (!none && style != null) {
                    applied = style.apply(row);
                    getStyleClass().add(applied);
                }
            }
        });
        return c;
    }

    private static TableColumn<FlagRow, FlagRow> verdictColumn() {
        TableColumn<FlagRow, FlagRow> c = column("Verdict", 135);
        c.setCellFactory(col -> new TableCell<>() {
            private FlagRow shown;
            private final javafx.beans.value.ChangeListener<Object> refresh = (o, was, now) -> paint();

            @Override
            protected void updateItem(FlagRow row, boolean empty) {
                super.updateItem(row, empty);
                if (shown != null) {
                    shown.verdictProperty().removeListener(refresh);
                }
                shown = empty ? null : row;
                if (shown != null) {
                    shown.verdictProperty().addListener(refresh);
                }
                paint();
            }

            private void paint() {
                setGraphic(shown == null ? null : KindStyle.iconNode(shown.verdict(), 14));
                setText(
                        shown == null
                                ? null
                                : FlagsViewModel.capital(shown.verdict().id()));
            }
        });
        return c;
    }

    private static TableColumn<FlagRow, FlagRow> column(String title, double width) {
        TableColumn<FlagRow, FlagRow> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        return c;
    }
}

package app.corroborate.ui.annotations;

import app.corroborate.ui.common.KindStyle;
import app.corroborate.ui.common.Labels;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The list of annotations: source, passage, note, verdict and tags; orphans marked with their last quote. */
public final class AnnotationsView {

    private final ListView<AnnotationRow> list;
    private boolean following;

    public AnnotationsView(AnnotationsViewModel model) {
        list = new ListView<>(model.rows());
        list.setId("annotation-list");
        list.setPlaceholder(new Label("No annotations yet: select text in either pane and press Ctrl+M."));
        list.setCellFactory(v -> new Cell());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!following && now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            following = true;
            if (now == null) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(now);
            }
            following = false;
        });
        if (model.selectedProperty().get() != null) {
            list.getSelectionModel().select(model.selectedProperty().get());
        }
    }

    public Parent root() {
        return list;
    }

    private static final class Cell extends ListCell<AnnotationRow> {
        @Override
        protected void updateItem(AnnotationRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Region dot = Labels.dot(row.colour());
            Label source = new Label(row.sourceLabel(), dot);
            source.getStyleClass().add("muted");
            Label verdict = new Label(
                    row.annotation().verdict().id(),
                    KindStyle.iconNode(row.annotation().verdict(), 12));
            HBox head = new HBox(8, source, verdict);
            head.setAlignment(Pos.CENTER_LEFT);
            if (row.sourceIndex() < 0) {
                Label removed = new Label("its source was removed from the comparison (kept in the case)");
                removed.getStyleClass().addAll("badge", "badge-flags");
                head.getChildren().add(removed);
            } else if (row.annotation().orphaned()) {
                Label orphan = new Label("orphaned: its text is gone from the newer version");
                orphan.getStyleClass().addAll("badge", "badge-high");
                head.getChildren().add(orphan);
            }
            if (!row.annotation().tags().isEmpty()) {
                Label tags = new Label(String.join(", ", row.annotation().tags()));
                tags.getStyleClass().addAll("badge", "badge-group");
                head.getChildren().add(tags);
            }
            Label quote = new Label("\u201C" + row.quote() + "\u201D");
            quote.getStyleClass().add("stand-text");
            Label note = new Label(
                    row.annotation().note() == null ? "" : row.annotation().note());
            VBox box = new VBox(2, head, quote, note);
            box.setPadding(new Insets(2, 0, 2, 0));
            box.setMinWidth(0);
            box.setPrefWidth(1);
            setPrefWidth(0);
            setGraphic(box);
        }
    }
}

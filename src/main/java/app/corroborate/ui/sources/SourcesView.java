package app.corroborate.ui.sources;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/** The sources list beside the selected source's text, page furniture shown greyed. */
public final class SourcesView {

    private final BorderPane root = new BorderPane();
    private final StyleClassedTextArea text = new StyleClassedTextArea();

    public SourcesView(SourcesViewModel model) {
        ListView<SourceRow> list = new ListView<>(model.sources());
        list.setId("source-list");
        list.setCellFactory(v -> new SourceCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> show(now, list));
        text.setId("source-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPadding(new Insets(12));
        SplitPane split = new SplitPane(list, new VirtualizedScrollPane<>(text));
        split.setDividerPositions(0.3);
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.statusProperty());
        status.setPadding(new Insets(4, 8, 4, 8));
        root.setCenter(split);
        root.setBottom(status);
        root.getStylesheets().add(SourcesView.class.getResource("sources.css").toExternalForm());
    }

    public Parent root() {
        return root;
    }

    private void show(SourceRow row, ListView<SourceRow> list) {
        if (row == null) {
            text.clear();
            return;
        }
        if (list.getSelectionModel().getSelectedItem() != row) {
            list.getSelectionModel().select(row);
        }
        text.replaceText(row.document().text());
        text.setStyleSpans(0, FurnitureStyles.of(row.document()));
        text.moveTo(0);
        text.requestFollowCaret();
    }

    private static final class SourceCell extends ListCell<SourceRow> {
        @Override
        protected void updateItem(SourceRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(row.label());
            title.getStyleClass().add("source-title");
            Label details = new Label(row.details());
            details.getStyleClass().add("source-details");
            VBox box = new VBox(2, title, details);
            box.setMinWidth(0);
            box.setPrefWidth(1);
            setPrefWidth(0);
            setGraphic(box);
        }
    }
}

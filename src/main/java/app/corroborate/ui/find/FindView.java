package app.corroborate.ui.find;

import app.corroborate.review.CaseAnalysis;
import app.corroborate.text.Span;
import app.corroborate.ui.common.Labels;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * Find across all sources (Ctrl+F): the words typed, searched after a short pause, the hits listed source by
 * source; choosing a hit brings it into view in the comparison.
 */
public final class FindView {

    private final BorderPane root = new BorderPane();
    private final TextField query = new TextField();
    private final ListView<Hit> hits = new ListView<>();
    private final Label count = new Label();

    /** {@code open} receives a source index and a span to reveal. */
    public FindView(Supplier<CaseAnalysis> analysis, BiConsumer<Integer, Span> open) {
        query.setId("find-field");
        query.setPromptText("Find in every source\u2026");
        HBox.setHgrow(query, javafx.scene.layout.Priority.ALWAYS);
        count.getStyleClass().add("muted");
        HBox bar = new HBox(8, query, count);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("flags-bar");
        hits.setId("find-hits");
        hits.setPlaceholder(new Label("Type words to find them in every source."));
        hits.setCellFactory(v -> new HitCell());
        PauseTransition pause = new PauseTransition(Duration.millis(200));
        pause.setOnFinished(e -> search(analysis.get()));
        query.textProperty().addListener((o, was, now) -> pause.playFromStart());
        query.setOnAction(e -> search(analysis.get()));
        hits.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                open.accept(now.source(), now.span());
            }
        });
        root.setTop(bar);
        root.setCenter(hits);
    }

    public Parent root() {
        return root;
    }

    /** Puts the caret in the search field. */
    public void focus() {
        query.requestFocus();
        query.selectAll();
    }

    private void search(CaseAnalysis analysis) {
        List<Hit> found = Finder.find(analysis, query.getText());
        hits.getItems().setAll(found);
        long sources = found.stream().map(Hit::source).distinct().count();
        count.setText(
                query.getText().isBlank()
                        ? ""
                        : found.size() + (found.size() >= Finder.LIMIT ? "+" : "") + " hits in " + sources
                                + (sources == 1 ? " source" : " sources"));
    }

    private static final class HitCell extends ListCell<Hit> {
        @Override
        protected void updateItem(Hit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Region dot = Labels.dot(hit.colour());
            Label who = new Label(hit.sourceLabel(), dot);
            who.setMinWidth(160);
            who.setMaxWidth(160);
            Label context = new Label(hit.context());
            setGraphic(new HBox(8, who, context));
            setText(null);
        }
    }
}

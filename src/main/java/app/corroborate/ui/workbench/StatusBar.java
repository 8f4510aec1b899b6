package app.corroborate.ui.workbench;

import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.store.VerdictRecord;
import app.corroborate.ui.flags.FlagRow;
import app.corroborate.ui.session.BackgroundWork;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The status bar: flags by verdict ("12 of 31 reviewed · 8 verified · 2 false"), the last message the editor
 * should read (a refused change), and background work with its progress and a Cancel button.
 */
final class StatusBar {

    private final HBox root = new HBox(10);
    private final Label verdicts = new Label();
    private final WorkbenchViewModel model;

    StatusBar(WorkbenchViewModel model) {
        this.model = model;
        verdicts.setId("status");
        Label message = new Label();
        message.setId("status-message");
        message.getStyleClass().add("status-warning");
        message.textProperty().bind(model.session().messageProperty());
        Label notice = new Label();
        notice.setId("status-notice");
        notice.getStyleClass().add("muted");
        notice.textProperty().bind(model.session().noticeProperty());
        BackgroundWork work = model.session().work();
        Label working = new Label();
        working.textProperty().bind(work.messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(120);
        progress.progressProperty().bind(work.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> work.cancel());
        cancel.getStyleClass().add("small");
        HBox busy = new HBox(6, working, progress, cancel);
        busy.setAlignment(Pos.CENTER_RIGHT);
        busy.visibleProperty().bind(work.runningProperty());
        busy.managedProperty().bind(work.runningProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        root.getChildren().addAll(verdicts, message, notice, gap, busy);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(3, 10, 3, 10));
        root.getStyleClass().add("status-bar");
        model.flags().visible().addListener((javafx.collections.ListChangeListener<FlagRow>) c -> refresh());
        model.session().verdicts().addListener((javafx.collections.MapChangeListener<String, VerdictRecord>)
                c -> refresh());
        model.session().analysisProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    Parent root() {
        return root;
    }

    private void refresh() {
        var rows = model.flags().all();
        if (rows.isEmpty()) {
            verdicts.setText(model.session().analysis().isEmpty() ? "No sources yet" : "No flags");
            return;
        }
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (FlagRow r : rows) {
            counts.merge(model.session().state(Target.FLAG, r.id()).verdict(), 1, Integer::sum);
        }
        int reviewed = rows.size() - counts.getOrDefault(Verdict.UNREVIEWED, 0);
        StringBuilder b = new StringBuilder(reviewed + " of " + rows.size() + " flags reviewed");
        for (Verdict v : new Verdict[] {Verdict.VERIFIED, Verdict.FALSE, Verdict.DISPUTED, Verdict.UNVERIFIABLE}) {
            if (counts.containsKey(v)) {
                b.append(" \u00B7 ").append(counts.get(v)).append(' ').append(v.id());
            }
        }
        verdicts.setText(b.toString());
    }
}

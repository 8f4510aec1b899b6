package app.corroborate.ui.flags;

import app.corroborate.store.CaseException;
import app.corroborate.store.VerdictRecord;
import app.corroborate.store.VerdictSnapshot;
import app.corroborate.ui.session.CaseSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;

/**
 * A line under the flag list when verdicts were set on flags or claims the analysis no longer finds ("2 verdicts
 * on flags no longer found"), with a link that lists them; hidden when there are none.
 */
public final class OrphanVerdictsBar {

    private final CaseSession session;
    private final Label count = new Label();
    private final HBox root;
    private List<String> lines = List.of();

    public OrphanVerdictsBar(CaseSession session) {
        this.session = session;
        Hyperlink show = new Hyperlink("List them");
        show.setOnAction(e -> list());
        count.getStyleClass().add("muted");
        root = new HBox(6, count, show);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setPadding(new Insets(2, 8, 2, 8));
        root.setId("orphan-verdicts");
        session.analysisProperty().addListener((o, was, now) -> refresh());
        session.verdicts().addListener((MapChangeListener<String, VerdictRecord>) c -> refresh());
        refresh();
    }

    public Parent root() {
        return root;
    }

    private void refresh() {
        List<VerdictRecord> verdicts = List.copyOf(session.verdicts().values());
        lines = OrphanVerdicts.lines(session.analysis(), verdicts, Map.of());
        if (!lines.isEmpty()) {
            lines = OrphanVerdicts.lines(session.analysis(), verdicts, snapshots());
        }
        int n = lines.size();
        count.setText(n + (n == 1 ? " verdict on a flag or claim" : " verdicts on flags or claims")
                + " no longer found (a source was removed or changed); kept in the case");
        root.setVisible(n > 0);
        root.setManaged(n > 0);
    }

    private Map<String, VerdictSnapshot> snapshots() {
        Map<String, VerdictSnapshot> out = new HashMap<>();
        try {
            session.store().snapshots().forEach(s -> out.put(OrphanVerdicts.key(s.target(), s.targetId()), s));
        } catch (CaseException e) {
            // listed by id only
        }
        return out;
    }

    private void list() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        alert.setTitle("Verdicts no longer found");
        alert.setHeaderText("Verdicts on flags or claims the current analysis does not find");
        TextArea text = new TextArea(String.join("\n", lines));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(12, lines.size() + 1));
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("orphan-verdicts-dialog");
        alert.show();
    }
}

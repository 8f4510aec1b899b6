package app.corroborate.ui.common;

import app.corroborate.store.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

/** The verdict buttons of an inspector, each with its key: 1 verified ... 4 unverifiable, 0 unreviewed. */
public final class VerdictButtons {

    private static final List<Verdict> ORDER =
            List.of(Verdict.VERIFIED, Verdict.FALSE, Verdict.DISPUTED, Verdict.UNVERIFIABLE, Verdict.UNREVIEWED);

    private final FlowPane root = new FlowPane(4, 4);

    /** Buttons that call {@code choose}; {@code idPrefix} names them for tests ({@code verdict-verified}). */
    public VerdictButtons(String idPrefix, Consumer<Verdict> choose) {
        for (Verdict v : ORDER) {
            ToggleButton b = new ToggleButton(KindStyle.key(v) + " " + label(v), KindStyle.iconNode(v, 14));
            b.setId(idPrefix + "-" + v.id());
            b.setUserData(v);
            b.setFocusTraversable(false);
            b.setTooltip(new Tooltip("Key " + KindStyle.key(v)));
            b.setOnAction(e -> choose.accept(v));
            root.getChildren().add(b);
        }
        root.getStyleClass().add("verdict-buttons");
    }

    public Node root() {
        return root;
    }

    /** Each button's tooltip: its key and what the verdict means here ("Key 1: the version's figure is right"). */
    public void explain(java.util.function.Function<Verdict, String> meaning) {
        for (Node n : root.getChildren()) {
            Verdict v = (Verdict) n.getUserData();
            ((ToggleButton) n).setTooltip(new Tooltip("Key " + KindStyle.key(v) + ": " + meaning.apply(v)));
        }
    }

    /** Shows {@code current} as chosen; disables the buttons when the case cannot be changed here. */
    public void show(Verdict current, boolean readOnly) {
        for (Node n : root.getChildren()) {
            ((ToggleButton) n).setSelected(n.getUserData() == current);
            n.setDisable(readOnly);
        }
    }

    private static String label(Verdict v) {
        String id = v.id();
        return Character.toUpperCase(id.charAt(0)) + id.substring(1).toLowerCase(Locale.ROOT);
    }
}

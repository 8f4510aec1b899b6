package app.corroborate.ui;

import java.util.function.Function;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Skin;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.skin.ButtonSkin;
import javafx.scene.control.skin.CheckBoxSkin;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.control.skin.LabelSkin;
import javafx.scene.control.skin.ListViewSkin;
import javafx.scene.control.skin.ScrollPaneSkin;
import javafx.scene.control.skin.SplitPaneSkin;
import javafx.scene.control.skin.TabPaneSkin;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.TextAreaSkin;
import javafx.scene.control.skin.TextFieldSkin;
import javafx.scene.control.skin.ToggleButtonSkin;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * Readies the code of the workbench's heaviest controls while the window starts: a background thread builds one
 * throwaway of each, never shown, so that loading their classes and linking their code happens beside the UI
 * thread instead of on it when the first case is shown.
 *
 * <p>Guarantees: the throwaway controls are never attached to a scene (JavaFX lets such nodes be built on any
 * thread); a failure here is ignored, as the controls are then readied when first used, as without it.
 */
final class Warmup {

    private Warmup() {}

    /** Starts the warm-up on a daemon thread; needs the UI toolkit started. */
    static void inBackground() {
        Thread t = new Thread(Warmup::run, "ui-warmup");
        t.setDaemon(true);
        t.start();
    }

    private static <C extends Control> void skinned(C control, Function<C, Skin<?>> skin) {
        control.setSkin(skin.apply(control));
    }

    private static void run() {
        try {
            StyleClassedTextArea area = new StyleClassedTextArea();
            area.setWrapText(true);
            area.replaceText("Warm.\n\nUp.");
            area.setStyleClass(0, 4, "warm");
            skinned(new TableView<String>(), TableViewSkin::new);
            skinned(new ListView<String>(), ListViewSkin::new);
            skinned(new ComboBox<String>(), ComboBoxListViewSkin::new);
            skinned(new TextArea(), TextAreaSkin::new);
            skinned(new TextField(), TextFieldSkin::new);
            skinned(new TabPane(new Tab("Warm")), TabPaneSkin::new);
            skinned(new SplitPane(), SplitPaneSkin::new);
            skinned(new ScrollPane(), ScrollPaneSkin::new);
            skinned(new ToggleButton(), ToggleButtonSkin::new);
            skinned(new CheckBox(), CheckBoxSkin::new);
            skinned(new Button(), ButtonSkin::new);
            skinned(new Label(), LabelSkin::new);
            new FontIcon(Material2AL.FLAG);
        } catch (RuntimeException | LinkageError e) {
            // readied on first use instead
        }
    }
}

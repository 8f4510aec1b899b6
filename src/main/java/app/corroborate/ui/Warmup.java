package app.corroborate.ui;

import java.util.List;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Readies the code of the workbench's heaviest controls while the window starts: a background thread builds a
 * throwaway text area of the comparison and two throwaway icons (loading the icon font, about 250 KB), never shown,
 * and loads the classes of the other controls' skins, so that
 * this happens beside the UI thread instead of on it when the first case is shown.
 *
 * <p>Guarantees: the throwaway text area is never attached to a scene (JavaFX lets such nodes be built on any
 * thread) and nothing here lays out or measures text; a failure here is ignored, as the controls are then readied
 * when first used, as without it.
 */
final class Warmup {

    private Warmup() {}

    /** Starts the warm-up on a daemon thread; needs the UI toolkit started. */
    static void inBackground() {
        Thread t = new Thread(Warmup::run, "ui-warmup");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The skins of the controls the workbench shows, loaded but not initialised: making a skin (or anything that
     * measures text) is left to the UI thread, as JavaFX measures text through state shared across threads.
     */
    private static final List<String> SKINS = List.of(
            "javafx.scene.control.skin.TableViewSkin",
            "javafx.scene.control.skin.TableRowSkin",
            "javafx.scene.control.skin.TableCellSkin",
            "javafx.scene.control.skin.TableHeaderRow",
            "javafx.scene.control.skin.TableColumnHeader",
            "javafx.scene.control.skin.ListViewSkin",
            "javafx.scene.control.skin.ListCellSkin",
            "javafx.scene.control.skin.ComboBoxListViewSkin",
            "javafx.scene.control.skin.TextAreaSkin",
            "javafx.scene.control.skin.TextFieldSkin",
            "javafx.scene.control.skin.TabPaneSkin",
            "javafx.scene.control.skin.SplitPaneSkin",
            "javafx.scene.control.skin.ScrollPaneSkin",
            "javafx.scene.control.skin.ToggleButtonSkin",
            "javafx.scene.control.skin.CheckBoxSkin",
            "javafx.scene.control.skin.ButtonSkin",
            "javafx.scene.control.skin.LabelSkin",
            "javafx.scene.control.skin.VirtualFlow",
            "org.kordamp.ikonli.javafx.FontIcon");

    private static void run() {
        try {
            StyleClassedTextArea area = new StyleClassedTextArea();
            area.setWrapText(true);
            area.replaceText("Warm.\n\nUp.");
            area.setStyleClass(0, 4, "warm");
            // one icon of each half of the icon pack: each half has its own font file
            new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.material2.Material2AL.HELP);
            new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.material2.Material2MZ.WARNING);
            for (String name : SKINS) {
                Class.forName(name, false, Warmup.class.getClassLoader());
            }
        } catch (RuntimeException | LinkageError | ClassNotFoundException e) {
            // readied on first use instead
        }
    }
}

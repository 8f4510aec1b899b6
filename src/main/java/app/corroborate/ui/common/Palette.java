package app.corroborate.ui.common;

import javafx.scene.paint.Color;

/**
 * The colour that follows a source everywhere in the window: the list, the flags, the panes. Colours from the
 * Okabe-Ito set, told apart by colour-blind readers; the base is a neutral slate.
 */
public final class Palette {

    private static final Color BASE = Color.web("#5b6470");
    private static final Color[] VERSIONS = {
        Color.web("#0072B2"),
        Color.web("#E69F00"),
        Color.web("#009E73"),
        Color.web("#CC79A7"),
        Color.web("#56B4E9"),
        Color.web("#D55E00"),
        Color.web("#8c6d1f"),
        Color.web("#7a4fbf")
    };

    private Palette() {}

    /** The colour of the source at {@code index} (0 is the base). */
    public static Color source(int index) {
        return index == 0 ? BASE : VERSIONS[(index - 1) % VERSIONS.length];
    }

    /** The colour as a CSS value. */
    public static String css(int index) {
        Color c = source(index);
        return String.format(
                "#%02x%02x%02x",
                Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}

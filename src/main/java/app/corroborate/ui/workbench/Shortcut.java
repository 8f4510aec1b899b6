package app.corroborate.ui.workbench;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The workbench's keyboard commands, one table for the key handling, the menus and the help overlay.
 *
 * <p>{@code typing} marks keys that would be text in a note: they act only when no text field has the focus.
 */
public enum Shortcut {
    NEXT_FLAG(KeyCode.F8, false, false, "F8", "Next flag (across all sources, in the order of the flag list)"),
    PREVIOUS_FLAG(KeyCode.F8, false, true, "Shift+F8", "Previous flag"),
    NEXT_DIFFERENCE(KeyCode.F7, false, false, "F7", "Next difference of the compared pair, flagged or not"),
    PREVIOUS_DIFFERENCE(KeyCode.F7, false, true, "Shift+F7", "Previous difference"),
    VERIFIED(KeyCode.DIGIT1, false, false, "1", "Verdict on the selected flag or annotation: verified"),
    FALSE(KeyCode.DIGIT2, false, false, "2", "Verdict: false"),
    DISPUTED(KeyCode.DIGIT3, false, false, "3", "Verdict: disputed"),
    UNVERIFIABLE(KeyCode.DIGIT4, false, false, "4", "Verdict: unverifiable"),
    UNREVIEWED(KeyCode.DIGIT0, false, false, "0", "Back to unreviewed"),
    NOTE(KeyCode.N, false, false, "N", "Write a note on the selected flag or annotation"),
    SAVE_NOTE(KeyCode.ENTER, true, false, "Ctrl+Enter", "Save the note"),
    UNDO(
            KeyCode.Z,
            true,
            false,
            "Ctrl+Z",
            "Undo the last change: verdict, note, annotation, furniture, removed source, base"),
    REDO(KeyCode.Z, true, true, "Ctrl+Shift+Z", "Redo"),
    ANNOTATE(KeyCode.M, true, false, "Ctrl+M", "Annotate the selected text: a note, a verdict, tags"),
    EXCLUDE(KeyCode.X, true, true, "Ctrl+Shift+X", "Exclude the selected text from the story (as page furniture)"),
    INCLUDE(KeyCode.I, true, true, "Ctrl+Shift+I", "Include the page furniture at the caret in the story"),
    EXPORT(KeyCode.E, true, false, "Ctrl+E", "Export the verified summary (format, live preview, where to save)"),
    NEXT_SOURCE(KeyCode.TAB, true, false, "Ctrl+Tab", "Compare the next source with the base"),
    PREVIOUS_SOURCE(KeyCode.TAB, true, true, "Ctrl+Shift+Tab", "Compare the previous source with the base"),
    FIND(KeyCode.F, true, false, "Ctrl+F", "Find words in every source; the hits are listed source by source"),
    HELP(KeyCode.F1, false, false, "F1", "Show or hide this list"),
    QUIT(KeyCode.Q, true, false, "Ctrl+Q", "Quit (everything is already saved)");

    private final KeyCode code;
    private final boolean shortcut;
    private final boolean shift;
    private final String keys;
    private final String description;

    Shortcut(KeyCode code, boolean shortcut, boolean shift, String keys, String description) {
        this.code = code;
        this.shortcut = shortcut;
        this.shift = shift;
        this.keys = keys;
        this.description = description;
    }

    public String keys() {
        return keys;
    }

    public String description() {
        return description;
    }

    /** True for keys that type text when a text field has the focus. */
    public boolean typing() {
        return !shortcut && code != KeyCode.F1 && code != KeyCode.F7 && code != KeyCode.F8;
    }

    public boolean matches(KeyEvent e) {
        KeyCode c = e.getCode();
        boolean codeMatches = c == code
                || code == KeyCode.DIGIT1 && c == KeyCode.NUMPAD1
                || code == KeyCode.DIGIT2 && c == KeyCode.NUMPAD2
                || code == KeyCode.DIGIT3 && c == KeyCode.NUMPAD3
                || code == KeyCode.DIGIT4 && c == KeyCode.NUMPAD4
                || code == KeyCode.DIGIT0 && c == KeyCode.NUMPAD0;
        boolean ctrl = e.isShortcutDown() || e.isControlDown();
        return codeMatches && ctrl == shortcut && e.isShiftDown() == shift && !e.isAltDown();
    }

    /** The shortcut of a key press, or null. */
    public static Shortcut of(KeyEvent e) {
        for (Shortcut s : values()) {
            if (s.matches(e)) {
                return s;
            }
        }
        return null;
    }
}

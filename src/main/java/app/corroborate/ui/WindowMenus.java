package app.corroborate.ui;

import app.corroborate.store.CaseLocation;
import app.corroborate.ui.preferences.PreferencesDialog;
import app.corroborate.ui.preferences.Settings;
import app.corroborate.ui.session.CaseSession;
import app.corroborate.ui.sources.SourceRow;
import app.corroborate.ui.workbench.HelpOverlay;
import app.corroborate.ui.workbench.Shortcut;
import app.corroborate.ui.workbench.WorkbenchView;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * The window's menu bar: File, Sources, Review, View and Help, every command with its shortcut, acting on the case
 * open in the window at the moment the command is chosen (nothing when none is open).
 */
final class WindowMenus {

    private final MainWindow window;
    private final Stage stage;
    private final Settings settings;
    private final FileCommands commands;
    private final HelpOverlay help;

    WindowMenus(MainWindow window, Stage stage, Settings settings, FileCommands commands, HelpOverlay help) {
        this.window = window;
        this.stage = stage;
        this.settings = settings;
        this.commands = commands;
        this.help = help;
    }

    /** The recent cases worth offering, newest first: case files that still exist, and server cases. */
    static List<CaseLocation> existingRecent(Settings settings) {
        return settings.recentCases().stream()
                .filter(l -> !(l instanceof CaseLocation.File f) || Files.isRegularFile(f.file()))
                .toList();
    }

    /** How a recent case is listed: its name, then where it is. */
    static String recentLabel(CaseLocation location) {
        return location.name() + (location instanceof CaseLocation.Server ? "  (on " : "  (") + location.where() + ")";
    }

    /** The window's commands on cases and sources, with their keys: one table for the menus and the help. */
    static List<HelpOverlay.Line> fileCommandLines() {
        return List.of(
                new HelpOverlay.Line("Ctrl+N", "New case"),
                new HelpOverlay.Line("Ctrl+O", "Open a case"),
                new HelpOverlay.Line("Ctrl+W", "Close the case (everything is already saved)"),
                new HelpOverlay.Line("Ctrl+I", "Add sources from files (or drop files on the window)"),
                new HelpOverlay.Line("Ctrl+L", "Add a page from a web address (or drop or paste a link)"),
                new HelpOverlay.Line("Ctrl+Shift+V", "Paste a source (text, or a link to fetch)"),
                new HelpOverlay.Line("Ctrl+,", "Preferences: editor name, organisation, theme, text size"));
    }

    MenuBar bar() {
        Menu recent = new Menu("Open _recent");
        recent.setId("recent-menu");
        // filled as the File menu opens: a disabled submenu never shows, so it could not refill itself
        fillRecent(recent);
        Menu file = new Menu(
                "_File",
                null,
                item("_New case\u2026", "Shortcut+N", commands::newCase),
                item("_Open case\u2026", "Shortcut+O", commands::chooseAndOpen),
                item("Open a case on a ser_ver\u2026", null, window::askAndOpenOnServer),
                recent,
                item("Open the _sample case", null, window::openSample),
                item("_Close case", "Shortcut+W", window::closeCase),
                new SeparatorMenuItem(),
                item("_Export the verified summary\u2026", "Shortcut+E", commands::export),
                new SeparatorMenuItem(),
                item("P_references\u2026", "Shortcut+Comma", () -> PreferencesDialog.show(stage, settings)),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", stage::close));
        file.setOnShowing(e -> fillRecent(recent));
        Menu restore = new Menu("Res_tore a removed source");
        Menu sources = new Menu(
                "_Sources",
                null,
                item("_Add sources from files\u2026", "Shortcut+I", commands::chooseAndImport),
                item("Add a page from the _web\u2026", "Shortcut+L", commands::addFromAddress),
                item("_Paste a source\u2026", "Shortcut+Shift+V", commands::pasteSource),
                new SeparatorMenuItem(),
                item("Make the compared source the _base", null, () -> compared()
                        .ifPresent(r ->
                                window.session().sources().setBase(r.summary().id()))),
                item("Re-_import a newer version of the compared source\u2026", null, () -> compared()
                        .ifPresent(commands::reimport)),
                item("_Remove the compared source from the comparison", null, () -> compared()
                        .ifPresent(commands::remove)),
                restore);
        sources.setId("sources-menu");
        sources.setOnShowing(e -> fillRestore(restore));
        Menu review = new Menu("_Review");
        for (Shortcut s : new Shortcut[] {
            Shortcut.NEXT_FLAG,
            Shortcut.PREVIOUS_FLAG,
            Shortcut.NEXT_DIFFERENCE,
            Shortcut.PREVIOUS_DIFFERENCE,
            null,
            Shortcut.VERIFIED,
            Shortcut.FALSE,
            Shortcut.DISPUTED,
            Shortcut.UNVERIFIABLE,
            Shortcut.UNREVIEWED,
            null,
            Shortcut.NOTE,
            Shortcut.SAVE_NOTE,
            null,
            Shortcut.UNDO,
            Shortcut.REDO,
            null,
            Shortcut.ANNOTATE,
            Shortcut.EXCLUDE,
            Shortcut.INCLUDE,
            null,
            Shortcut.FIND,
            Shortcut.EXPORT
        }) {
            review.getItems().add(s == null ? new SeparatorMenuItem() : command(s));
        }
        Menu view = new Menu("_View", null, command(Shortcut.NEXT_SOURCE), command(Shortcut.PREVIOUS_SOURCE));
        Menu helpMenu = new Menu("_Help", null, command(Shortcut.HELP));
        MenuBar bar = new MenuBar(file, sources, review, view, helpMenu);
        bar.setId("menu-bar");
        return bar;
    }

    private void fillRecent(Menu recent) {
        List<CaseLocation> cases = existingRecent(settings);
        recent.getItems()
                .setAll(cases.stream()
                        .map(l -> item(recentLabel(l), null, () -> window.open(l)))
                        .toList());
        recent.setDisable(cases.isEmpty());
    }

    private void fillRestore(Menu restore) {
        CaseSession session = window.session();
        List<MenuItem> items = session == null
                ? List.of()
                : session.sources().removed().stream()
                        .map(s -> item(
                                (s.outlet() != null && !s.outlet().isBlank()
                                        ? s.outlet() + " (" + s.fileName() + ")"
                                        : s.fileName()),
                                null,
                                () -> session.sources().restore(s.id())))
                        .toList();
        restore.getItems().setAll(items);
        restore.setDisable(items.isEmpty());
    }

    /** The source compared with the base in the open case, if any. */
    private Optional<SourceRow> compared() {
        WorkbenchView workbench = window.workbench();
        if (workbench == null) {
            return Optional.empty();
        }
        var sources = workbench.model().sources();
        int at = sources.selectedProperty().get();
        return at >= 0 && at < sources.rows().size()
                ? Optional.of(sources.rows().get(at))
                : Optional.empty();
    }

    private MenuItem command(Shortcut s) {
        MenuItem item = new MenuItem(s.description() + "\t" + s.keys());
        item.setOnAction(e -> {
            if (s == Shortcut.HELP) {
                help.toggle();
            } else if (window.workbench() != null) {
                window.workbench().run(s);
            }
        });
        return item;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}

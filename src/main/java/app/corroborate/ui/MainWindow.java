package app.corroborate.ui;

import app.corroborate.export.Exporter;
import app.corroborate.review.CaseAnalysis;
import app.corroborate.review.CaseAnalyzer;
import app.corroborate.review.SampleCaseFile;
import app.corroborate.source.SourceImporter;
import app.corroborate.store.CaseException;
import app.corroborate.store.CaseStore;
import app.corroborate.store.CaseLocation;
import app.corroborate.store.open.CaseStores;
import app.corroborate.store.sqlite.SqliteCaseStore;
import app.corroborate.ui.common.TaskRunner;
import app.corroborate.ui.preferences.PreferencesDialog;
import app.corroborate.ui.preferences.Settings;
import app.corroborate.ui.session.CaseSession;
import app.corroborate.ui.sources.SourceRow;
import app.corroborate.ui.workbench.HelpOverlay;
import app.corroborate.ui.workbench.Shortcut;
import app.corroborate.ui.workbench.WorkbenchView;
import app.corroborate.ui.workbench.WorkbenchViewModel;
import app.corroborate.web.WebAddress;
import app.corroborate.web.WebImporter;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The window: its menus, the workbench of the open case (or an empty state when none is open), the help
 * overlay, and opening and closing cases.
 *
 * <p>Guarantees: a case is opened (and the sample copied) through the task runner, never on the UI thread; a case
 * that cannot be opened gets a dialog with the one-line reason and the window stays usable (the case open before
 * stays open); the window title names the open case file; closing the window closes the case (everything was
 * already saved).
 */
public final class MainWindow {

    private final Stage stage;
    private final TaskRunner tasks;
    private final CaseAnalyzer analyzer;
    private final SampleCaseFile sample;
    private final Path dataFolder;
    private final Supplier<String> editor;
    private final Settings settings;
    private final Clock clock;
    private final FileCommands commands;
    private final BorderPane frame = new BorderPane();
    private final HelpOverlay help;
    private CaseSession session;
    private WorkbenchView workbench;
    private boolean swallowTyped;
    private final ReadOnlyObjectWrapper<CaseSession> sessionProperty = new ReadOnlyObjectWrapper<>();

    public MainWindow(Stage stage, TaskRunner tasks, CaseAnalyzer analyzer, SampleCaseFile sample, Path dataFolder,
            Settings settings, Clock clock, Supplier<Exporter> exporter, SourceImporter importer, WebImporter web) {
        this.stage = stage;
        this.tasks = tasks;
        this.analyzer = analyzer;
        this.sample = sample;
        this.dataFolder = dataFolder;
        this.settings = settings;
        this.editor = settings.editorProperty()::get;
        this.clock = clock;
        this.commands = new FileCommands(this, stage, tasks, exporter, importer, web);
        this.help = new HelpOverlay(fileCommandLines());
    }

    /** Shows the window with no case open yet. */
    public void show() {
        settings.textSizeProperty().addListener((o, was, now) -> {
            if (workbench != null) {
                workbench.compare().setTextSize(now.intValue());
            }
        });
        frame.setTop(menus());
        frame.setCenter(emptyState());
        StackPane root = new StackPane(frame, help.root());
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1440, screen.getWidth() * 0.95), Math.min(900, screen.getHeight() * 0.92));
        scene.getStylesheets().add(MainWindow.class.getResource("workbench.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowTyped) {
                swallowTyped = false;
                e.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> swallowTyped = false);
        scene.setOnDragOver(e -> {
            if (session != null && (e.getDragboard().hasFiles() || droppedAddress(e.getDragboard()) != null)) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean files = session != null && e.getDragboard().hasFiles();
            String address = session == null || files ? null : droppedAddress(e.getDragboard());
            if (files) {
                importFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            } else if (address != null) {
                commands.importAddress(address);
            }
            e.setDropCompleted(files || address != null);
            e.consume();
        });
        stage.setScene(scene);
        stage.setTitle("Corroborate");
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = MainWindow.class.getResource("/assets/icon/corroborate-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm(), true));
            }
        }
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setOnHidden(e -> closeCase());
        stage.show();
    }

    /** The link a drag carries (from a browser's address bar or a link), or null. */
    private static String droppedAddress(Dragboard board) {
        if (board.hasUrl() && WebAddress.isAddress(board.getUrl())) {
            return board.getUrl().strip();
        }
        return board.hasString() ? WebAddress.firstAddress(board.getString()).orElse(null) : null;
    }

    private void key(KeyEvent e) {
        if (help.showing() && (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F1)) {
            help.hide();
            e.consume();
        } else if (workbench != null && workbench.handle(e)) {
            e.consume();
            swallowTyped = true;
        } else if (Shortcut.HELP.matches(e)) {
            help.toggle();
            e.consume();
        } else if (Shortcut.QUIT.matches(e)) {
            stage.close();
            e.consume();
        }
    }

    /** Opens the editor's copy of the bundled sample case, making it on first use (in the background). */
    public void openSample() {
        opening("the sample case", () -> SqliteCaseStore.open(sample.ensure(dataFolder, editor.get()), clock));
    }

    /** Shows the case {@code startup} has been opening and analysing since the app started. */
    void openStarted(Startup startup) {
        if (session == null) {
            frame.setCenter(openingState(startup.what()));
        }
        startup.whenOpened(tasks, opened -> install(opened.store(), opened.analysis()), e -> {
            if (session == null) {
                frame.setCenter(emptyState());
            }
            refuse(startup.what(), e instanceof CaseException ? e.getMessage() : String.valueOf(e));
        });
    }

    /** Opens a case file in the background; a refusal gets a dialog and leaves the window as it was. */
    public void open(Path file) {
        opening(String.valueOf(file.getFileName()), () -> SqliteCaseStore.open(file, clock));
    }

    /**
     * Opens a case on a PostgreSQL server in the background, from an address the editor typed
     * ({@code postgresql://USER@HOST:PORT/DATABASE?case=NAME}; the password from PGPASSWORD or ~/.pgpass).
     */
    public void openOnServer(String address) {
        CaseLocation location;
        try {
            location = CaseLocation.parse(address);
        } catch (CaseException e) {
            refuse(address, e.getMessage());
            return;
        }
        opening(location.toString(), () -> CaseStores.standard().open(location));
    }

    private void askAndOpenOnServer() {
        TextInputDialog ask = new TextInputDialog("postgresql://");
        ask.initOwner(stage);
        ask.setTitle("Open a case on a server");
        ask.setHeaderText("The case's address: postgresql://USER@HOST:PORT/DATABASE?case=NAME\n"
                + "(the password comes from PGPASSWORD or ~/.pgpass)");
        ask.showAndWait().map(String::strip).filter(a -> !a.isEmpty()).ifPresent(this::openOnServer);
    }

    private void opening(String what, Callable<CaseStore> open) {
        if (session == null) {
            frame.setCenter(openingState(what));
        }
        tasks.run(open, this::install, e -> {
            if (session == null) {
                frame.setCenter(emptyState());
            }
            refuse(what, e instanceof CaseException ? e.getMessage() : String.valueOf(e));
        });
    }

    private void install(CaseStore store) {
        install(store, null);
    }

    /** Shows an opened case; {@code analysis} is its analysis when already made, else it is analysed now. */
    private void install(CaseStore store, CaseAnalysis analysis) {
        if (!stage.isShowing()) {
            store.close();
            return;
        }
        closeCase();
        session = new CaseSession(store, analyzer, tasks, editor.get());
        session.open(analysis);
        WorkbenchViewModel model = new WorkbenchViewModel(session, tasks);
        workbench = new WorkbenchView(model, help::toggle, stage::close, commands::export, commands::reimport);
        frame.setCenter(workbench.root());
        workbench.compare().setTextSize(settings.textSizeProperty().get());
        model.compare().showRewordingProperty().bind(settings.showRewordingProperty());
        stage.setTitle(store.file().getFileName() + (store.readOnly() ? " (read-only)" : "") + " \u2014 Corroborate");
        if (store.location() instanceof CaseLocation.File
                && !store.file().toAbsolutePath().startsWith(dataFolder.toAbsolutePath())) {
            settings.rememberCase(store.file());
        }
        sessionProperty.set(session);
    }

    /** Closes the open case; nothing needs saving. */
    public void closeCase() {
        if (session != null) {
            session.close();
            session = null;
            sessionProperty.set(null);
            workbench = null;
            frame.setCenter(emptyState());
            stage.setTitle("Corroborate");
        }
    }

    public Settings settings() {
        return settings;
    }

    /** The open case, null when none is open. */
    public CaseSession session() {
        return session;
    }

    /** The open case as it changes (null when none is open). */
    public ReadOnlyObjectProperty<CaseSession> sessionProperty() {
        return sessionProperty.getReadOnlyProperty();
    }

    /** The workbench of the open case, null when none is open. */
    public WorkbenchView workbench() {
        return workbench;
    }

    private void refuse(String what, String reason) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle("Cannot open the case");
        alert.setHeaderText("Cannot open " + what);
        alert.setContentText(reason);
        alert.getDialogPane().setId("open-error");
        alert.show();
    }

    /** Creates a case file (titled after its name) and opens it, in the background. */
    public void create(Path file) {
        String title = String.valueOf(file.getFileName()).replaceFirst("\\.corroborate$", "");
        opening(String.valueOf(file.getFileName()), () -> SqliteCaseStore.create(file, title, editor.get(), clock));
    }

    /** Adds files to the open case (as a drop does); refusals are notified, the other files imported. */
    public void importFiles(List<Path> files) {
        commands.importFiles(files);
    }

    private VBox openingState(String what) {
        Label label = new Label("Opening " + what + "\u2026");
        label.getStyleClass().add("muted");
        VBox box = new VBox(label);
        box.setAlignment(Pos.CENTER);
        box.setId("opening-state");
        return box;
    }

    private VBox emptyState() {
        Label title = new Label("No case is open");
        title.getStyleClass().add("help-title");
        Button open = new Button("Open a case\u2026");
        open.setOnAction(e -> commands.chooseAndOpen());
        Button sampleButton = new Button("Open the sample case");
        sampleButton.setOnAction(e -> openSample());
        Button newCase = new Button("New case\u2026");
        newCase.setOnAction(e -> commands.newCase());
        VBox box = new VBox(12, title, new Label("Open a case file (.corroborate), start a new one, or open the "
                + "sample case to try the workbench."), new HBox(8, open, newCase, sampleButton));
        ((HBox) box.getChildren().get(2)).setAlignment(Pos.CENTER);
        List<Path> recent = existingRecent();
        if (!recent.isEmpty()) {
            Label heading = new Label("Recent cases");
            heading.getStyleClass().add("pane-title");
            VBox links = new VBox(2, heading);
            links.setAlignment(Pos.CENTER);
            for (Path p : recent) {
                Hyperlink link = new Hyperlink(p.getFileName() + "  \u2014  " + p.getParent());
                link.setOnAction(e -> open(p));
                links.getChildren().add(link);
            }
            box.getChildren().add(links);
        }
        box.setAlignment(Pos.CENTER);
        box.setId("empty-state");
        return box;
    }

    private List<Path> existingRecent() {
        return settings.recentCases().stream().filter(Files::isRegularFile).toList();
    }

    /** The window's commands on cases and sources, with their keys: one table for the menus and the help. */
    private List<HelpOverlay.Line> fileCommandLines() {
        return List.of(new HelpOverlay.Line("Ctrl+N", "New case"), new HelpOverlay.Line("Ctrl+O", "Open a case"),
                new HelpOverlay.Line("Ctrl+W", "Close the case (everything is already saved)"),
                new HelpOverlay.Line("Ctrl+I", "Add sources from files (or drop files on the window)"),
                new HelpOverlay.Line("Ctrl+L", "Add a page from a web address (or drop or paste a link)"),
                new HelpOverlay.Line("Ctrl+Shift+V", "Paste a source (text, or a link to fetch)"),
                new HelpOverlay.Line("Ctrl+,", "Preferences: editor name, organisation, theme, text size"));
    }

    private MenuBar menus() {
        Menu recent = new Menu("Open _recent");
        recent.setId("recent-menu");
        recent.setOnShowing(e -> fillRecent(recent));
        fillRecent(recent);
        Menu file = new Menu("_File", null, item("_New case\u2026", "Shortcut+N", commands::newCase),
                item("_Open case\u2026", "Shortcut+O", commands::chooseAndOpen),
                item("Open a case on a ser_ver\u2026", null, this::askAndOpenOnServer), recent,
                item("Open the _sample case", null, this::openSample), item("_Close case", "Shortcut+W",
                        this::closeCase), new SeparatorMenuItem(), item("_Export the verified summary\u2026",
                                "Shortcut+E", commands::export), new SeparatorMenuItem(),
                item("P_references\u2026", "Shortcut+Comma", () -> PreferencesDialog.show(stage, settings)),
                new SeparatorMenuItem(), item("_Quit", "Shortcut+Q", stage::close));
        Menu restore = new Menu("Res_tore a removed source");
        Menu sources = new Menu("_Sources", null, item("_Add sources from files\u2026", "Shortcut+I",
                commands::chooseAndImport), item("Add a page from the _web\u2026", "Shortcut+L",
                        commands::addFromAddress), item("_Paste a source\u2026", "Shortcut+Shift+V",
                                commands::pasteSource), new SeparatorMenuItem(),
                item("Make the compared source the _base", null, () -> compared().ifPresent(
                        r -> session.setBase(r.summary().id()))),
                item("Re-_import a newer version of the compared source\u2026", null,
                        () -> compared().ifPresent(commands::reimport)),
                item("_Remove the compared source from the comparison", null,
                        () -> compared().ifPresent(commands::remove)), restore);
        sources.setId("sources-menu");
        sources.setOnShowing(e -> fillRestore(restore));
        Menu review = new Menu("_Review");
        for (Shortcut s : new Shortcut[] {Shortcut.NEXT_FLAG, Shortcut.PREVIOUS_FLAG, Shortcut.NEXT_DIFFERENCE,
            Shortcut.PREVIOUS_DIFFERENCE, null, Shortcut.VERIFIED, Shortcut.FALSE, Shortcut.DISPUTED,
            Shortcut.UNVERIFIABLE, Shortcut.UNREVIEWED, null, Shortcut.NOTE, Shortcut.SAVE_NOTE, null, Shortcut.UNDO,
            Shortcut.REDO, null, Shortcut.ANNOTATE, Shortcut.EXCLUDE, Shortcut.INCLUDE, null, Shortcut.FIND,
            Shortcut.EXPORT}) {
            review.getItems().add(s == null ? new SeparatorMenuItem() : command(s));
        }
        Menu view = new Menu("_View", null, command(Shortcut.NEXT_SOURCE), command(Shortcut.PREVIOUS_SOURCE));
        Menu helpMenu = new Menu("_Help", null, command(Shortcut.HELP));
        MenuBar bar = new MenuBar(file, sources, review, view, helpMenu);
        bar.setId("menu-bar");
        return bar;
    }

    private void fillRecent(Menu recent) {
        List<Path> files = existingRecent();
        recent.getItems().setAll(files.stream().map(p -> item(p.getFileName() + "  (" + p.getParent() + ")", null,
                () -> open(p))).toList());
        recent.setDisable(files.isEmpty());
    }

    private void fillRestore(Menu restore) {
        List<MenuItem> items = session == null ? List.of() : session.removedSources().stream().map(s -> item(
                (s.outlet() != null && !s.outlet().isBlank() ? s.outlet() + " (" + s.fileName() + ")" : s.fileName()),
                null, () -> session.restoreSource(s.id()))).toList();
        restore.getItems().setAll(items);
        restore.setDisable(items.isEmpty());
    }

    /** The source compared with the base in the open case, if any. */
    private Optional<SourceRow> compared() {
        if (workbench == null) {
            return Optional.empty();
        }
        var sources = workbench.model().sources();
        int at = sources.selectedProperty().get();
        return at >= 0 && at < sources.rows().size() ? Optional.of(sources.rows().get(at)) : Optional.empty();
    }

    private MenuItem command(Shortcut s) {
        MenuItem item = new MenuItem(s.description() + "\t" + s.keys());
        item.setOnAction(e -> {
            if (s == Shortcut.HELP) {
                help.toggle();
            } else if (workbench != null) {
                workbench.run(s);
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

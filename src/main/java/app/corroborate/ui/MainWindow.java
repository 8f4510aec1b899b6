package app.corroborate.ui;

import app.corroborate.export.Exporter;
import app.corroborate.review.CaseAnalysis;
import app.corroborate.review.CaseAnalyzer;
import app.corroborate.review.SampleCaseFile;
import app.corroborate.source.SourceImporter;
import app.corroborate.store.CaseException;
import app.corroborate.store.CaseLocation;
import app.corroborate.store.CaseStore;
import app.corroborate.store.open.CaseStores;
import app.corroborate.store.sqlite.SqliteCaseStore;
import app.corroborate.ui.common.TaskRunner;
import app.corroborate.ui.preferences.Places;
import app.corroborate.ui.preferences.Settings;
import app.corroborate.ui.session.CaseSession;
import app.corroborate.ui.workbench.HelpOverlay;
import app.corroborate.ui.workbench.Shortcut;
import app.corroborate.ui.workbench.WorkbenchView;
import app.corroborate.ui.workbench.WorkbenchViewModel;
import app.corroborate.web.WebAddress;
import app.corroborate.web.WebImporter;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
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

    public MainWindow(
            Stage stage,
            TaskRunner tasks,
            CaseAnalyzer analyzer,
            SampleCaseFile sample,
            Path dataFolder,
            Settings settings,
            Clock clock,
            Supplier<Exporter> exporter,
            SourceImporter importer,
            WebImporter web) {
        this.stage = stage;
        this.tasks = tasks;
        this.analyzer = analyzer;
        this.sample = sample;
        this.dataFolder = dataFolder;
        this.settings = settings;
        this.editor = settings.editorProperty()::get;
        this.clock = clock;
        this.commands = new FileCommands(this, stage, tasks, exporter, importer, web);
        this.help = new HelpOverlay(WindowMenus.fileCommandLines());
    }

    /** Shows the window with no case open yet. */
    public void show() {
        settings.textSizeProperty().addListener((o, was, now) -> {
            if (workbench != null) {
                workbench.compare().setTextSize(now.intValue());
            }
        });
        frame.setTop(new WindowMenus(this, stage, settings, commands, help).bar());
        frame.setCenter(emptyState());
        StackPane root = new StackPane(frame, help.root());
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene =
                new Scene(root, Math.min(1440, screen.getWidth() * 0.95), Math.min(900, screen.getHeight() * 0.92));
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
                importFiles(
                        e.getDragboard().getFiles().stream().map(File::toPath).toList());
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
            VBox state = openingState(startup.what());
            Label step = new Label();
            step.getStyleClass().add("muted");
            javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar(0);
            bar.setPrefWidth(280);
            state.getChildren().addAll(bar, step);
            state.setSpacing(8);
            startup.whenProgressing(tasks, (what, done) -> {
                step.setText(what);
                bar.setProgress(done);
            });
            frame.setCenter(state);
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
        open(location);
    }

    void askAndOpenOnServer() {
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
        WorkbenchViewModel model =
                new WorkbenchViewModel(session, tasks, settings.places().of(Places.keyOf(store)));
        workbench = new WorkbenchView(model, help::toggle, stage::close, commands::export, commands::reimport);
        frame.setCenter(workbench.root());
        workbench.compare().setTextSize(settings.textSizeProperty().get());
        model.compare().showRewordingProperty().bind(settings.showRewordingProperty());
        stage.setTitle(title(store));
        if (!(store.location() instanceof CaseLocation.File)
                || !store.file().toAbsolutePath().startsWith(dataFolder.toAbsolutePath())) {
            settings.rememberCase(store.location());
        }
        sessionProperty.set(session);
    }

    /** The window's title: the case file's name, or a server case's name and server. */
    private static String title(CaseStore store) {
        String name = store.location() instanceof CaseLocation.Server server
                ? server.name() + " on " + server.where()
                : String.valueOf(store.file().getFileName());
        return name + (store.readOnly() ? " (read-only)" : "") + " \u2014 Corroborate";
    }

    /** Opens a case file or a server case in the background. */
    public void open(CaseLocation location) {
        if (location instanceof CaseLocation.File f) {
            open(f.file());
        } else {
            opening(location.toString(), () -> CaseStores.standard().open(location));
        }
    }

    /** Closes the open case, first writing a note or evidence still being typed. */
    public void closeCase() {
        if (session != null) {
            if (workbench != null) {
                workbench.model().flush();
            }
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
        alert.setContentText(sentence(what, reason));
        alert.getDialogPane().setId("open-error");
        alert.show();
    }

    /**
     * The reason as a sentence: a reason that says what the file is ("is not a Corroborate case file") follows its
     * name ("bad.corroborate is not a Corroborate case file."), any other starts with a capital.
     */
    static String sentence(String what, String reason) {
        String r = reason == null || reason.isBlank() ? "could not be opened" : reason.strip();
        String text = r.matches("(is|was|has|cannot|could|does)\\b.*")
                ? what + " " + r
                : Character.toUpperCase(r.charAt(0)) + r.substring(1);
        return text.endsWith(".") ? text : text + ".";
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
        VBox box = new VBox(
                12,
                title,
                new Label("Open a case file (.corroborate), start a new one, or open the "
                        + "sample case to try the workbench."),
                new HBox(8, open, newCase, sampleButton));
        ((HBox) box.getChildren().get(2)).setAlignment(Pos.CENTER);
        List<CaseLocation> recent = WindowMenus.existingRecent(settings);
        if (!recent.isEmpty()) {
            Label heading = new Label("Recent cases");
            heading.getStyleClass().add("pane-title");
            VBox links = new VBox(2, heading);
            links.setAlignment(Pos.CENTER);
            for (CaseLocation l : recent) {
                Hyperlink link = new Hyperlink(WindowMenus.recentLabel(l));
                link.setOnAction(e -> open(l));
                links.getChildren().add(link);
            }
            box.getChildren().add(links);
        }
        box.setAlignment(Pos.CENTER);
        box.setId("empty-state");
        return box;
    }
}

package app.corroborate.ui;

import app.corroborate.export.Exporter;
import app.corroborate.review.ProductVersion;
import app.corroborate.source.SourceImporter;
import app.corroborate.ui.common.FxTaskRunner;
import app.corroborate.ui.common.Lazy;
import app.corroborate.ui.common.TaskRunner;
import app.corroborate.ui.preferences.Settings;
import app.corroborate.web.WebImporter;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The composition root: builds the core services and the window, wires them, and opens the case named on the
 * command line, or the editor's copy of the sample case when none is named.
 */
public class App extends Application {

    private TaskRunner tasks;
    private MainWindow window;

    @Override
    public void start(Stage stage) {
        Startup startup = Startup.take(getParameters().getUnnamed());
        tasks = new FxTaskRunner();
        window = compose(stage, tasks, startup);
        window.show();
        window.openStarted(startup);
    }

    /**
     * Builds the window and everything it uses, on the parts {@code startup} made while the toolkit started; the
     * one place where the parts are wired.
     */
    static MainWindow compose(Stage stage, TaskRunner tasks, Startup startup) {
        Settings settings = startup.settings();
        Warmup.inBackground();
        theme(settings.darkProperty().get());
        settings.darkProperty().addListener((o, was, now) -> theme(now));
        return new MainWindow(
                stage,
                tasks,
                startup.analyzer(),
                startup.sample(),
                startup.dataFolder(),
                settings,
                startup.clock(),
                Lazy.of(Exporter::standard),
                new SourceImporter(),
                WebImporter.standard(ProductVersion.current()));
    }

    /** The theme's stylesheet in its compiled form: read about ten times faster than its text at each start. */
    private static void theme(boolean dark) {
        Application.setUserAgentStylesheet(
                dark ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS());
    }

    /** The window, for tests and measurements. */
    public MainWindow window() {
        return window;
    }

    @Override
    public void stop() {
        if (window != null) {
            window.closeCase();
        }
        if (tasks != null) {
            tasks.shutdown();
        }
    }
}

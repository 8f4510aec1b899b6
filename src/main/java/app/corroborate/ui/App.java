package app.corroborate.ui;

import app.corroborate.export.Exporter;
import app.corroborate.review.CaseAnalyzer;
import app.corroborate.review.ProductVersion;
import app.corroborate.review.SampleCaseFile;
import app.corroborate.source.SampleCase;
import app.corroborate.source.SourceImporter;
import app.corroborate.ui.common.FxTaskRunner;
import app.corroborate.ui.common.Lazy;
import app.corroborate.ui.common.TaskRunner;
import app.corroborate.ui.common.UserFolders;
import app.corroborate.ui.preferences.Settings;
import app.corroborate.web.WebImporter;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
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
        tasks = new FxTaskRunner();
        window = compose(stage, tasks);
        window.show();
        List<String> args = getParameters().getUnnamed();
        if (args.isEmpty()) {
            window.openSample();
        } else {
            window.open(Path.of(args.get(0)));
        }
    }

    /** Builds the window and everything it uses; the one place where the parts are wired. */
    static MainWindow compose(Stage stage, TaskRunner tasks) {
        Settings settings = Settings.fromUserPreferences();
        theme(settings.darkProperty().get());
        settings.darkProperty().addListener((o, was, now) -> theme(now));
        Clock clock = Clock.systemUTC();
        return new MainWindow(stage, tasks, CaseAnalyzer.standard(),
                new SampleCaseFile(new SampleCase(new SourceImporter()), clock), UserFolders.data(), settings,
                clock, Lazy.of(Exporter::standard), new SourceImporter(), WebImporter.standard(ProductVersion.current()));
    }

    private static void theme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
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

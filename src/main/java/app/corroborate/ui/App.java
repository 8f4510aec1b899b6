package app.corroborate.ui;

import app.corroborate.source.SampleCase;
import app.corroborate.source.SourceImporter;
import app.corroborate.ui.common.FxTaskRunner;
import app.corroborate.ui.common.TaskRunner;
import app.corroborate.ui.sources.SourcesView;
import app.corroborate.ui.sources.SourcesViewModel;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The composition root: builds the core services and the views, wires them, and shows the window. */
public class App extends Application {

    private TaskRunner tasks;

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        tasks = new FxTaskRunner();
        SourceImporter importer = new SourceImporter();
        SourcesViewModel sources = new SourcesViewModel(new SampleCase(importer), tasks);
        SourcesView view = new SourcesView(sources);
        stage.setTitle("Corroborate \u2014 sample case");
        stage.setScene(new Scene(view.root(), 1100, 720));
        stage.show();
        sources.loadSample();
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
    }
}

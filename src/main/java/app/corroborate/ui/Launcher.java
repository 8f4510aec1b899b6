package app.corroborate.ui;

import java.util.List;
import javafx.application.Application;

/** Starts the JavaFX application from a plain class, so the app runs from the class path. */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        Startup.handOver(Startup.begin(List.of(args)));
        StartupArchive.ofThisProcess().ifPresent(StartupArchive::makeLater);
        Application.launch(App.class, args);
    }
}

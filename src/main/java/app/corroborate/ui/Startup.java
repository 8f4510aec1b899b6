package app.corroborate.ui;

import app.corroborate.review.AnalysisCache;
import app.corroborate.review.CaseAnalysis;
import app.corroborate.review.CaseAnalyzer;
import app.corroborate.review.SampleCaseFile;
import app.corroborate.source.SampleCase;
import app.corroborate.source.SourceImporter;
import app.corroborate.store.CaseStore;
import app.corroborate.store.sqlite.SqliteCaseStore;
import app.corroborate.ui.common.TaskRunner;
import app.corroborate.ui.common.UserFolders;
import app.corroborate.ui.preferences.Settings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The first moments of the app: the core parts the window needs, and the case it opens (the one named on the
 * command line, or the editor's copy of the sample) opened and analysed on a thread of its own from the moment
 * the process starts, while the UI toolkit starts and the window is built.
 *
 * <p>Guarantees: the case is opened and analysed once, off the UI thread; its outcome reaches the window through
 * the task runner (on the UI thread); an opening that fails reaches it as the failure, so the window can say why;
 * a failed analysis leaves the store open and lets the window analyse again. The launcher hands a started
 * {@code Startup} to the JavaFX application through {@link #handOver} and {@link #take}, because JavaFX makes the
 * application object itself.
 */
final class Startup {

    /** The case as opened: its store, and its analysis (null when the analysis failed and must be run again). */
    record Opened(CaseStore store, CaseAnalysis analysis) {}

    private static volatile Startup handedOver;

    private final Settings settings;
    private final Clock clock;
    private final CaseAnalyzer analyzer;
    private final SampleCaseFile sample;
    private final Path dataFolder;
    private final String what;
    private final CompletableFuture<Opened> opening = new CompletableFuture<>();
    private final Object progressLock = new Object();
    private String step = "Opening the case";
    private double fraction = 0;
    private java.util.function.BiConsumer<String, Double> progressListener;

    private Startup(List<String> args) {
        settings = Settings.fromUserPreferences();
        clock = Clock.systemUTC();
        analyzer = CaseAnalyzer.standard().withCache(AnalysisCache.standard().writingInBackground());
        sample = new SampleCaseFile(new SampleCase(new SourceImporter()), clock);
        dataFolder = UserFolders.data();
        Path named = args.isEmpty() ? null : Path.of(args.get(0));
        what = named == null ? "the sample case" : String.valueOf(named.getFileName());
        String editor = settings.editorProperty().get();
        Callable<CaseStore> open = named == null
                ? () -> SqliteCaseStore.open(sample.ensure(dataFolder, editor), clock)
                : () -> SqliteCaseStore.open(named, clock);
        Thread t = new Thread(() -> run(open), "case-opening");
        t.setDaemon(true);
        t.start();
    }

    /** Starts opening the case named by {@code args} (none: the sample). */
    static Startup begin(List<String> args) {
        return new Startup(args);
    }

    /** Keeps a started {@code Startup} for the application JavaFX is about to make. */
    static void handOver(Startup startup) {
        handedOver = startup;
    }

    /** The {@code Startup} the launcher handed over, or a new one begun now for {@code args}. */
    static Startup take(List<String> args) {
        Startup s = handedOver;
        handedOver = null;
        return s != null ? s : begin(args);
    }

    private void run(Callable<CaseStore> open) {
        CaseStore store;
        try {
            store = open.call();
        } catch (Exception e) {
            opening.completeExceptionally(e);
            return;
        }
        CaseAnalysis analysis = null;
        try {
            analysis = analyzer.analyze(store, app.corroborate.review.Cancellation.NONE, this::progressed);
        } catch (Exception | StackOverflowError e) {
            analysis = null;
        }
        opening.complete(new Opened(store, analysis));
    }

    private void progressed(String now, double done) {
        java.util.function.BiConsumer<String, Double> listener;
        synchronized (progressLock) {
            step = now;
            fraction = done;
            listener = progressListener;
        }
        if (listener != null) {
            listener.accept(now, done);
        }
    }

    /**
     * Tells {@code listener} on the UI thread how the opening goes (the step, and the fraction done): at once with
     * the step reached so far, then at each new step.
     */
    void whenProgressing(TaskRunner tasks, java.util.function.BiConsumer<String, Double> listener) {
        synchronized (progressLock) {
            // told under the lock, so that no newer step can reach the window before the one reached so far
            progressListener = (s, f) -> tasks.post(() -> listener.accept(s, f));
            String now = step;
            double done = fraction;
            tasks.post(() -> listener.accept(now, done));
        }
    }

    /** Hands the opened case, or the reason it could not be opened, to the UI thread. */
    void whenOpened(TaskRunner tasks, Consumer<Opened> opened, Consumer<Throwable> failed) {
        opening.whenComplete((o, e) -> tasks.post(() -> {
            if (e != null) {
                failed.accept(
                        e instanceof java.util.concurrent.CompletionException && e.getCause() != null
                                ? e.getCause()
                                : e);
            } else {
                opened.accept(o);
            }
        }));
    }

    /** "the sample case" or the case file's name, for the window's opening and error messages. */
    String what() {
        return what;
    }

    Settings settings() {
        return settings;
    }

    Clock clock() {
        return clock;
    }

    CaseAnalyzer analyzer() {
        return analyzer;
    }

    SampleCaseFile sample() {
        return sample;
    }

    Path dataFolder() {
        return dataFolder;
    }
}

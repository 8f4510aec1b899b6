package app.corroborate.ui;

import app.corroborate.ui.common.FxTaskRunner;
import app.corroborate.ui.compare.ComparisonModel;
import app.corroborate.ui.compare.Side;
import app.corroborate.ui.workbench.WorkbenchViewModel;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Measures the window as an editor meets it (run by {@code scripts/measure-window.sh} under a display, never in
 * unit tests): {@code --mode=bare} a bare JavaFX window to its first frame; {@code --mode=startup} the workbench
 * to the first frame that shows the analysed sample case; {@code --mode=switch --case=FILE} switching the compared
 * source until its comparison is on screen; {@code --mode=scroll --case=FILE} the frame times while both panes
 * scroll through the compared pair. Prints one line of figures and exits. The workbench modes start as the app
 * does from its jar, through {@link TunedLaunch}; {@code --mode=bare --tuned} starts the bare window that way too.
 */
public final class WindowBench extends Application {

    private static final int SWITCHES = 21;
    private static final int READING_MS = 1000;
    private static final int SCROLL_FRAMES = 400;

    private MainWindow window;

    /** The entry point: a plain class, so the measurement starts from the class path as the app does. */
    public static final class Main {

        private Main() {}

        public static void main(String[] args) {
            String caseFile = java.util.Arrays.stream(args)
                    .filter(a -> a.startsWith("--case="))
                    .map(a -> a.substring("--case=".length()))
                    .findFirst()
                    .orElse(null);
            boolean bare = java.util.Arrays.asList(args).contains("--mode=bare");
            if (!bare || java.util.Arrays.asList(args).contains("--tuned")) {
                java.util.OptionalInt tuned = TunedLaunch.run(Main.class, "window", args);
                if (tuned.isPresent()) {
                    System.exit(tuned.getAsInt());
                }
            }
            if (bare) {
                Application.launch(WindowBench.class, args);
                return;
            }
            Startup.handOver(Startup.begin(caseFile == null ? List.of() : List.of(caseFile)));
            Application.launch(WindowBench.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Map<String, String> named = getParameters().getNamed();
        String mode = named.getOrDefault("mode", "bare");
        if (mode.equals("bare")) {
            stage.setScene(new Scene(new Label("A bare JavaFX window"), 1440, 900));
            stage.show();
            afterNextFrame(() -> finish("bare-window-ms " + sinceStart()));
            return;
        }
        Startup startup = Startup.take(named.containsKey("case") ? List.of(named.get("case")) : List.of());
        window = App.compose(stage, new FxTaskRunner(), startup);
        window.show();
        window.openStarted(startup);
        if (mode.equals("startup")) {
            long[] shown = new long[2];
            afterNextFrame(() -> shown[0] = sinceStart());
            whenAnalysed(() -> {
                shown[1] = sinceStart();
                waitForComparison(() -> finish("workbench-interactive-ms " + sinceStart() + " (first frame at "
                        + shown[0] + " ms, analysis shown at " + shown[1] + " ms, the compared pair on screen at the "
                        + "figure; the UI thread's CPU until then " + uiThreadCpuMs() + " ms; "
                        + census(stage.getScene().getRoot()) + ")"));
            });
        } else {
            afterNextFrame(this::watchFrames);
            whenAnalysed(() -> waitForComparison(() -> {
                if (mode.equals("switch")) {
                    switchSources(new ArrayList<>());
                } else {
                    scroll();
                }
            }));
        }
    }

    private long longestFrameMs;

    /** Keeps the longest gap between two frames (the worst freeze an editor would see). */
    private void watchFrames() {
        new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    longestFrameMs = Math.max(longestFrameMs, (now - last) / 1_000_000);
                }
                last = now;
            }
        }.start();
    }

    /** Runs {@code then} once {@code value} holds something {@code ready} accepts (at once if it already does). */
    private static <T> void when(
            javafx.beans.value.ObservableValue<T> value, java.util.function.Predicate<T> ready, Runnable then) {
        if (ready.test(value.getValue())) {
            then.run();
            return;
        }
        value.addListener(new ChangeListener<T>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends T> o, T was, T now) {
                if (ready.test(now)) {
                    value.removeListener(this);
                    then.run();
                }
            }
        });
    }

    private static long sinceStart() {
        long launched = Long.getLong(
                TunedLaunch.LAUNCHED_AT, ManagementFactory.getRuntimeMXBean().getStartTime());
        return System.currentTimeMillis() - launched;
    }

    private void whenAnalysed(Runnable then) {
        when(
                window.sessionProperty(),
                java.util.Objects::nonNull,
                () -> when(window.session().analysisProperty(), a -> !a.isEmpty(), then));
    }

    private WorkbenchViewModel model() {
        return window.workbench().model();
    }

    private void waitForComparison(Runnable then) {
        when(model().compare().comparisonProperty(), java.util.Objects::nonNull, () -> afterNextFrame(then));
    }

    private final List<Long> computed = new ArrayList<>();

    /**
     * Switches to the next source {@link #SWITCHES} times back to back, then as many times after a pause of
     * {@link #READING_MS} each (an editor reading before moving on, while the next comparison is prepared).
     */
    private void switchSources(List<Long> times) {
        if (times.size() == 2 * SWITCHES) {
            finish("switch-source-ms " + stats(times.subList(0, SWITCHES)) + " back to back (of which until the "
                    + "comparison is computed: " + stats(computed.subList(0, SWITCHES)) + "); after "
                    + READING_MS + " ms of reading: " + stats(times.subList(SWITCHES, 2 * SWITCHES)));
            return;
        }
        long start = System.nanoTime();
        ComparisonModel before = model().compare().comparisonProperty().get();
        when(model().compare().comparisonProperty(), m -> m != null && m != before, () -> {
            computed.add((System.nanoTime() - start) / 1_000_000);
            afterNextFrame(() -> {
                times.add((System.nanoTime() - start) / 1_000_000);
                if (times.size() < SWITCHES) {
                    switchSources(times);
                } else {
                    PauseTransition reading = new PauseTransition(javafx.util.Duration.millis(READING_MS));
                    reading.setOnFinished(e -> switchSources(times));
                    reading.play();
                }
            });
        });
        model().nextSource();
    }

    private void scroll() {
        long opening = longestFrameMs;
        StyleClassedTextArea base = window.workbench().compare().area(Side.BASE);
        List<Long> frames = new ArrayList<>();
        List<Long> busy = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        new AnimationTimer() {
            private long last;
            private long lastCpu;

            @Override
            public void handle(long now) {
                long cpu = threads.getCurrentThreadCpuTime();
                if (last != 0) {
                    frames.add((now - last) / 1_000_000);
                    busy.add((cpu - lastCpu) / 1_000_000);
                }
                last = now;
                lastCpu = cpu;
                if (frames.size() == SCROLL_FRAMES) {
                    stop();
                    finish("scroll-frame-ms " + stats(frames) + " chars " + base.getLength()
                            + "; UI thread's CPU per frame " + stats(busy) + " (frames over 30 ms: " + over(busy, 30)
                            + ")"
                            + "; longest frame from the window's first frame until the comparison showed: " + opening
                            + " ms");
                    return;
                }
                base.scrollYBy(90);
            }
        }.start();
    }

    private static String over(List<Long> values, long limit) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) > limit) {
                out.add("#" + i + "=" + values.get(i));
            }
        }
        return String.join(" ", out);
    }

    private static String stats(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        long p99 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
        return "median " + sorted.get(sorted.size() / 2) + " p99 " + p99 + " max " + sorted.get(sorted.size() - 1)
                + " n " + sorted.size();
    }

    private static void afterNextFrame(Runnable action) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }

    /** The number of nodes in the scene graph under {@code root}: what the CSS and layout passes walk. */
    private static String census(javafx.scene.Parent root) {
        java.util.ArrayDeque<javafx.scene.Node> todo = new java.util.ArrayDeque<>(List.of(root));
        int n = 0;
        while (!todo.isEmpty()) {
            javafx.scene.Node node = todo.pop();
            n++;
            if (node instanceof javafx.scene.Parent p) {
                todo.addAll(p.getChildrenUnmodifiable());
            }
        }
        return "nodes " + n;
    }

    private static long uiThreadCpuMs() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
    }

    private void finish(String line) {
        System.out.println(line);
        System.out.flush();
        if (window != null) {
            window.closeCase();
        }
        Platform.exit();
        System.exit(0);
    }
}

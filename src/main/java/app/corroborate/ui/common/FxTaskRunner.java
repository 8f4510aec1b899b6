package app.corroborate.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Computes on a small pool of daemon threads and applies results on the JavaFX application thread.
 *
 * <p>Guarantees: once shut down (the window closing), new work is dropped without running or answering, so a
 * result arriving during the closing cannot start more.
 */
public final class FxTaskRunner implements TaskRunner {

    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "corroborate-worker");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });

    @Override
    public <T> Running run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        if (pool.isShutdown()) {
            return Running.DONE;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        Future<?> future;
        try {
            future = pool.submit(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> {
                        if (!cancelled.get()) {
                            onSuccess.accept(result);
                        }
                    });
                } catch (Exception e) {
                    Platform.runLater(() -> {
                        if (!cancelled.get()) {
                            onFailure.accept(e);
                        }
                    });
                } catch (OutOfMemoryError e) {
                    Platform.runLater(() -> onFailure.accept(new IllegalStateException(
                            "there is not enough memory for this work; close other cases or give Java more memory",
                            e)));
                }
            });
        } catch (RejectedExecutionException e) {
            return Running.DONE;
        }
        return () -> {
            cancelled.set(true);
            future.cancel(true);
        };
    }

    @Override
    public void post(Runnable action) {
        Platform.runLater(action);
    }

    @Override
    public void shutdown() {
        pool.shutdownNow();
    }
}

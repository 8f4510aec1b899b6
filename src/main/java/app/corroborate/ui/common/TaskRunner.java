package app.corroborate.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work off the UI thread and delivers the result (or the failure) back on it. Tests use a
 * same-thread implementation.
 *
 * <p>Guarantees: a cancelled task delivers nothing; its thread is interrupted so that work checking for
 * interruption stops early.
 */
public interface TaskRunner {

    <T> Running run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);

    /** Runs {@code action} on the UI thread (later, unless already there in a same-thread runner). */
    void post(Runnable action);

    void shutdown();

    /** A submitted task. */
    interface Running {

        /** A task that has already finished. */
        Running DONE = () -> {};

        void cancel();
    }
}

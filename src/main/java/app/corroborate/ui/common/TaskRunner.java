package app.corroborate.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work off the UI thread and delivers the result (or the failure) back on it. Tests use a
 * same-thread implementation.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure);

    void shutdown();
}

package app.corroborate.ui;

import app.corroborate.ui.common.TaskRunner;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work at once on the calling thread: view models tested without a window or threads. */
public final class SameThreadRunner implements TaskRunner {

    @Override
    public <T> Running run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return Running.DONE;
        }
        onSuccess.accept(result);
        return Running.DONE;
    }

    @Override
    public void post(Runnable action) {
        action.run();
    }

    @Override
    public void shutdown() {}
}

package app.corroborate.ui;

import app.corroborate.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A task runner that holds every task until {@link #runAll()}: tests use it to finish background work in an
 * order of their choosing (for example the earlier of two requests last).
 */
public final class QueuedRunner implements TaskRunner {

    private final List<Runnable> pending = new ArrayList<>();
    private final SameThreadRunner now = new SameThreadRunner();

    @Override
    public <T> Running run(Callable<T> work, Consumer<T> onSuccess, Consumer<Exception> onFailure) {
        pending.add(() -> now.run(work, onSuccess, onFailure));
        return Running.DONE;
    }

    @Override
    public void post(Runnable action) {
        action.run();
    }

    @Override
    public void shutdown() {
        pending.clear();
    }

    /** Runs the held tasks, last submitted first. */
    public void runAll() {
        List<Runnable> now = new ArrayList<>(pending);
        pending.clear();
        for (int i = now.size() - 1; i >= 0; i--) {
            now.get(i).run();
        }
    }
}

package app.corroborate.ui.session;

import app.corroborate.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the window is doing in the background, for the status bar: a message, a progress from 0 to 1 (or -1
 * when unknown) and a way to cancel. Updated on the UI thread only.
 */
public final class BackgroundWork {

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private TaskRunner.Running task = TaskRunner.Running.DONE;

    void started(String what, TaskRunner.Running running) {
        this.task = running;
        message.set(what);
        progress.set(-1);
        this.running.set(true);
    }

    void progress(String what, double fraction) {
        if (running.get()) {
            message.set(what);
            progress.set(fraction);
        }
    }

    void finished() {
        running.set(false);
        message.set("");
        progress.set(-1);
        task = TaskRunner.Running.DONE;
    }

    /** Cancels the running work; what it would have produced is dropped. */
    public void cancel() {
        task.cancel();
        finished();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}

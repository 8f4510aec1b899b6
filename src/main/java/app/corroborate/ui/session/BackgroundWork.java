package app.corroborate.ui.session;

import app.corroborate.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the window is doing in the background, for the status bar: a message, a progress from 0 to 1 (or -1
 * when unknown) and a way to cancel. Several jobs may run at once (an import while the case is analysed): the
 * status bar shows the newest, and Cancel stops that one only. Updated on the UI thread only.
 */
public final class BackgroundWork {

    /** One job in the background; {@link #finished()} takes it off the status bar. */
    public final class Job {
        private final TaskRunner.Running running;
        private String message;
        private double progress = -1;

        private Job(String message, TaskRunner.Running running) {
            this.message = message;
            this.running = running;
        }

        public void progress(String what, double fraction) {
            if (!jobs.contains(this)) {
                return;
            }
            message = what;
            progress = fraction;
            show();
        }

        public void finished() {
            jobs.remove(this);
            show();
        }

        public void cancel() {
            jobs.remove(this);
            running.cancel();
            show();
        }
    }

    private final List<Job> jobs = new ArrayList<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);

    Job started(String what, TaskRunner.Running cancel) {
        Job job = new Job(what, cancel);
        jobs.add(job);
        show();
        return job;
    }

    /** Reports progress of the newest job (the one shown). */
    void progress(String what, double fraction) {
        if (!jobs.isEmpty()) {
            jobs.get(jobs.size() - 1).progress(what, fraction);
        }
    }

    private void show() {
        Job shown = jobs.isEmpty() ? null : jobs.get(jobs.size() - 1);
        message.set(shown == null ? "" : shown.message);
        progress.set(shown == null ? -1 : shown.progress);
        running.set(shown != null);
    }

    /** Cancels the job shown (the newest); what it would have produced is dropped. */
    public void cancel() {
        if (!jobs.isEmpty()) {
            jobs.get(jobs.size() - 1).cancel();
        }
    }

    /** Cancels every job (the case is closing). */
    void cancelAll() {
        while (!jobs.isEmpty()) {
            jobs.get(jobs.size() - 1).cancel();
        }
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

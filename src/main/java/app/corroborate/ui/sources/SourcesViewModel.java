package app.corroborate.ui.sources;

import app.corroborate.source.ImportException;
import app.corroborate.source.SampleCase;
import app.corroborate.ui.common.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The list of sources in the open case and the selected one. Loading runs through the {@link TaskRunner},
 * never on the UI thread; a failure becomes a status message, never an exception in the UI.
 */
public final class SourcesViewModel {

    private final SampleCase sample;
    private final TaskRunner tasks;
    private final ObservableList<SourceRow> sources = FXCollections.observableArrayList();
    private final ObjectProperty<SourceRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public SourcesViewModel(SampleCase sample, TaskRunner tasks) {
        this.sample = sample;
        this.tasks = tasks;
    }

    public ObservableList<SourceRow> sources() {
        return FXCollections.unmodifiableObservableList(sources);
    }

    public ObjectProperty<SourceRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Loads the bundled sample case in the background and selects its base. */
    public void loadSample() {
        status.set("Opening the sample case\u2026");
        tasks.run(sample::load, docs -> {
            sources.setAll(docs.stream().map(d -> new SourceRow(d, d == docs.get(0))).toList());
            selected.set(sources.isEmpty() ? null : sources.get(0));
            status.set(docs.size() + " sources \u00B7 sample case");
        }, e -> status.set(e instanceof ImportException ie ? "Cannot open the sample case: " + ie.describe()
                : "Cannot open the sample case: " + e.getMessage()));
    }
}

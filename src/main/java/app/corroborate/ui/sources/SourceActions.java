package app.corroborate.ui.sources;

import app.corroborate.store.StoredSource;
import java.util.function.Consumer;
import javafx.collections.ObservableList;

/**
 * What the sources list can ask of the window: make a source the base, re-import a newer version, remove it from
 * the comparison, and restore one of the {@code removed} sources (by id).
 */
public record SourceActions(
        Consumer<SourceRow> makeBase,
        Consumer<SourceRow> reimport,
        Consumer<SourceRow> remove,
        ObservableList<StoredSource> removed,
        Consumer<String> restore) {}

package app.corroborate.ui.importing;

import app.corroborate.source.SourceImporter;
import app.corroborate.store.Annotation;
import app.corroborate.ui.common.TaskRunner;
import app.corroborate.ui.session.CaseSession;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Re-imports a newer version of a source from the window: the file is read in the background, the case keeps the
 * old version, and the editor is told which annotations moved with their passage and which are now orphans.
 */
public final class ReimportViewModel {

    private final CaseSession session;
    private final SourceImporter importer;
    private final TaskRunner tasks;

    public ReimportViewModel(CaseSession session, SourceImporter importer, TaskRunner tasks) {
        this.session = session;
        this.importer = importer;
        this.tasks = tasks;
    }

    /** Replaces source {@code sourceId} with {@code file}; {@code done} receives one line saying what happened. */
    public void reimport(String sourceId, Path file, Consumer<String> done) {
        long before = session.annotations().stream()
                .filter(a -> a.sourceId().equals(sourceId))
                .count();
        tasks.run(
                () -> importer.read(file),
                doc -> {
                    try {
                        List<Annotation> orphans =
                                session.sources().reimport(sourceId, doc, String.valueOf(file.getFileName()));
                        done.accept(describe(file, before, orphans));
                    } catch (app.corroborate.store.CaseException e) {
                        done.accept("Not re-imported: " + e.getMessage());
                    }
                },
                e -> done.accept("Not re-imported: " + e.getMessage()));
    }

    static String describe(Path file, long annotations, List<Annotation> orphans) {
        String base = "Re-imported " + file.getFileName() + " (the earlier version is kept in the case)";
        if (annotations == 0) {
            return base;
        }
        long moved = annotations - orphans.size();
        return base + ": " + moved + (moved == 1 ? " annotation moved" : " annotations moved") + " with its passage"
                + (orphans.isEmpty()
                        ? ""
                        : ", " + orphans.size() + " orphaned: "
                                + String.join(
                                        "; ",
                                        orphans.stream()
                                                .map(a -> "\u201C"
                                                        + clip(a.selector().exact()) + "\u201D")
                                                .toList()));
    }

    private static String clip(String s) {
        String line = s.strip().replaceAll("\\s+", " ");
        return line.length() <= 40 ? line : line.substring(0, 39) + "\u2026";
    }
}

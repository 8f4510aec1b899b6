package app.corroborate.ui.importing;

import app.corroborate.source.ImportException;
import app.corroborate.source.SourceDocument;
import app.corroborate.source.SourceImporter;
import app.corroborate.store.CaseException;
import app.corroborate.store.CaseStore;
import app.corroborate.ui.common.TaskRunner;
import app.corroborate.ui.session.BackgroundWork;
import app.corroborate.ui.session.CaseSession;
import app.corroborate.web.WebImporter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Adds sources to the open case from files (chosen or dropped, several at once), from pasted text, or from a web
 * address, in the background, one file at a time.
 *
 * <p>Guarantees: a file that cannot be used (binary, empty, too big, unreadable, a PDF without text) is refused
 * with its reason and the other files are still imported; each added source is committed on its own, so a
 * cancelled import keeps what was added before it stopped; the analysis is recomputed once at the end; a page
 * is fetched within the limits of {@link WebImporter} and keeps its address, final address and retrieval time.
 */
public final class ImportViewModel {

    private final CaseSession session;
    private final SourceImporter importer;
    private final WebImporter web;
    private final TaskRunner tasks;

    public ImportViewModel(CaseSession session, SourceImporter importer, WebImporter web, TaskRunner tasks) {
        this.session = session;
        this.importer = importer;
        this.web = web;
        this.tasks = tasks;
    }

    /** Fetches the page at {@code address} and adds it; the status bar shows the fetch and can cancel it. */
    public void importAddress(String address, Consumer<ImportResult> done) {
        if (session.readOnly()) {
            done.accept(new ImportResult(
                    List.of(),
                    List.of(new ImportResult.Refusal(address, "the case is read-only here (open in another window)")),
                    false));
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        BackgroundWork.Job job = session.background("Fetching " + address, () -> stop.set(true));
        tasks.run(
                () -> {
                    try {
                        WebImporter.WebSource page = web.fetch(address, stop::get);
                        session.store()
                                .addSource(page.document(), page.provenance().finalAddress(), page.provenance());
                        return new ImportResult(List.of(page.provenance().finalAddress()), List.of(), false);
                    } catch (ImportException e) {
                        return new ImportResult(
                                List.of(), List.of(new ImportResult.Refusal(address, e.getMessage())), stop.get());
                    }
                },
                r -> {
                    job.finished();
                    finish(r, done);
                },
                e -> {
                    job.finished();
                    done.accept(new ImportResult(
                            List.of(),
                            List.of(new ImportResult.Refusal(address, String.valueOf(e.getMessage()))),
                            false));
                });
    }

    /** Imports the files; {@code done} receives what happened. The status bar shows it and can cancel it. */
    public void importFiles(List<Path> files, Consumer<ImportResult> done) {
        if (session.readOnly()) {
            done.accept(refusedAll(files, "the case is read-only here (open in another window)"));
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        BackgroundWork.Job job = session.background(
                "Importing " + files.size() + (files.size() == 1 ? " file" : " files"), () -> stop.set(true));
        tasks.run(
                () -> read(files, stop, job),
                r -> {
                    job.finished();
                    finish(r, done);
                },
                e -> {
                    job.finished();
                    done.accept(refusedAll(files, String.valueOf(e.getMessage())));
                });
    }

    private static ImportResult refusedAll(List<Path> files, String reason) {
        return new ImportResult(
                List.of(),
                files.stream()
                        .map(f -> new ImportResult.Refusal(String.valueOf(f.getFileName()), reason))
                        .toList(),
                false);
    }

    /** Imports pasted text as a source named after its outlet. */
    public void importText(String outlet, String text, Consumer<ImportResult> done) {
        if (session.readOnly()) {
            done.accept(new ImportResult(
                    List.of(),
                    List.of(new ImportResult.Refusal(outlet, "the case is read-only here (open in another window)")),
                    false));
            return;
        }
        String name = outlet.strip().replaceAll("[^\\p{L}\\p{N} ._-]", "").replace(' ', '-') + ".txt";
        tasks.run(
                () -> {
                    List<String> added = new ArrayList<>();
                    List<ImportResult.Refusal> refused = new ArrayList<>();
                    try {
                        SourceDocument doc = importer.fromBytes(name, text.getBytes(StandardCharsets.UTF_8));
                        session.store().addSource(doc, name);
                        added.add(name);
                    } catch (ImportException e) {
                        refused.add(new ImportResult.Refusal(name, e.getMessage()));
                    }
                    return new ImportResult(added, refused, false);
                },
                r -> finish(r, done),
                e -> done.accept(new ImportResult(
                        List.of(), List.of(new ImportResult.Refusal(name, String.valueOf(e.getMessage()))), false)));
    }

    private ImportResult read(List<Path> files, AtomicBoolean stop, BackgroundWork.Job job) throws CaseException {
        CaseStore store = session.store();
        List<String> added = new ArrayList<>();
        List<ImportResult.Refusal> refused = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            if (stop.get() || Thread.currentThread().isInterrupted()) {
                return new ImportResult(added, refused, true);
            }
            String name = String.valueOf(f.getFileName());
            String step = "Importing " + name + " (" + (i + 1) + " of " + files.size() + ")";
            double done = (double) i / files.size();
            tasks.post(() -> job.progress(step, done));
            try {
                store.addSource(importer.read(f), name);
                added.add(name);
            } catch (ImportException e) {
                refused.add(new ImportResult.Refusal(name, e.getMessage()));
            }
        }
        return new ImportResult(added, refused, false);
    }

    private void finish(ImportResult r, Consumer<ImportResult> done) {
        if (!r.added().isEmpty()) {
            session.analyse();
        }
        done.accept(r);
    }
}

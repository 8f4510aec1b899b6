package app.corroborate.review;

import app.corroborate.source.ImportException;
import app.corroborate.source.SampleCase;
import app.corroborate.source.SourceDocument;
import app.corroborate.store.CaseException;
import app.corroborate.store.CaseStore;
import app.corroborate.store.sqlite.SqliteCaseStore;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;

/**
 * The editor's own copy of the bundled sample case, made once in the user's folder and kept, so that verdicts
 * set on it persist. The bundled sample itself is never written.
 *
 * <p>Guarantees: the copy appears whole or not at all (it is built under a temporary name and moved into
 * place); an existing copy is returned as it is.
 */
public final class SampleCaseFile {

    public static final String NAME = "sample.corroborate";

    private final SampleCase sample;
    private final Clock clock;

    public SampleCaseFile(SampleCase sample, Clock clock) {
        this.sample = sample;
        this.clock = clock;
    }

    /** The copy in {@code folder}, created from the bundled sample if it does not exist yet. */
    public Path ensure(Path folder, String editor) throws CaseException {
        Path target = folder.resolve(NAME);
        if (Files.exists(target)) {
            return target;
        }
        Path partial =
                folder.resolve(NAME + ".partial-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(partial);
            List<SourceDocument> docs = sample.load();
            try (CaseStore store =
                    SqliteCaseStore.create(partial, "Sample case: the Harrowgate Dam release", editor, clock)) {
                for (SourceDocument d : docs) {
                    store.addSource(d, d.path());
                }
            }
            move(partial, target);
            return target;
        } catch (IOException e) {
            throw new CaseException("the sample case cannot be copied to " + folder + " (" + e.getMessage() + ")", e);
        } catch (ImportException e) {
            throw new CaseException("the sample case cannot be read: " + e.getMessage(), e);
        } finally {
            cleanUp(partial);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void cleanUp(Path partial) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal", ".lock"}) {
            try {
                Files.deleteIfExists(Path.of(partial + suffix));
            } catch (IOException ignored) {
                // a leftover temporary file is harmless; the next start replaces it
            }
        }
    }
}

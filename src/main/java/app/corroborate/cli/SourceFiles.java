package app.corroborate.cli;

import app.corroborate.source.ImportException;
import app.corroborate.source.SourceDocument;
import app.corroborate.source.SourceImporter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Reads the files a command compares, all at once (on every core, through the one importer of the composition
 * root, which keeps no state between files): importing is most of a command's time on large sources.
 *
 * <p>Guarantees: the documents come in the order of the paths; when files cannot be read, the failure reported
 * is that of the first such file in that order, as if they were read one after another.
 */
final class SourceFiles {

    private SourceFiles() {}

    /** One file's document, or why it could not be read. */
    private record Read(SourceDocument document, ImportException failure) {}

    static List<SourceDocument> read(SourceImporter importer, List<Path> paths) throws ImportException {
        List<Read> reads = IntStream.range(0, paths.size())
                .parallel()
                .mapToObj(i -> read(importer, paths.get(i)))
                .toList();
        List<SourceDocument> out = new ArrayList<>();
        for (Read r : reads) {
            if (r.failure() != null) {
                throw r.failure();
            }
            out.add(r.document());
        }
        return out;
    }

    private static Read read(SourceImporter importer, Path path) {
        try {
            return new Read(importer.read(path), null);
        } catch (ImportException e) {
            return new Read(null, e);
        }
    }
}

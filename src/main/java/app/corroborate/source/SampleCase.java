package app.corroborate.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled sample case (an invented story in several versions, shipped in the jar under
 * {@code assets/sample/}): what the workbench opens on first start.
 *
 * <p>Guarantees: sources come in the order of {@code case.txt}, the first being the base; each is imported
 * through the same {@link SourceImporter} as any file.
 */
public final class SampleCase {

    private static final String ROOT = "/assets/sample/";

    private final SourceImporter importer;

    public SampleCase(SourceImporter importer) {
        this.importer = importer;
    }

    /** The sample's sources, base first. */
    public List<SourceDocument> load() throws ImportException {
        List<SourceDocument> docs = new ArrayList<>();
        for (String name : names()) {
            docs.add(importer.fromBytes(name, read(name)));
        }
        return docs;
    }

    /** File names listed in the sample's {@code case.txt}. */
    public List<String> names() throws ImportException {
        String index = new String(read("case.txt"), StandardCharsets.UTF_8);
        return index.lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    private static byte[] read(String name) throws ImportException {
        try (InputStream in = SampleCase.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new ImportException(name, "the sample case is missing from this build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ImportException(name, "the sample case cannot be read", e);
        }
    }
}

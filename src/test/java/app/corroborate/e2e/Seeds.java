package app.corroborate.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.corroborate.source.ImportException;
import app.corroborate.source.SourceDocument;
import app.corroborate.source.SourceImporter;
import app.corroborate.text.Span;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seed case of {@code ../shared/seeds} and its answer key, read where the build keeps it (never copied into
 * the project). Tests that use it are skipped, with a message, when the folder is absent.
 */
final class Seeds {

    /** One labelled difference of the answer key. */
    record Entry(String id, String version, String kind, String baseText, String variantText) {}

    final Map<String, SourceDocument> documents = new LinkedHashMap<>();
    final List<Entry> entries = new ArrayList<>();
    final String base;

    private Seeds(Path dir) throws IOException, ImportException {
        JsonNode key =
                new ObjectMapper().readTree(dir.resolve("answer-key.json").toFile());
        base = key.get("base").asText();
        SourceImporter importer = new SourceImporter();
        for (var it = key.get("files").properties().iterator(); it.hasNext(); ) {
            var f = it.next();
            documents.put(f.getKey(), importer.read(dir.resolve(f.getValue().asText())));
        }
        for (JsonNode e : key.get("entries")) {
            entries.add(new Entry(
                    e.get("id").asText(),
                    e.get("version").asText(),
                    e.get("kind").asText(),
                    text(e.get("base_text")),
                    text(e.get("variant_text"))));
        }
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    static Path directory() {
        String shared = System.getProperty("corroborate.shared", "../shared");
        return Path.of(shared, "seeds");
    }

    /** The seeds, or a skipped test when {@code ../shared/seeds} is not there. */
    static Seeds loadOrSkip() throws IOException, ImportException {
        Path dir = directory();
        assumeTrue(
                Files.isRegularFile(dir.resolve("answer-key.json")),
                "seed tests skipped: " + dir.toAbsolutePath().normalize() + " not found (the shared seed case "
                        + "sits beside the repository on development machines)");
        return new Seeds(dir);
    }

    /** The span of {@code text} in the document, found by plain search as the key promises. */
    static Span find(SourceDocument doc, String text) {
        int at = doc.text().indexOf(text);
        if (at < 0) {
            throw new AssertionError("key text not found in " + doc.path() + ": " + text);
        }
        return new Span(at, at + text.length());
    }

    /** Index of the story sentence of {@code doc} that contains the start of {@code span}, or -1. */
    static int sentenceAt(SourceDocument doc, Span span) {
        for (int i = 0; i < doc.sentences().size(); i++) {
            Span s = doc.sentences().get(i);
            if (span.start() >= s.start() && span.start() < s.end()) {
                return i;
            }
        }
        return -1;
    }
}

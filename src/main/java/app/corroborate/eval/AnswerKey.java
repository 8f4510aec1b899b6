package app.corroborate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A labelled list of what differs between versions of a story ({@code answer-key.json}): the base, the files
 * of each version, and entries with their kind and exact spans.
 */
public record AnswerKey(Path directory, String base, Map<String, String> files, List<Entry> entries,
        List<List<String>> groups) {

    /** One labelled difference; {@code baseText} is null for an addition, {@code variantText} for a drop. */
    public record Entry(String id, String version, String kind, String baseText, String variantText) {

        public boolean factual() {
            return !kind.equals("rewording-neutral") && !kind.equals("boilerplate");
        }
    }

    public static AnswerKey read(Path file) throws IOException {
        JsonNode key = new ObjectMapper().readTree(file.toFile());
        Map<String, String> files = new LinkedHashMap<>();
        key.get("files").properties().forEach(f -> files.put(f.getKey(), f.getValue().asText()));
        List<Entry> entries = new ArrayList<>();
        for (JsonNode e : key.get("entries")) {
            entries.add(new Entry(e.get("id").asText(), e.get("version").asText(), e.get("kind").asText(),
                    text(e.get("base_text")), text(e.get("variant_text"))));
        }
        List<List<String>> groups = new ArrayList<>();
        if (key.has("groups")) {
            for (JsonNode g : key.get("groups")) {
                List<String> members = new ArrayList<>();
                g.forEach(m -> members.add(m.asText()));
                groups.add(members);
            }
        }
        Path dir = file.toAbsolutePath().getParent();
        return new AnswerKey(dir, key.get("base").asText(), files, entries, groups);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    /** Every version read with {@code importer}, the base first. */
    public Map<String, app.corroborate.source.SourceDocument> documents(app.corroborate.source.SourceImporter importer)
            throws app.corroborate.source.ImportException {
        Map<String, app.corroborate.source.SourceDocument> docs = new LinkedHashMap<>();
        docs.put(base, importer.read(path(base)));
        for (String v : files.keySet()) {
            if (!docs.containsKey(v)) {
                docs.put(v, importer.read(path(v)));
            }
        }
        return docs;
    }

    /**
     * True if the key's independence groups (empty when the key has none) equal {@code found}, groups of version
     * names, regardless of order within and between groups.
     */
    public boolean groupsMatch(List<List<String>> found) {
        return canonical(groups).equals(canonical(found));
    }

    private static java.util.Set<java.util.Set<String>> canonical(List<List<String>> groups) {
        java.util.Set<java.util.Set<String>> out = new java.util.HashSet<>();
        groups.forEach(g -> out.add(new java.util.HashSet<>(g)));
        return out;
    }

    /** The path of a version's file. */
    public Path path(String version) {
        return directory.resolve(files.get(version));
    }
}

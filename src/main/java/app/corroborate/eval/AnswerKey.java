package app.corroborate.eval;

import app.corroborate.source.ImportException;
import app.corroborate.source.SourceImporter;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A labelled list of what differs between versions of a story ({@code answer-key.json}): the base, the files
 * of each version, and entries with their kind and exact spans.
 */
public record AnswerKey(
        Path directory, String base, Map<String, String> files, List<Entry> entries, List<List<String>> groups) {

    /** One labelled difference; {@code baseText} is null for an addition, {@code variantText} for a drop. */
    public record Entry(String id, String version, String kind, String baseText, String variantText) {

        public boolean factual() {
            return !kind.equals("rewording-neutral") && !kind.equals("boilerplate");
        }
    }

    /**
     * Reads and checks a key: every refusal (unreadable, not JSON, a missing or wrongly typed field, a base or
     * version that is not among the files) is an {@link ImportException} naming the file and the reason.
     */
    public static AnswerKey read(Path file) throws ImportException {
        JsonNode key = parse(file);
        Map<String, String> files = new LinkedHashMap<>();
        field(file, key, "files", JsonNode::isObject, "an object of version names to file names")
                .properties()
                .forEach(f -> files.put(f.getKey(), f.getValue().asText()));
        for (Map.Entry<String, String> f : files.entrySet()) {
            if (f.getValue().isBlank() || !key.get("files").get(f.getKey()).isTextual()) {
                throw new ImportException(
                        file.toString(), "the file of version \"" + f.getKey() + "\" must be a file name");
            }
        }
        String base =
                field(file, key, "base", JsonNode::isTextual, "a version name").asText();
        known(file, files, base, "base");
        List<Entry> entries = new ArrayList<>();
        for (JsonNode e : field(file, key, "entries", JsonNode::isArray, "a list")) {
            entries.add(entry(file, files, e));
        }
        List<List<String>> groups = new ArrayList<>();
        if (key.has("groups")) {
            for (JsonNode g : field(file, key, "groups", JsonNode::isArray, "a list of lists of version names")) {
                List<String> members = new ArrayList<>();
                g.forEach(m -> members.add(m.asText()));
                groups.add(members);
            }
        }
        Path dir = file.toAbsolutePath().getParent();
        return new AnswerKey(dir, base, files, entries, groups);
    }

    private static JsonNode parse(Path file) throws ImportException {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new ImportException(name, Files.exists(file) ? "is not a regular file" : "no such file");
        }
        try {
            if (Files.size(file) > SourceImporter.MAX_BYTES) {
                throw new ImportException(name, "is too large for an answer key");
            }
            JsonNode key = new ObjectMapper().readTree(file.toFile());
            if (key == null || key.isMissingNode()) {
                throw new ImportException(name, "is empty, not an answer key");
            }
            if (!key.isObject()) {
                throw new ImportException(name, "is not an answer key (a JSON object with base, files and entries)");
            }
            return key;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ImportException(
                    name,
                    "is not valid JSON"
                            + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"),
                    e);
        } catch (IOException e) {
            throw new ImportException(name, "cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static JsonNode field(Path file, JsonNode node, String name, Predicate<JsonNode> type, String what)
            throws ImportException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new ImportException(file.toString(), "is not an answer key: \"" + name + "\" is missing");
        }
        if (!type.test(value)) {
            throw new ImportException(file.toString(), "\"" + name + "\" must be " + what);
        }
        return value;
    }

    private static void known(Path file, Map<String, String> files, String version, String where)
            throws ImportException {
        if (!files.containsKey(version)) {
            throw new ImportException(
                    file.toString(),
                    "the " + where + " \"" + version + "\" is not one of the " + "versions under \"files\"");
        }
    }

    private static Entry entry(Path file, Map<String, String> files, JsonNode e) throws ImportException {
        if (!e.isObject()) {
            throw new ImportException(file.toString(), "every entry must be an object");
        }
        String id = field(file, e, "id", JsonNode::isValueNode, "a text").asText();
        String version =
                field(file, e, "version", JsonNode::isTextual, "a version name").asText();
        known(file, files, version, "version of entry " + id);
        String kind = field(file, e, "kind", JsonNode::isTextual, "a kind of difference")
                .asText();
        return new Entry(id, version, kind, text(e.get("base_text")), text(e.get("variant_text")));
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

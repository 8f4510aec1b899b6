package app.corroborate.collate;

import app.corroborate.source.ImportException;
import app.corroborate.source.SourceDocument;
import app.corroborate.source.SourceImporter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Collations of small invented cases from strings: the first text is the base, the others versions v1, v2... */
public final class TestCollations {

    private TestCollations() {}

    public static Collation of(String... texts) {
        List<SourceDocument> docs = new ArrayList<>();
        SourceImporter importer = new SourceImporter();
        for (int i = 0; i < texts.length; i++) {
            try {
                docs.add(importer.fromBytes(i == 0 ? "base" : "v" + i, texts[i].getBytes(StandardCharsets.UTF_8)));
            } catch (ImportException e) {
                throw new AssertionError(e.describe(), e);
            }
        }
        return Collation.of(docs, 0);
    }
}

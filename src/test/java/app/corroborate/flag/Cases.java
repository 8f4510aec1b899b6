package app.corroborate.flag;

import app.corroborate.collate.Collation;
import app.corroborate.source.ImportException;
import app.corroborate.source.SourceDocument;
import app.corroborate.source.SourceImporter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds small invented cases from strings: the first text is the base, the others versions v1, v2... */
final class Cases {

    private Cases() {}

    static Collation collate(String... texts) {
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

    /** Findings of one rule on version {@code i} of the case. */
    static List<Finding> run(FlagRule rule, Collation c, int i) {
        return rule.apply(c.comparison(i));
    }

    static List<Finding> run(FlagRule rule, String base, String version) {
        return run(rule, collate(base, version), 1);
    }

    /** The variant text a finding points at. */
    static String variant(Collation c, int i, Finding f) {
        return f.variantSpan() == null
                ? null
                : f.variantSpan().of(c.analyses().get(i).text());
    }
}

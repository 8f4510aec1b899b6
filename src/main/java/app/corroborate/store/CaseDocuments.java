package app.corroborate.store;

import app.corroborate.source.Exclusion;
import app.corroborate.source.FurnitureReason;
import app.corroborate.source.ImportException;
import app.corroborate.source.SourceDocument;
import app.corroborate.source.SourceImporter;
import java.util.ArrayList;
import java.util.List;

/**
 * The sources of a case as documents ready for comparison: each re-read from its stored raw bytes (so the case
 * is self-contained) with the editor's furniture decisions applied, the base first.
 */
public final class CaseDocuments {

    private final SourceImporter importer;

    public CaseDocuments(SourceImporter importer) {
        this.importer = importer;
    }

    public List<SourceDocument> load(CaseStore store) throws CaseException {
        List<SourceDocument> docs = new ArrayList<>();
        for (StoredSource s : store.sources()) {
            try {
                SourceDocument doc = importer.fromBytes(s.path(), store.raw(s.id()));
                docs.add(apply(doc, store.overrides(s.id())));
            } catch (ImportException e) {
                throw new CaseException("source " + s.id() + " cannot be read again: " + e.getMessage(), e);
            }
        }
        return docs;
    }

    /** The document with passages included again or excluded as the editor decided. */
    static SourceDocument apply(SourceDocument doc, List<FurnitureOverride> overrides) {
        if (overrides.isEmpty()) {
            return doc;
        }
        List<Exclusion> excluded = new ArrayList<>(doc.excluded());
        for (FurnitureOverride o : overrides) {
            excluded.removeIf(e -> e.span().overlaps(o.span()));
            if (o.excluded()) {
                FurnitureReason reason =
                        o.reason() == null ? FurnitureReason.OTHER : FurnitureReason.fromId(o.reason());
                excluded.add(new Exclusion(o.span(), reason));
            }
        }
        excluded.sort((a, b) -> a.span().compareTo(b.span()));
        return doc.withExcluded(excluded);
    }
}

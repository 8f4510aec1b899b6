package app.corroborate.cli;

import app.corroborate.claim.ClaimEngine;
import app.corroborate.claim.ClaimsMatrix;
import app.corroborate.collate.Collation;
import app.corroborate.flag.Flag;
import app.corroborate.flag.FlagEngine;
import app.corroborate.source.SourceDocument;
import app.corroborate.source.SourceImporter;
import app.corroborate.store.CaseDocuments;
import app.corroborate.store.CaseException;
import app.corroborate.store.CaseStore;
import java.util.List;

/** The flags and claims of a stored case, computed from its sources (the base first). */
record CaseAnalysis(List<SourceDocument> documents, Collation collation, List<Flag> flags, ClaimsMatrix claims) {

    static CaseAnalysis of(CaseStore store) throws CaseException {
        List<SourceDocument> docs = new CaseDocuments(new SourceImporter()).load(store);
        if (docs.isEmpty()) {
            return new CaseAnalysis(docs, null, List.of(), new ClaimsMatrix(List.of(), List.of(), List.of()));
        }
        Collation c = Collation.of(docs, 0);
        return new CaseAnalysis(docs, c, FlagEngine.standard().run(c), new ClaimEngine().build(c));
    }
}

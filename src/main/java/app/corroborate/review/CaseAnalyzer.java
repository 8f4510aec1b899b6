package app.corroborate.review;

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
import app.corroborate.store.StoredSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Computes the analysis of a stored case: its sources re-read from their raw bytes with the editor's furniture
 * decisions, their collation against the base, the flags and the claims matrix. One implementation for the
 * window and the command line.
 *
 * <p>Guarantees: runs on the calling thread and touches no UI; checks the cancellation between its steps and
 * stops with {@link CancelledException}, leaving the case untouched (it only reads); with an
 * {@link AnalysisCache}, a case whose inputs did not change since its last analysis by this build gets that
 * analysis back instead of a new one (equal flags and claims, ids included).
 */
public final class CaseAnalyzer {

    private final CaseDocuments documents;
    private final FlagEngine flags;
    private final ClaimEngine claims;
    private final AnalysisCache cache;

    public CaseAnalyzer(CaseDocuments documents, FlagEngine flags, ClaimEngine claims) {
        this(documents, flags, claims, AnalysisCache.NONE);
    }

    /** An analyzer that reads an analysis from {@code cache} when the case's inputs did not change, and keeps it. */
    public CaseAnalyzer(CaseDocuments documents, FlagEngine flags, ClaimEngine claims, AnalysisCache cache) {
        this.documents = documents;
        this.flags = flags;
        this.claims = claims;
        this.cache = cache;
    }

    /** The same engine with {@code cache}. */
    public CaseAnalyzer withCache(AnalysisCache cache) {
        return new CaseAnalyzer(documents, flags, claims, cache);
    }

    /** The product's engine: the standard importer, rules and claims. */
    public static CaseAnalyzer standard() {
        return new CaseAnalyzer(new CaseDocuments(new SourceImporter()), FlagEngine.standard(), new ClaimEngine());
    }

    /** The analysis without progress or cancellation (for the command line). */
    public CaseAnalysis analyze(CaseStore store) throws CaseException {
        try {
            return analyze(store, Cancellation.NONE, Progress.NONE);
        } catch (CancelledException e) {
            throw new CaseException("the analysis was cancelled", e);
        }
    }

    public CaseAnalysis analyze(CaseStore store, Cancellation cancel, Progress progress)
            throws CaseException, CancelledException {
        progress.report("Reading the sources", 0.05);
        List<StoredSource> stored = store.sources();
        Optional<String> key = cache.key(stored, store::overrides);
        Optional<AnalysisCache.Entry> kept = key.flatMap(cache::read);
        if (kept.isPresent()) {
            AnalysisCache.Entry e = kept.get();
            progress.report("Done", 1.0);
            return new CaseAnalysis(
                    stored,
                    e.documents(),
                    summaries(stored, e.documents(), e.group()),
                    e.toBase(),
                    e.flags(),
                    e.claims());
        }
        List<SourceDocument> docs = documents.load(store);
        if (docs.isEmpty()) {
            return CaseAnalysis.empty();
        }
        cancel.check();
        progress.report("Aligning " + docs.size() + " versions", 0.25);
        Collation collation = Collation.of(docs, 0);
        cancel.check();
        progress.report("Checking for discrepancies", 0.6);
        List<Flag> raised = flags.run(collation);
        cancel.check();
        progress.report("Building the claims matrix", 0.85);
        ClaimsMatrix matrix = claims.build(collation);
        cancel.check();
        progress.report("Done", 1.0);
        key.ifPresent(k ->
                cache.write(k, new AnalysisCache.Entry(docs, collation.toBase(), collation.group(), raised, matrix)));
        return new CaseAnalysis(
                stored, docs, summaries(stored, docs, collation.group()), collation.toBase(), raised, matrix);
    }

    private static List<SourceSummary> summaries(List<StoredSource> stored, List<SourceDocument> docs, int[] group) {
        List<SourceSummary> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            StoredSource s = stored.get(i);
            SourceDocument d = docs.get(i);
            int copies = -1;
            for (int g : group) {
                copies += g == group[i] ? 1 : 0;
            }
            // What the source says of itself as read now (a newer reading of an old case's page), else as stored
            // at import (a web page's host as its outlet).
            app.corroborate.source.SourceMetadata m = d.metadata();
            String outlet = firstPresent(m.outlet(), s.outlet());
            String label = outlet != null ? outlet : s.fileName();
            out.add(new SourceSummary(
                    i,
                    s.id(),
                    d.path(),
                    s.fileName(),
                    label,
                    firstPresent(m.title(), s.title()),
                    firstPresent(m.published(), s.published()),
                    WordCount.story(d),
                    i == 0,
                    group[i],
                    copies,
                    s.position()));
        }
        return out;
    }

    private static String firstPresent(String read, String stored) {
        return read != null && !read.isBlank() ? read : stored != null && !stored.isBlank() ? stored : null;
    }
}

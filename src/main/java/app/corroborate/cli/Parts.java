package app.corroborate.cli;

import app.corroborate.align.SentenceAligner;
import app.corroborate.claim.ClaimEngine;
import app.corroborate.export.Exporter;
import app.corroborate.flag.FlagEngine;
import app.corroborate.review.AnalysisCache;
import app.corroborate.review.CaseAnalyzer;
import app.corroborate.review.ProductVersion;
import app.corroborate.review.VerdictSnapshots;
import app.corroborate.source.SourceImporter;
import app.corroborate.store.CaseDocuments;
import app.corroborate.store.open.CaseStores;
import app.corroborate.web.WebImporter;
import java.util.function.Supplier;

/**
 * What the commands work with, made once by the command line's composition root ({@link #standard()}) and handed
 * to every command by {@link CommandFactory}: one importer, one aligner, one set of rules and one claims engine,
 * shared by the analysis of stored cases, so that every command reads and judges a story the same way.
 *
 * <p>Guarantees: the analyzer is built on this importer, these rules and this claims engine; the exporter and
 * the web client are made only by the commands that ask for them (they are costly to make and most commands
 * never need them).
 */
public record Parts(
        SourceImporter importer,
        SentenceAligner aligner,
        FlagEngine flags,
        ClaimEngine claims,
        CaseAnalyzer analyzer,
        CaseFiles cases,
        VerdictSnapshots snapshots,
        Supplier<Exporter> exporter,
        Supplier<WebImporter> web) {

    /** The product's engine and stores. */
    public static Parts standard() {
        SourceImporter importer = new SourceImporter();
        FlagEngine flags = FlagEngine.standard();
        ClaimEngine claims = new ClaimEngine();
        return new Parts(
                importer,
                new SentenceAligner(),
                flags,
                claims,
                new CaseAnalyzer(new CaseDocuments(importer), flags, claims, AnalysisCache.standard()),
                new CaseFiles(CaseStores.standard()),
                VerdictSnapshots.standard(),
                Exporter::standard,
                () -> WebImporter.standard(ProductVersion.current()));
    }
}

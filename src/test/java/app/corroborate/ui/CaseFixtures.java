package app.corroborate.ui;

import app.corroborate.source.ImportException;
import app.corroborate.source.SourceImporter;
import app.corroborate.store.CaseException;
import app.corroborate.store.CaseStore;
import app.corroborate.store.sqlite.SqliteCaseStore;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;

/** Case files built by the tests from fixture stories (the court ruling: a wire, a copy and two rewrites). */
public final class CaseFixtures {

    public static final String[] COURT = {"a0-wire.txt", "a1-republished.txt", "a2-rewrite.html", "a3-rewrite.txt"};

    private CaseFixtures() {}

    /** A new case file in {@code folder} holding the court story, the wire as base. */
    public static Path court(Path folder) throws CaseException, ImportException {
        Path file = folder.resolve("court.corroborate");
        SourceImporter importer = new SourceImporter();
        try (CaseStore store = SqliteCaseStore.create(file, "Court ruling", "tester", Clock.systemUTC())) {
            for (String name : COURT) {
                store.addSource(importer.read(resource("/stories/court/" + name)), name);
            }
        }
        return file;
    }

    /** The analysis of a new court case made in {@code folder} (see {@link #court}). */
    public static app.corroborate.review.CaseAnalysis courtAnalysis(Path folder) throws Exception {
        try (CaseStore store = SqliteCaseStore.open(court(folder), Clock.systemUTC())) {
            return app.corroborate.review.CaseAnalyzer.standard().analyze(store);
        }
    }

    public static Path resource(String name) {
        try {
            return Path.of(CaseFixtures.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

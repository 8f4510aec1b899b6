package app.corroborate.export;

import app.corroborate.flag.Flag;
import app.corroborate.flag.FlagKind;
import app.corroborate.review.CaseAnalysis;
import app.corroborate.review.CaseAnalyzer;
import app.corroborate.review.VerdictSnapshots;
import app.corroborate.source.ImportException;
import app.corroborate.source.SourceDocument;
import app.corroborate.source.SourceImporter;
import app.corroborate.store.CaseException;
import app.corroborate.store.CaseStore;
import app.corroborate.store.StoredSource;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.store.sqlite.SqliteCaseStore;
import app.corroborate.text.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A small case built in the test: a wire story (HTML whose text holds markup characters, accented names and curly
 * quotes) and a rewrite that changes a figure and a name, with verdicts, a hostile note and evidence, an
 * annotation and a comment, a claim judged without a snapshot, and one flag and three claims left unreviewed.
 */
final class ExportFixtures {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2031-04-16T09:30:00Z"), ZoneOffset.UTC);
    static final String VERSION = "test";
    static final String HOSTILE_NOTE = "Checked with the governor's office <script>alert('x')</script> & co.";
    static final String EVIDENCE =
            "https://example.org/report?id=7&lang=en\njavascript:alert(1)\n" + "phone call with Zoë Brontë's office";

    static final String WIRE =
            """
            <html><head><title>Dam opens gates as Lindbrook floods</title>
            <meta property="og:site_name" content="The Valley Courier">
            <meta property="article:published_time" content="2031-04-15"></head>
            <body><article><h1>Dam opens gates as Lindbrook floods</h1>
            <p>The Harrowgate Dam opened its spillway gates on Tuesday after 310 millimetres of rain fell \
            in two days.</p>
            <p>About 1,200 residents were evacuated from the river districts, governor Zoë Brontë said on Tuesday.</p>
            <p>\u201cThe dam is structurally sound and there is no risk of failure,\u201d said the chief engineer, \
            José Núñez.</p>
            <p>A sign at the bridge read &lt;b&gt;CLOSED&lt;/b&gt; &amp; &lt;script&gt;nobody crossed&lt;/script&gt; \
            for the rest of the day.</p>
            </article></body></html>
            """;
    static final String REWRITE =
            """
            The Harrowgate Dam opened its spillway gates on Wednesday after 310 millimetres of rain fell in two days.

            Some 2,100 residents were evacuated from the river districts, governor Zoë Brintë said on Tuesday.

            \u201cThe dam is structurally sound and there is no risk of failure,\u201d said the chief engineer, \
            José Núñez.

            A sign at the bridge read CLOSED for the rest of the day.
            """;

    private ExportFixtures() {}

    static SourceDocument doc(String name, String text) {
        try {
            return new SourceImporter().fromBytes(name, text.getBytes(StandardCharsets.UTF_8));
        } catch (ImportException e) {
            throw new AssertionError(e.describe(), e);
        }
    }

    /** The case with its sources only. */
    static SqliteCaseStore bare(Path dir) throws CaseException {
        SqliteCaseStore store = SqliteCaseStore.create(
                dir.resolve("flood.corroborate"), "Harrowgate Dam: the release", "Zoë Brontë", CLOCK);
        store.addSource(doc("wire.html", WIRE), "wire.html");
        store.addSource(doc("rewrite.txt", REWRITE), "rewrite.txt");
        return store;
    }

    /** The case with its verdicts (with snapshots) and an annotation. */
    static SqliteCaseStore judged(Path dir) throws CaseException {
        SqliteCaseStore store = bare(dir);
        CaseAnalysis a = analysis(store);
        VerdictSnapshots snapshots = new VerdictSnapshots(CLOCK, VERSION);
        Flag number = flag(a, FlagKind.NUMBER);
        snapshots.record(store, a, Target.FLAG, number.id(), Verdict.FALSE, HOSTILE_NOTE, EVIDENCE, "José Núñez");
        Flag spelling = flag(a, FlagKind.NAME_SPELLING);
        snapshots.record(store, a, Target.FLAG, spelling.id(), Verdict.DISPUTED, "Spelling to confirm", null, "Mara");
        String claim = a.claims().claims().stream()
                .filter(c -> c.text().contains("310"))
                .findFirst()
                .orElseThrow()
                .id();
        snapshots.record(
                store, a, Target.CLAIM, claim, Verdict.VERIFIED, "Rain gauge data", "https://example.org/rain", "Mara");
        String days = a.claims().claims().stream()
                .filter(c -> c.text().equals("two days"))
                .findFirst()
                .orElseThrow()
                .id();
        store.setVerdict(Target.CLAIM, days, Verdict.FALSE, "It rained for three days", null, "Mara");
        StoredSource rewrite = store.sources().get(1);
        int name = rewrite.text().indexOf("Zoë Brintë");
        store.annotate(
                rewrite.id(),
                new Span(name, name + "Zoë Brintë".length()),
                "Spelling?",
                Verdict.UNREVIEWED,
                List.of(),
                "Mara");
        StoredSource wire = store.sources().get(0);
        int at = wire.text().indexOf("<b>CLOSED</b>");
        store.annotate(
                wire.id(),
                new Span(at, at + "<b>CLOSED</b>".length()),
                "Markup <i>copied</i> as text",
                Verdict.UNVERIFIABLE,
                List.of("sign"),
                "Mara");
        return store;
    }

    static CaseAnalysis analysis(CaseStore store) throws CaseException {
        return CaseAnalyzer.standard().analyze(store);
    }

    static Flag flag(CaseAnalysis a, FlagKind kind) {
        return a.flags().stream()
                .filter(f -> f.kind() == kind)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind.id() + " flag in " + a.flags()));
    }

    static Summary summary(CaseStore store) throws CaseException {
        return new SummaryBuilder(new VerdictSnapshots(CLOCK, VERSION), CLOCK, VERSION)
                .build(store, analysis(store), new Publisher("Faktë Check", "https://fakte.example"));
    }
}

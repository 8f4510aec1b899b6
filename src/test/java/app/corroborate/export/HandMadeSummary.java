package app.corroborate.export;

import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.store.VerdictSnapshot.Passage;
import app.corroborate.text.Span;
import java.time.Instant;
import java.util.List;

/**
 * A summary built by hand, independent of the engine's rules, for the writers' golden files: every section
 * filled, a flag no longer raised, a re-imported source, hostile notes and evidence, accented names.
 */
final class HandMadeSummary {

    static final Instant AT = Instant.parse("2031-04-16T09:30:00Z");
    private static final String WIRE = "1111111111111111111111111111111111111111111111111111111111111111";
    private static final String DAILY = "2222222222222222222222222222222222222222222222222222222222222222";

    private HandMadeSummary() {}

    static Summary summary() {
        List<SummarySource> sources = List.of(
                new SummarySource(
                        "src-1",
                        "The Valley Courier",
                        "The Valley Courier",
                        "Dam opens <gates>",
                        "2031-04-15",
                        "wire.html",
                        WIRE,
                        1,
                        AT,
                        "https://courier.example/dam",
                        "text"),
                new SummarySource(
                        "src-2", "Marlow Daily | Ledger", null, null, null, "daily.txt", DAILY, 2, AT, null, "text"));
        Item verified = new Item(
                Target.CLAIM,
                "c1",
                "figure",
                null,
                "310 millimetres",
                "2 independent source(s)",
                Verdict.VERIFIED,
                "Rain gauge *data*",
                "https://example.org/rain?a=1&b=2",
                "Zoë Brontë",
                AT,
                List.of(
                        passage("src-1", "The Valley Courier", "agrees", WIRE, "310 millimetres"),
                        passage("src-2", "Marlow Daily | Ledger", "agrees", DAILY, "310 millimetres")),
                List.of("The Valley Courier", "Marlow Daily | Ledger"),
                true,
                true,
                false);
        Item wrong = new Item(
                Target.FLAG,
                "f1",
                "number",
                "high",
                "About 1,200 residents",
                "'About 1,200 residents' became 'Some 2,100 people'.",
                Verdict.FALSE,
                "Office says <script>alert('x')</script> & more",
                "javascript:alert(1)\nhttps://example.org/x \"q\"",
                "José Núñez",
                AT,
                List.of(
                        passage("src-1", "The Valley Courier", "base", WIRE, "About 1,200 residents"),
                        passage("src-2", "Marlow Daily | Ledger", "variant", "3333", "Some 2,100 people")),
                List.of(),
                false,
                true,
                true);
        Item disputed = new Item(
                Target.FLAG,
                "f2",
                "name-spelling",
                "high",
                "Elena Varga",
                "A name changed.",
                Verdict.DISPUTED,
                null,
                null,
                "Mara",
                AT,
                List.of(),
                List.of(),
                false,
                false,
                false);
        Item unverifiable = new Item(
                Target.CLAIM,
                "c2",
                "quote",
                null,
                "\u201cThe dam is safe,\u201d",
                "",
                Verdict.UNVERIFIABLE,
                "No recording",
                null,
                "Mara",
                AT,
                List.of(new Passage("src-2", "Marlow Daily | Ledger", "absent", DAILY, -1, -1, "", "", "")),
                List.of(),
                true,
                true,
                false);
        Item open = new Item(
                Target.FLAG,
                "f3",
                "date",
                "high",
                "Tuesday",
                "'Tuesday' became 'Wednesday'.",
                Verdict.UNREVIEWED,
                null,
                null,
                null,
                null,
                List.of(
                        passage("src-1", "The Valley Courier", "base", WIRE, "Tuesday"),
                        passage("src-2", "Marlow Daily | Ledger", "variant", DAILY, "Wednesday")),
                List.of(),
                true,
                false,
                false);
        List<AnnotationEntry> notes = List.of(
                new AnnotationEntry(
                        "a1",
                        "src-1",
                        "The Valley Courier",
                        "<b>CLOSED</b>",
                        "read ",
                        " for",
                        new Span(10, 23),
                        WIRE,
                        "Markup [copied](javascript:x)",
                        Verdict.UNVERIFIABLE,
                        List.of("sign"),
                        false,
                        "Mara",
                        AT),
                new AnnotationEntry(
                        "a2",
                        "src-2",
                        "Marlow Daily | Ledger",
                        "Brintë",
                        "",
                        "",
                        null,
                        null,
                        "Spelling?",
                        Verdict.UNREVIEWED,
                        List.of(),
                        true,
                        "Mara",
                        AT));
        return new Summary(
                "Harrowgate <Dam> & the \u201crelease\u201d",
                "Zoë Brontë",
                AT,
                AT,
                "test",
                new Publisher("Faktë Check", "https://fakte.example"),
                sources,
                new Summary.Counts(5, 1, 1, 1, 1, 1),
                List.of(verified),
                List.of(wrong, disputed),
                List.of(unverifiable),
                List.of(open),
                notes);
    }

    private static Passage passage(String id, String label, String role, String sha, String exact) {
        return new Passage(id, label, role, sha, 5, 5 + exact.length(), exact, "pre ", " post");
    }
}

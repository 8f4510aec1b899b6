package app.corroborate.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.source.Exclusion;
import app.corroborate.source.SourceDocument;
import app.corroborate.text.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the answer key says about page furniture, asserted on the seeds. */
class SeedFurnitureTest {

    private static Seeds seeds;

    @BeforeAll
    static void load() throws Exception {
        seeds = Seeds.loadOrSkip();
    }

    private static boolean excluded(SourceDocument doc, Span span) {
        return doc.excluded().stream().map(Exclusion::span).anyMatch(e -> e.contains(span));
    }

    private static boolean touchesFurniture(SourceDocument doc, Span span) {
        return doc.excluded().stream().map(Exclusion::span).anyMatch(e -> e.overlaps(span));
    }

    @Test
    void everyBoilerplateEntryIsExcluded() {
        for (Seeds.Entry e : seeds.entries) {
            if (e.kind().equals("boilerplate")) {
                SourceDocument doc = seeds.documents.get(e.version());
                assertTrue(
                        excluded(doc, Seeds.find(doc, e.variantText())), e.id() + " not excluded: " + e.variantText());
            }
        }
    }

    @Test
    void noKeyedStoryTextIsExcluded() {
        SourceDocument base = seeds.documents.get(seeds.base);
        for (Seeds.Entry e : seeds.entries) {
            if (e.kind().equals("boilerplate")) {
                continue;
            }
            if (e.baseText() != null) {
                assertTrue(!touchesFurniture(base, Seeds.find(base, e.baseText())), e.id() + " base text excluded");
            }
            if (e.variantText() != null) {
                SourceDocument doc = seeds.documents.get(e.version());
                assertTrue(!touchesFurniture(doc, Seeds.find(doc, e.variantText())), e.id() + " variant excluded");
            }
        }
    }

    @Test
    void everyBaseSentenceThatARepublicationKeepsIsStoryTextThere() {
        SourceDocument base = seeds.documents.get(seeds.base);
        for (SourceDocument doc : seeds.documents.values()) {
            for (Span s : base.sentences()) {
                int at = doc.text().indexOf(s.of(base.text()));
                if (at >= 0) {
                    Span there = new Span(at, at + s.length());
                    assertTrue(!touchesFurniture(doc, there), doc.path() + " excludes story: " + s.of(base.text()));
                }
            }
        }
    }
}

package app.corroborate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.align.AlignedPair;
import app.corroborate.align.Alignment;
import app.corroborate.align.Relation;
import app.corroborate.align.SentenceAligner;
import app.corroborate.align.Version;
import app.corroborate.source.SourceDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the answer key says about alignment: a base sentence that survives in a version is paired there (with
 * the sentence the key names, where the kind implies a rewrite of that sentence), and a dropped one is not.
 */
class SeedAlignmentTest {

    private static final Set<String> REWRITE_KINDS =
            Set.of("number", "quote-altered", "wording-loaded", "attribution", "rewording-neutral", "date");
    private static Seeds seeds;
    private static final Map<String, Alignment> ALIGNMENTS = new HashMap<>();

    @BeforeAll
    static void load() throws Exception {
        seeds = Seeds.loadOrSkip();
        SourceDocument base = seeds.documents.get(seeds.base);
        seeds.documents.forEach(
                (id, doc) -> ALIGNMENTS.put(id, new SentenceAligner().align(Version.of(base), Version.of(doc))));
    }

    private static List<AlignedPair> pairsOfBase(String version, int baseSentence) {
        return ALIGNMENTS.get(version).pairs().stream()
                .filter(p -> p.baseIndex() == baseSentence)
                .toList();
    }

    private static int baseSentence(Seeds.Entry e) {
        SourceDocument base = seeds.documents.get(seeds.base);
        return Seeds.sentenceAt(base, Seeds.find(base, e.baseText()));
    }

    @Test
    void survivingBaseSentencesArePairedWithTheirRewrite() {
        int checked = 0;
        for (Seeds.Entry e : seeds.entries) {
            boolean rewrite = REWRITE_KINDS.contains(e.kind()) || e.kind().equals("name-spelling");
            if (!rewrite || e.baseText() == null) {
                continue;
            }
            List<AlignedPair> pairs = pairsOfBase(e.version(), baseSentence(e));
            assertTrue(
                    !pairs.isEmpty() && pairs.stream().allMatch(AlignedPair::paired),
                    e.id() + ": base sentence left unpaired");
            checked++;
            if (e.variantText() != null && REWRITE_KINDS.contains(e.kind())) {
                SourceDocument doc = seeds.documents.get(e.version());
                int other = Seeds.sentenceAt(doc, Seeds.find(doc, e.variantText()));
                assertTrue(
                        pairs.stream().anyMatch(p -> p.otherIndex() == other),
                        e.id() + ": paired with the wrong sentence");
            }
        }
        assertTrue(checked >= 10, "the key names at least ten rewritten sentences; checked " + checked);
    }

    @Test
    void droppedSentencesAreDropped() {
        for (Seeds.Entry e : seeds.entries) {
            if (e.kind().equals("sentence-dropped")) {
                List<AlignedPair> pairs = pairsOfBase(e.version(), baseSentence(e));
                assertEquals(
                        List.of(Relation.DROPPED),
                        pairs.stream().map(AlignedPair::relation).toList(),
                        e.id());
            }
        }
    }

    @Test
    void aRepublicationPairsEverySentence() {
        Alignment al = ALIGNMENTS.get(seeds.base);
        assertTrue(al.pairs().stream().allMatch(p -> p.relation() == Relation.SAME));
        for (String version : seeds.documents.keySet()) {
            Alignment other = ALIGNMENTS.get(version);
            long dropped = other.count(Relation.DROPPED);
            assertTrue(dropped <= other.base().sentences().size() / 2, version + " drops " + dropped);
        }
    }
}

package app.corroborate.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.text.SentenceSplitter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contract every {@link Aligner} must keep; each implementation gets a subclass. */
abstract class AlignerContract {

    abstract Aligner aligner();

    static Version version(String id, String text) {
        return new Version(id, text, new SentenceSplitter().split(text));
    }

    Alignment align(String base, String other) {
        return aligner().align(version("a", base), version("b", other));
    }

    static AlignedPair pairOf(Alignment al, String baseStart) {
        return al.pairs().stream()
                .filter(p -> p.base() != null && p.base().of(al.base().text()).startsWith(baseStart))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no pair for " + baseStart));
    }

    @Test
    void identicalTextsAreAllSame() {
        String text = "The dam opened. Water rose fast. Two people are missing.";
        Alignment al = align(text, text);
        assertEquals(3, al.pairs().size());
        al.pairs().forEach(p -> assertEquals(Relation.SAME, p.relation()));
        al.pairs().forEach(p -> assertTrue(p.edits().isEmpty()));
    }

    @Test
    void normalisationDifferencesAreSame() {
        Alignment al = align("\u201CIt\u2019s over,\u201D he said.", "\"IT'S  over,\" he said.");
        assertEquals(Relation.SAME, al.pairs().get(0).relation());
    }

    @Test
    void everySentenceIsAccountedForOnBothSides() {
        String base = "One fact here. Two facts there. Three more facts. Four is dropped entirely now.";
        String other = "Three more facts. One fact here, indeed. A new claim appears. Two facts there.";
        Alignment al = align(base, other);
        Set<Integer> bases = new HashSet<>();
        Set<Integer> others = new HashSet<>();
        al.pairs().forEach(p -> {
            if (p.baseIndex() >= 0) {
                bases.add(p.baseIndex());
            }
            if (p.otherIndex() >= 0) {
                others.add(p.otherIndex());
            }
        });
        assertEquals(Set.of(0, 1, 2, 3), bases);
        assertEquals(Set.of(0, 1, 2, 3), others);
    }

    @Test
    void rewordedSentencePairsAsChangedWithWordEdits() {
        String base = "Officials said 1,200 residents were evacuated from the river districts overnight.";
        String other = "Officials said 2,100 residents were moved from the river districts overnight.";
        Alignment al = align(base, other);
        AlignedPair p = al.pairs().get(0);
        assertEquals(Relation.CHANGED, p.relation());
        assertTrue(p.similarity() > 0.5 && p.similarity() < 1, "similarity " + p.similarity());
        List<String> edits = p.edits().stream()
                .map(e ->
                        e.op().id() + ":" + e.base().of(base) + ">" + e.other().of(other))
                .toList();
        assertEquals(List.of("replace:1,200>2,100", "replace:evacuated>moved"), edits);
    }

    @Test
    void insertionsAndDeletionsHaveEmptyRangesAtTheirPosition() {
        String base = "Police said two people were missing.";
        String other = "Police said at least two people were missing near the bridge.";
        AlignedPair p = align(base, other).pairs().get(0);
        Edit first = p.edits().get(0);
        assertEquals(Edit.Op.INSERT, first.op());
        assertTrue(first.base().isEmpty());
        assertEquals("at least", first.other().of(other));
        assertEquals("said".length() + "Police ".length(), first.base().start());
    }

    @Test
    void addedDroppedAndUnrelatedSentencesStayUnpaired() {
        String base = "The dam opened its gates on Tuesday. The governor praised the engineers for their work.";
        String other = "The dam opened its gates on Tuesday. A football match was postponed in the capital city.";
        Alignment al = align(base, other);
        assertEquals(Relation.DROPPED, pairOf(al, "The governor").relation());
        assertEquals(1, al.count(Relation.ADDED));
        al.pairs().stream().filter(p -> p.relation() == Relation.ADDED).forEach(p -> assertNotNull(p.other()));
    }

    @Test
    void aParaphraseThatKeepsTheFactsPairs() {
        String base = "About 1,200 residents were evacuated from the river districts overnight, the regional "
                + "governor, Elena Varga, told reporters in Marlow.";
        String other = "Some 1,200 people were moved out of the river districts overnight, regional governor "
                + "Elena Varga said at a briefing in Marlow.";
        Alignment al = align(base, other);
        assertEquals(Relation.CHANGED, al.pairs().get(0).relation());
    }

    @Test
    void movedSentencesAreMarkedMoved() {
        String base = "Alpha river flooded the valley. Bravo bridge was closed by police. Charlie school opened "
                + "as a shelter. Delta farmers lost their crops.";
        String other = "Delta farmers lost their crops. Alpha river flooded the valley. Bravo bridge was closed by "
                + "police. Charlie school opened as a shelter.";
        Alignment al = align(base, other);
        assertEquals(Relation.MOVED, pairOf(al, "Delta").relation());
        assertEquals(3, al.count(Relation.SAME));
    }

    @Test
    void aSplitSentenceIsGroupedOneToMany() {
        String base = "The banned Harbour Front group claimed responsibility for the blasts, saying it had "
                + "launched an operation dubbed Tidewater against the port.";
        String other = "The banned Harbour Front group claimed responsibility for the blasts. The group said it "
                + "launched an operation dubbed Tidewater against the port.";
        Alignment al = align(base, other);
        assertEquals(2, al.pairs().size());
        al.pairs().forEach(p -> assertEquals(Link.SPLIT, p.link()));
        al.pairs().forEach(p -> assertEquals(0, p.baseIndex()));
    }

    @Test
    void mergedSentencesAreGroupedManyToOne() {
        String base = "The storm cut power to 4,000 homes in Eastholm. Crews restored the grid in Eastholm by "
                + "Friday evening.";
        String other =
                "The storm cut power to 4,000 homes in Eastholm, and crews restored the grid by Friday " + "evening.";
        Alignment al = align(base, other);
        assertEquals(2, al.pairs().size());
        al.pairs().forEach(p -> assertEquals(Link.MERGE, p.link()));
    }

    @Test
    void outputIsDeterministic() {
        String base = "One two three. Four five six. Seven eight nine. Ten eleven twelve.";
        String other = "Four five six seven. One two. Ten eleven twelve. Seven eight nine.";
        assertEquals(align(base, other), align(base, other));
    }

    @Test
    void spansIndexTheOriginalTexts() {
        String base = "  Prices rose \u2014 sharply.  ";
        String other = "Prices rose - very sharply.";
        AlignedPair p = align(base, other).pairs().get(0);
        assertEquals("Prices rose \u2014 sharply.", p.base().of(base));
        assertEquals("very", p.edits().get(0).other().of(other));
    }
}

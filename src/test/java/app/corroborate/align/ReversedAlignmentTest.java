package app.corroborate.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReversedAlignmentTest {

    @Test
    void reversingSwapsSidesRelationsAndEdits() {
        String a = "The dam opened on Tuesday. About 1,200 people left. The mayor spoke to reporters at noon.";
        String b = "The dam opened on Tuesday. About 2,100 people left. A new claim appears in this version.";
        Alignment forward =
                new SentenceAligner().align(AlignerContract.version("a", a), AlignerContract.version("b", b));
        Alignment back = forward.reversed();
        assertEquals("b", back.base().id());
        assertEquals(forward.count(Relation.ADDED), back.count(Relation.DROPPED));
        assertEquals(forward.count(Relation.DROPPED), back.count(Relation.ADDED));
        AlignedPair changed = back.pairs().stream()
                .filter(p -> p.relation() == Relation.CHANGED)
                .findFirst()
                .orElseThrow();
        assertEquals("2,100", changed.edits().get(0).base().of(b));
        assertEquals("1,200", changed.edits().get(0).other().of(a));
        assertEquals(
                List.of(0, 1, 2),
                back.pairs().stream()
                        .filter(p -> p.baseIndex() >= 0)
                        .map(AlignedPair::baseIndex)
                        .toList());
    }
}

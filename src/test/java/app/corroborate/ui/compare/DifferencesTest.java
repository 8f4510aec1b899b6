package app.corroborate.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.align.Alignment;
import app.corroborate.align.Relation;
import app.corroborate.source.SourceDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The differences F7 walks: word edits, added and dropped sentences, in the compared version's order. */
class DifferencesTest {

    @Test
    void everyEditAndEveryOneSidedSentenceIsADifferenceInReadingOrder() throws Exception {
        SourceDocument base = ComparisonStylesTest.doc("a.txt", ComparisonStylesTest.BASE);
        SourceDocument other = ComparisonStylesTest.doc("b.txt", ComparisonStylesTest.OTHER);
        Alignment al = ComparisonStylesTest.align(base, other);
        ScrollMap map = ScrollMap.of(al, base.text().length(), other.text().length());
        List<Difference> diffs = Differences.of(al, map);
        assertTrue(diffs.stream()
                .anyMatch(d -> d.relation() == Relation.DROPPED
                        && d.base().of(base.text()).startsWith("Two people")));
        assertTrue(diffs.stream()
                .anyMatch(d -> d.relation() == Relation.ADDED
                        && d.other().of(other.text()).startsWith("Schools")));
        assertTrue(diffs.stream().anyMatch(d -> d.other().of(other.text()).equals("2,100")));
        for (int i = 1; i < diffs.size(); i++) {
            assertTrue(diffs.get(i).other().start() >= diffs.get(i - 1).other().start(), "in reading order");
        }
        assertEquals(0, Differences.next(diffs, -1));
        assertEquals(0, Differences.next(diffs, diffs.size() - 1), "wraps around");
        assertEquals(diffs.size() - 1, Differences.previous(diffs, 0));
        assertEquals(-1, Differences.next(List.of(), 3));
    }
}

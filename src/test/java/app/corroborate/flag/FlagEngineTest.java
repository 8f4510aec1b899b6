package app.corroborate.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.collate.Collation;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlagEngineTest {

    private static final String BASE = "Navigation Home News\n\nPolice said 41 people were arrested after the march "
            + "on Saturday. The crowd of 3,000 left the square within two hours.";

    @Test
    void fingerprintsAreStableAcrossRuns() {
        String version = BASE.replace("41 people", "14 people").replace("3,000", "at least 3,000");
        List<Flag> first = FlagEngine.standard().run(Cases.collate(BASE, version));
        List<Flag> second = FlagEngine.standard().run(Cases.collate(BASE, version));
        assertEquals(2, first.size());
        assertEquals(
                first.stream().map(Flag::id).toList(),
                second.stream().map(Flag::id).toList());
        assertTrue(first.stream().map(Flag::id).distinct().count() == 2);
        first.forEach(f -> assertEquals("v1", f.source()));
    }

    @Test
    void aRuleThatFailsLosesOnlyItsOwnFindings() {
        String version = BASE.replace("41 people", "14 people");
        FlagRule failing = c -> {
            throw new IllegalStateException("a rule's bug");
        };
        List<Flag> flags = new FlagEngine(List.of(failing, new NumberRule())).run(Cases.collate(BASE, version));
        assertEquals(1, flags.size(), "the number rule still flags the changed figure");
        assertEquals(FlagKind.NUMBER, flags.get(0).kind());
    }

    @Test
    void identicalVersionsRaiseNothing() {
        assertEquals(List.of(), FlagEngine.standard().run(Cases.collate(BASE, BASE, BASE)));
    }

    @Test
    void copiesAreGroupedAndIndependentRewritesAreNot() {
        String rewrite = "After a march on Saturday, officers detained 41 demonstrators. Three thousand marchers "
                + "dispersed within a couple of hours.";
        Collation c = Cases.collate(BASE, BASE + " Traffic resumed later.", rewrite);
        assertEquals(c.group()[0], c.group()[1]);
        assertTrue(c.group()[2] != c.group()[0]);
    }
}

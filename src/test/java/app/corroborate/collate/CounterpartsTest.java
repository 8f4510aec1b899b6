package app.corroborate.collate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.align.AlignedPair;
import app.corroborate.align.Link;
import java.util.List;
import org.junit.jupiter.api.Test;

class CounterpartsTest {

    static final String BASE = "Storms closed the coastal road near Holmvik on Monday.\n\n"
            + "The harbour office said two fishing boats sank at their moorings.\n\n"
            + "The nine stranded hikers are believed to have sheltered in a mountain hut about 300 metres below the "
            + "summit, warden Erik Sandvold said.\n\n"
            + "Rescuers recovered the body of a tenth hiker from a ravine on Tuesday morning.\n\n"
            + "The hut holds blankets, food and a radio for up to four days, the club said in a statement.\n\n"
            + "A helicopter from the air base at Tromsby was grounded by high winds.\n\n"
            + "Snow ploughs were expected to reopen the road by Wednesday.";

    /** The hikers' sentence is merged into the hut's, which moved to the end: the aligner pairs only the hut's. */
    static final String VERSION = "Storms closed the coastal road near Holmvik on Monday.\n\n"
            + "Two fishing boats sank at their moorings, the harbour office said.\n\n"
            + "A helicopter from the air base at Tromsby was grounded by high winds.\n\n"
            + "Snow ploughs were expected to reopen the road by Wednesday.\n\n"
            + "The body of a tenth hiker was recovered from a ravine on Tuesday morning.\n\n"
            + "The club believes all nine hikers made it to a hut 300 metres below the summit, which according to a "
            + "statement holds blankets, food and a radio for up to four days.";

    static Collation collate(String... texts) {
        return TestCollations.of(texts);
    }

    @Test
    void aClaimMergedIntoAnotherSentenceFindsThatSentence() {
        Comparison c = collate(BASE, VERSION).comparison(1);
        List<AlignedPair> found = c.counterparts();
        assertEquals(1, found.size(), found.toString());
        AlignedPair p = found.get(0);
        assertTrue(c.baseText(p.base()).startsWith("The nine stranded hikers"), c.baseText(p.base()));
        assertTrue(c.versionText(p.other()).startsWith("The club believes"), c.versionText(p.other()));
        assertEquals(Link.NONE, p.link());
        assertTrue(p.edits().isEmpty());
    }

    @Test
    void closelyPairedSentencesHaveNoCounterpart() {
        Comparison c = collate(BASE, BASE).comparison(1);
        assertEquals(List.of(), c.counterparts());
    }

    @Test
    void aSentenceThatSharesOnlyItsTopicHasNone() {
        String version = "Storms closed the coastal road near Holmvik on Monday.\n\n"
                + "Volunteers from the club carried food up the mountain to a hut, though nobody knew who was inside.";
        Comparison c = collate(BASE, version).comparison(1);
        assertTrue(
                c.counterparts().stream().noneMatch(p -> c.baseText(p.base()).startsWith("The nine")),
                c.counterparts().toString());
    }
}

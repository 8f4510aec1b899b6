package app.corroborate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.text.Span;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnchoringTest {

    private static final String OLD = "The governor said 1,200 residents were evacuated. Police said the bridge "
            + "was closed. The governor said the army would help.";

    private static TextQuoteSelector select(String text, String exact, int nth) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = text.indexOf(exact, at + 1);
        }
        return TextQuoteSelector.of(text, at, at + exact.length());
    }

    @Test
    void aPassageMovedByAnEditIsFoundAgain() {
        TextQuoteSelector sel = select(OLD, "1,200 residents were evacuated", 0);
        String updated = "UPDATE: " + OLD.replace("Police said", "Police in Marlow said");
        Optional<Span> placed = Anchoring.place(updated, sel, 18);
        assertEquals("1,200 residents were evacuated", placed.orElseThrow().of(updated));
    }

    @Test
    void repeatedWordsArePlacedByTheirContext() {
        TextQuoteSelector second = select(OLD, "The governor said", 1);
        String updated = OLD.replace("Police said", "Officers said");
        Span placed = Anchoring.place(updated, second, 0).orElseThrow();
        assertTrue(placed.start() > updated.indexOf("Officers"), "the second occurrence");
    }

    @Test
    void aPassageThatIsGoneBecomesAnOrphanNotALookAlike() {
        TextQuoteSelector sel = select(OLD, "the bridge was closed", 0);
        String updated = "The governor said 1,200 residents were evacuated. Elsewhere, the bridge was closed "
                + "to lorries last year. The governor said the army would help.";
        assertEquals(
                Optional.empty(),
                Anchoring.place(updated.replace("the bridge was closed to lorries", "a road was shut"), sel, 60));
        TextQuoteSelector shortQuote = select(OLD, "was closed", 0);
        String elsewhere = "The governor said 1,200 residents were evacuated. The museum was closed for repairs.";
        assertEquals(Optional.empty(), Anchoring.place(elsewhere, shortQuote, 60));
    }

    @Test
    void typographicDifferencesStillMatch() {
        String text = "He said \"no risk of failure\" today.";
        TextQuoteSelector sel = select(text, "\"no risk of failure\"", 0);
        String updated = "He said \u201Cno risk of failure\u201D today.";
        assertEquals(
                "\u201Cno risk of failure\u201D",
                Anchoring.place(updated, sel, 8).orElseThrow().of(updated));
    }

    @Test
    void locateNeedsContextForRepeatedQuotes() throws CaseException {
        CaseException e = assertThrows(
                CaseException.class,
                () -> Anchoring.locate(OLD, new TextQuoteSelector("The governor said", null, null)));
        assertTrue(e.getMessage().contains("occurs 2 times"));
        Span s = Anchoring.locate(OLD, new TextQuoteSelector("The governor said", null, " the army"));
        assertTrue(s.start() > 50);
        assertThrows(CaseException.class, () -> Anchoring.locate(OLD, new TextQuoteSelector("absent words", "", "")));
    }
}

package app.corroborate.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineBreakHyphensTest {

    @Test
    void aWordBrokenAtTheEndOfAPrintedLineIsWholeAgain() {
        assertEquals(
                "\"Nobody wants restrictions, but we had no choice,\" she said.",
                LineBreakHyphens.join("\"Nobody wants restric-\ntions, but we had no choice,\" she said."));
    }

    @Test
    void aCompoundTheTextWritesWholeKeepsItsHyphen() {
        String text = "A well-known council ran a well-\nknown barrier.";
        assertEquals("A well-known council ran a well-known barrier.", LineBreakHyphens.join(text));
    }

    @Test
    void dashesCapitalsAndFiguresStay() {
        String text = "The vote -\nlate on Monday - was 12-\n10 for the anti-\nSemitism bill.";
        assertEquals(text, LineBreakHyphens.join(text));
    }

    @Test
    void aPlainTextPageIsReadWithItsWordsWhole() throws ImportException {
        SourceDocument d = new SourceImporter()
                .fromBytes(
                        "print.txt",
                        "The fines rise to $1,200 for repeat breach-\nes, the authority said.\n"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals("The fines rise to $1,200 for repeat breaches, the authority said.\n", d.text());
    }
}

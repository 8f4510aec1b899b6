package app.corroborate.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.corroborate.source.ImportException;
import app.corroborate.source.SourceDocument;
import app.corroborate.source.SourceImporter;
import app.corroborate.text.Span;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EvaluationFindTest {

    private static SourceDocument doc(String text) throws ImportException {
        return new SourceImporter().fromBytes("v.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aKeysTextIsFoundAsItStands() throws ImportException {
        SourceDocument d = doc("The relief agency sent 1,500 bags of maize flour to the district on Tuesday.");
        Span s = Evaluation.find(d, "1,500 bags of maize flour");
        assertEquals("1,500 bags of maize flour", s.of(d.text()));
    }

    @Test
    void aKeyQuotingHardWrappedLinesIsFoundInTheRunOnText() throws ImportException {
        SourceDocument d = doc("The relief agency sent 1,500 bags of maize flour to the district on Tuesday.");
        Span s = Evaluation.find(d, "sent 1,500\nbags of   maize flour");
        assertEquals("sent 1,500 bags of maize flour", s.of(d.text()));
        assertNull(Evaluation.find(d, "sent 1,600\nbags"));
    }
}

package app.corroborate.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.corroborate.source.SourceImporter;
import app.corroborate.text.NumberPhrase;
import app.corroborate.text.TokenDictionary;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClockTimesTest {

    private static List<Boolean> timeParts(String text) throws Exception {
        var doc = new SourceImporter().fromBytes("page.txt", text.getBytes(StandardCharsets.UTF_8));
        DocumentAnalysis d = new DocumentAnalysis(doc, new TokenDictionary());
        return d.sentences().stream()
                .flatMap(s -> s.numbers().stream())
                .map((NumberPhrase n) -> DateMentions.isTimePart(d, n))
                .toList();
    }

    @Test
    void twelveBeforeNoonOrMidnightIsAClockTime() throws Exception {
        assertEquals(
                List.of(true, true, false), timeParts("Work stops between 12 noon and 4 pm, and 12 workers left."));
        assertEquals(List.of(true), timeParts("The curfew starts at 12 midnight."));
    }

    @Test
    void fourDigitsBeforeATimeZoneAreAClockTime() throws Exception {
        assertEquals(List.of(true, false), timeParts("The cable broke at 0347 GMT and 1400 households lost service."));
    }
}

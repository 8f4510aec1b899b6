package app.corroborate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationsTest {

    private static List<String> inner(String text) {
        return Quotations.find(text).stream().map(q -> q.inner().of(text)).toList();
    }

    @Test
    void findsTypographicAndStraightQuotations() {
        String text = "He said \u201Cwe reject this\u201D and called it \"baseless\".";
        assertEquals(List.of("we reject this", "baseless"), inner(text));
    }

    @Test
    void apostrophesNeverOpenOrCloseAQuotation() {
        String text = "Pakistan\u2019s army and the victims\u2019 families said \u2018no comment\u2019 today.";
        assertEquals(List.of("no comment"), inner(text));
    }

    @Test
    void anUnclosedQuotationStopsAtTheLineEnd() {
        String text = "He said \u201Cthis never closes\nNext line \u201Cclosed\u201D.";
        assertEquals(List.of("closed"), inner(text));
    }

    @Test
    void outerSpanIncludesTheMarks() {
        String text = "x \u201Cy\u201D z";
        assertEquals("\u201Cy\u201D", Quotations.find(text).get(0).outer().of(text));
    }

    @Test
    void plainSingleQuotesAreQuotationMarksButPossessivesAndDecadesAreNot() {
        String text = "'We left at dawn,' a farmer said of the workers' camp in the '90s.";
        List<Quotations.Quotation> q = Quotations.find(text);
        assertEquals(1, q.size(), q.toString());
        assertEquals("We left at dawn,", q.get(0).inner().of(text));
    }

    @Test
    void aClosingMarkWhoseOpeningWasLostClosesAQuotationFromItsSentenceStart() {
        String text = "Crews arrived at noon. The road was still closed,\" he added. Later it opened.";
        List<Quotations.Quotation> q = Quotations.find(text);
        assertEquals(1, q.size(), q.toString());
        assertEquals("The road was still closed,", q.get(0).inner().of(text));
    }
}

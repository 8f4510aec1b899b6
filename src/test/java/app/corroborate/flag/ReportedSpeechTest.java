package app.corroborate.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReportedSpeechTest {

    @Test
    void plainLowersStraightensQuotesAndFoldsSpaces() {
        assertEquals(
                "\"we will 'rebuild' it", ReportedSpeech.plain("  \u201CWe  will\n\u2018rebuild\u2019 it. \u201D "));
    }

    @Test
    void plainDropsTrailingPunctuationMixedWithSpaces() {
        assertEquals("it was over", ReportedSpeech.plain("It was over . ! \"  "));
        assertEquals("", ReportedSpeech.plain(" .. "));
    }

    @Test
    void plainKeepsInnerPunctuation() {
        assertEquals("no, not yet; later", ReportedSpeech.plain("No,\tnot yet;\r\nlater"));
    }

    @Test
    void quotedParagraphsAreThoseWithAQuotationMarkKeptApartAndRunOnAcrossTheirLineBreaks() {
        String text =
                "The mayor spoke.\n\n\u201CWe will rebuild,\u201D she said.\n\nNo quote here.\n\n\"And soon,\nand well.\"";
        assertEquals(
                "\"we will rebuild,\" she said.\u0000\"and soon, and well.\"\u0000", ReportedSpeech.quotedLines(text));
    }
}

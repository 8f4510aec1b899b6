package app.corroborate.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void aPassageIsQuotedOnceAndADirectQuoteKeepsItsOwnMarks() {
        assertEquals("\u201Cthe mayor said\u201D", Labels.quoted(" the mayor said "));
        assertEquals(
                "\"The will of the people was subverted,\"",
                Labels.quoted("\"The will of the people was subverted,\""));
        assertEquals(
                "\u201CWe will appeal,\u201D the lawyer said.",
                Labels.quoted("\u201CWe will appeal,\u201D the lawyer said."));
    }
}

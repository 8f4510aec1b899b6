package app.corroborate.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The reason a case cannot be opened reads as a sentence in the dialog. */
class RefusalSentenceTest {

    @Test
    void aReasonAboutTheFileFollowsItsName() {
        assertEquals(
                "bad.corroborate is not a Corroborate case file.",
                MainWindow.sentence("bad.corroborate", "is not a Corroborate case file"));
    }

    @Test
    void anyOtherReasonStartsWithACapital() {
        assertEquals(
                "The analysis was cancelled.", MainWindow.sentence("court.corroborate", "the analysis was cancelled"));
        assertEquals("Disk full.", MainWindow.sentence("x", "Disk full."));
    }
}

package app.corroborate.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class QuoteWordsTest {

    @Test
    void aClockTimeWrittenInHouseStyleIsTheSameWords() {
        assertEquals(
                QuoteWords.plain("I caught the 6 a.m. bus and was home by 11 P.M."),
                QuoteWords.plain("I caught the 6am bus and was home by 11pm"));
    }

    @Test
    void anotherHourOrAWordAfterAFigureStillDiffers() {
        assertNotEquals(QuoteWords.plain("the 6 a.m. bus"), QuoteWords.plain("the 7 a.m. bus"));
        assertNotEquals(QuoteWords.plain("we saw 4 a man"), QuoteWords.plain("we saw 4am"));
    }
}

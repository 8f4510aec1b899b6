package app.corroborate.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublishedDayTest {

    @Test
    void aPagesDateIsReadInTheFormsPagesWriteIt() {
        LocalDate day = LocalDate.of(2026, 6, 7);
        assertEquals(day, PublishedDay.parse("2026-06-07T17:35:00+06:00"));
        assertEquals(day, PublishedDay.parse("Sunday, 7 June 2026, 18:20"));
        assertEquals(day, PublishedDay.parse("Sunday, June 7, 2026 - 11:04 AM"));
        assertEquals(day, PublishedDay.parse("07-Jun-2026 15:47 SLST"));
        assertEquals(day, PublishedDay.parse("Sunday, 7 June, 2026"));
    }

    @Test
    void anAmbiguousOrIncompleteDateIsNone() {
        assertNull(PublishedDay.parse("07-06-2026 15:16"));
        assertNull(PublishedDay.parse("June 7"));
        assertNull(PublishedDay.parse("0:00 / 2:48"));
        assertNull(PublishedDay.parse("31 February 2026"));
        assertNull(PublishedDay.parse(null));
    }
}

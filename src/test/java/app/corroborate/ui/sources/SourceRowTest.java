package app.corroborate.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.review.SourceSummary;
import org.junit.jupiter.api.Test;

/** What a source's row says about it: copies, flags, and a warning when it is most likely another story. */
class SourceRowTest {

    private static SourceSummary summary(int index, boolean base) {
        return new SourceSummary(
                index,
                "s" + index,
                "/c/v" + index + ".txt",
                "v" + index + ".txt",
                "Outlet",
                null,
                null,
                300,
                base,
                index,
                0,
                index);
    }

    @Test
    void aVersionThatHardlySharesASentenceWithTheBaseIsMarkedAsAnotherStory() {
        SourceRow row = new SourceRow(summary(2, false), 3, 1, 0.0);
        assertEquals("another story?", row.unrelatedBadge());
        assertTrue(row.unrelatedReason().startsWith("Only 0% "), row.unrelatedReason());
    }

    @Test
    void anIndependentReportOfTheSameEventAndTheBaseAreNot() {
        assertNull(new SourceRow(summary(2, false), 3, 1, 0.11).unrelatedBadge());
        assertNull(new SourceRow(summary(0, true), 0, 0, 0.0).unrelatedBadge());
    }
}

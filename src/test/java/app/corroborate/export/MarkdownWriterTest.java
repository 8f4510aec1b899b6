package app.corroborate.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.store.sqlite.SqliteCaseStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownWriterTest {

    @TempDir
    Path dir;

    @Test
    void aSummaryMatchesItsGoldenFile() throws Exception {
        Golden.check("summary.md", new MarkdownWriter().write(HandMadeSummary.summary()));
    }

    @Test
    void theUnreviewedCountComesFirstAndNothingUnreviewedIsUnderVerified() throws Exception {
        try (SqliteCaseStore store = ExportFixtures.judged(dir)) {
            String md = new MarkdownWriter().write(ExportFixtures.summary(store));
            assertEquals(
                    "**4 of 8 items are still unreviewed.** Verified: 1. False: 2. Disputed: 1. "
                            + "Unverifiable: 0. Unreviewed: 4. Flags: 2 of 3 reviewed. Claims: 2 of 5 reviewed.",
                    md.lines().toList().get(2));
            String verified = between(md, "## Verified claims and flags", "## False and disputed");
            assertFalse(verified.contains("Unreviewed"), verified);
            assertFalse(verified.contains("Tuesday' became"), "the unreviewed date flag is not verified");
            assertTrue(between(md, "## Unreviewed", "## Annotations").contains("Flag (date, high)"));
        }
    }

    @Test
    void notesAndSourcesComeOutAsTextAndOnlyWebAddressesAsLinks() throws Exception {
        try (SqliteCaseStore store = ExportFixtures.judged(dir)) {
            String md = new MarkdownWriter().write(ExportFixtures.summary(store));
            assertFalse(md.contains("<script>"), "raw markup");
            assertTrue(md.contains("\\<script\\>alert('x')\\</script\\> \\& co"));
            assertTrue(md.contains("\\<b\\>CLOSED\\</b\\>"));
            assertTrue(md.contains("<https://example.org/report?id=7&lang=en>"));
            assertTrue(md.contains("Evidence: javascript:alert(1)"));
            assertFalse(md.contains("<javascript:"));
        }
    }

    @Test
    void markdownPunctuationIsEscaped() {
        assertEquals(
                "\\*bold\\* \\[link\\](x) \\`code\\` a\\|b \\&amp; \\<i\\>",
                MarkdownWriter.md("*bold* [link](x) `code` a|b &amp; <i>"));
        assertEquals("two lines", MarkdownWriter.md("two\n  lines"));
    }

    static String between(String text, String from, String to) {
        int a = text.indexOf(from);
        int b = text.indexOf(to, a);
        return text.substring(a, b);
    }
}

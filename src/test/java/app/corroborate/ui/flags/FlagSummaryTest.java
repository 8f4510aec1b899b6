package app.corroborate.ui.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.corroborate.flag.Flag;
import app.corroborate.flag.FlagKind;
import app.corroborate.flag.Severity;
import app.corroborate.text.Span;
import org.junit.jupiter.api.Test;

/** The few words of the flag list say what changed, and a phrase gone from a sentence reads as gone. */
class FlagSummaryTest {

    private static final String BASE = "About 1,200 residents were evacuated, officials said.";

    @Test
    void aChangedFigureReadsAsBeforeAndAfter() {
        String version = "Some 2,100 people were evacuated, officials said.";
        assertEquals(
                "About 1,200 residents \u2192 Some 2,100 people",
                FlagSummary.of(
                        flag(find(BASE, "About 1,200 residents"), find(version, "Some 2,100 people")), BASE, version));
    }

    @Test
    void aChargedRewordingReadsAsBeforeAndAfterHoweverLonger() {
        String base = "The authority opened the spillway on Tuesday.";
        String version = "The authority dumped water through the spillway on Tuesday.";
        assertEquals(
                "opened \u2192 dumped water through",
                FlagSummary.of(flag(find(base, "opened"), find(version, "dumped water through")), base, version));
    }

    @Test
    void anAttributionGoneFromTheSentenceReadsAsMissingNotAsARewording() {
        String version = "LINDBROOK \u2014 About 1,200 residents were evacuated overnight from the river districts.";
        assertEquals(
                "officials said \u2192 missing from \u201CLINDBROOK \u2014 About 1,200 residents were\u2026\u201D",
                FlagSummary.of(flag(find(BASE, "officials said"), new Span(0, version.length())), BASE, version));
    }

    @Test
    void aPhraseAddedToASentenceReadsAsAdded() {
        String version = "About 1,200 residents were evacuated, police said.";
        String base = "About 1,200 residents were evacuated from the river districts overnight.";
        assertEquals(
                "police said \u2192 added to \u201CAbout 1,200 residents were evacuated from the\u2026\u201D",
                FlagSummary.of(flag(new Span(0, base.length()), find(version, "police said")), base, version));
    }

    @Test
    void oneSidedFlagsSayWhichSide() {
        assertEquals("dropped: officials said", FlagSummary.of(flag(find(BASE, "officials said"), null), BASE, ""));
        assertEquals("only here: officials said", FlagSummary.of(flag(null, find(BASE, "officials said")), "", BASE));
    }

    private static Span find(String text, String words) {
        int at = text.indexOf(words);
        return new Span(at, at + words.length());
    }

    private static Flag flag(Span base, Span version) {
        return new Flag("id", FlagKind.ATTRIBUTION, Severity.HIGH, "v.txt", base, version, "explained");
    }
}

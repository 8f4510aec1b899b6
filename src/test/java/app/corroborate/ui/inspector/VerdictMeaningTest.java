package app.corroborate.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import app.corroborate.flag.FlagKind;
import app.corroborate.store.Verdict;
import org.junit.jupiter.api.Test;

class VerdictMeaningTest {

    @Test
    void verifiedOnLoadedWordingJudgesTheWordingNotTheFlag() {
        assertEquals(
                "1 Verified: the version's wording is fair to the facts. 2 False: the version's wording misleads.",
                VerdictMeaning.hint(FlagKind.WORDING_LOADED));
    }

    @Test
    void everyKindAndVerdictHasItsOwnWords() {
        for (FlagKind k : FlagKind.values()) {
            assertNotEquals(VerdictMeaning.of(k, Verdict.VERIFIED), VerdictMeaning.of(k, Verdict.FALSE), k.id());
            for (Verdict v : Verdict.values()) {
                assertNotEquals("", VerdictMeaning.of(k, v));
            }
        }
    }
}

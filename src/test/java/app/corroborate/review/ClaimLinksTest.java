package app.corroborate.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.claim.Claim;
import app.corroborate.flag.Flag;
import app.corroborate.flag.FlagKind;
import app.corroborate.ui.CaseFixtures;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flags linked to the claims they are about, found by position as a reading of every claim would find them. */
class ClaimLinksTest {

    @TempDir
    Path dir;

    @Test
    void eachFlagLinksToTheFirstFittingClaimItsSpansTouchAndTheClaimListsItsFlags() throws Exception {
        CaseAnalysis analysis = CaseFixtures.courtAnalysis(dir);
        ClaimLinks links = ClaimLinks.of(analysis);
        int linked = 0;
        for (Flag f : analysis.flags()) {
            Optional<Claim> expected = analysis.claimsAbout(f).stream()
                    .filter(c -> ClaimLinks.fitting(f.kind()).contains(c.kind()))
                    .findFirst();
            assertEquals(expected, links.claimOf(f), f.explanation());
            if (expected.isPresent()) {
                linked++;
                assertTrue(links.flagsOn(expected.get().id()).contains(f), "the claim lists the flag");
            }
        }
        assertTrue(linked > 0, "the rewrites' changed figures and quotes are about claims of the matrix");
        long listed = analysis.claims().claims().stream()
                .mapToLong(c -> links.flagsOn(c.id()).size())
                .sum();
        assertEquals(linked, listed, "a flag is listed on one claim only");
        assertTrue(ClaimLinks.fitting(FlagKind.NAME_SPELLING).isEmpty(), "no claim states a spelling");
        assertTrue(ClaimLinks.fitting(FlagKind.SENTENCE_DROPPED).isEmpty());
    }
}

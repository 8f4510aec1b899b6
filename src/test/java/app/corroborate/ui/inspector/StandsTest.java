package app.corroborate.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.claim.Claim;
import app.corroborate.review.CaseAnalysis;
import app.corroborate.ui.CaseFixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every source says about a fact: every source once, copies that say the same together. */
class StandsTest {

    @TempDir
    Path dir;

    @Test
    void everySourceAppearsOnceAndCopiesThatAgreeShareAStand() throws Exception {
        CaseAnalysis analysis = CaseFixtures.courtAnalysis(dir);
        assertTrue(!analysis.claims().claims().isEmpty());
        boolean sawSharedStand = false;
        for (Claim c : analysis.claims().claims()) {
            List<Stand> stands = Stands.of(c, analysis);
            List<Integer> all =
                    stands.stream().flatMap(s -> s.sources().stream()).sorted().toList();
            assertEquals(List.of(0, 1, 2, 3), all, "every source exactly once");
            for (Stand s : stands) {
                long groups = s.sources().stream()
                        .map(i -> analysis.sources().get(i).group())
                        .distinct()
                        .count();
                assertEquals(1, groups, "a stand never mixes independent sources");
                sawSharedStand |= s.sources().size() > 1;
            }
        }
        assertTrue(sawSharedStand, "the wire and its copy share a stand where they say the same");
        var dropped = analysis.flags().stream()
                .filter(f -> f.baseSpan() != null)
                .findFirst()
                .orElseThrow();
        List<Stand> bySentence = Stands.ofSentence(dropped, analysis);
        assertEquals(
                List.of(0, 1, 2, 3),
                bySentence.stream().flatMap(s -> s.sources().stream()).sorted().toList(),
                "without a claim, every source's facing sentence is shown");
        assertEquals(app.corroborate.claim.Status.AGREES, bySentence.get(0).status(), "the base agrees with itself");
    }

    @Test
    void aNameSpellingFlagShowsHowEachSourceSpellsTheName() throws Exception {
        CaseAnalysis analysis = CaseFixtures.courtAnalysis(dir);
        var spelling = analysis.flags().stream()
                .filter(f -> f.kind() == app.corroborate.flag.FlagKind.NAME_SPELLING)
                .findFirst()
                .orElseThrow();
        List<Stand> stands = Stands.ofSpelling(spelling, analysis);
        assertEquals(
                List.of(0, 1, 2, 3),
                stands.stream().flatMap(s -> s.sources().stream()).sorted().toList(),
                "every source once");
        int flagged = analysis.indexOf(spelling.source());
        String asVariant =
                spelling.variantSpan().of(analysis.documents().get(flagged).text());
        for (Stand s : stands) {
            if (s.sources().contains(flagged)) {
                assertEquals(app.corroborate.claim.Status.DIFFERS, s.status());
                assertEquals(asVariant, s.text(), "the stand shows the spelling itself");
            }
            if (s.sources().contains(0)) {
                assertEquals(app.corroborate.claim.Status.AGREES, s.status(), "the base spells it its own way");
            }
        }
    }

    @Test
    void aFlagShowsTheStandsOnAFactOfItsOwnKind() throws Exception {
        CaseAnalysis analysis = CaseFixtures.courtAnalysis(dir);
        int checked = 0;
        for (var flag : analysis.flags()) {
            List<Stand> stands = Stands.forFlag(flag, analysis);
            if (flag.baseSpan() != null) {
                assertEquals(
                        List.of(0, 1, 2, 3),
                        stands.stream()
                                .flatMap(s -> s.sources().stream())
                                .sorted()
                                .toList(),
                        "every source once for " + flag);
            }
            var claims = analysis.claimsAbout(flag);
            var figure = claims.stream()
                    .filter(c -> c.kind() == app.corroborate.claim.ClaimKind.FIGURE)
                    .findFirst();
            boolean ownKindClaim = claims.stream()
                    .anyMatch(c -> c.kind() == app.corroborate.claim.ClaimKind.ATTRIBUTION
                            || c.kind() == app.corroborate.claim.ClaimKind.QUOTE);
            if (flag.kind() == app.corroborate.flag.FlagKind.ATTRIBUTION && figure.isPresent() && !ownKindClaim) {
                assertEquals(Stands.ofSentence(flag, analysis), stands, "the sentence, not the figure beside it");
                String words = flag.baseSpan().of(analysis.documents().get(0).text());
                for (Stand s : stands) {
                    if (s.status() == app.corroborate.claim.Status.AGREES) {
                        assertTrue(s.text().contains(words), s.text() + " agrees only if it keeps '" + words + "'");
                    }
                }
                checked++;
            }
            if (flag.kind() == app.corroborate.flag.FlagKind.NUMBER && figure.isPresent()) {
                assertEquals(Stands.of(figure.get(), analysis), stands, "a changed number shows its figure");
                checked++;
            }
        }
        assertTrue(checked > 0, "the court story has flags whose claims hold a figure");
    }
}

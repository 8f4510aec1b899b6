package app.corroborate.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.store.Verdict;
import app.corroborate.store.sqlite.SqliteCaseStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimReviewWriterTest {

    @TempDir
    Path dir;

    @Test
    void oneClaimReviewPerJudgedClaimWithEveryRequiredField() throws Exception {
        try (SqliteCaseStore store = ExportFixtures.judged(dir)) {
            JsonNode list = new ObjectMapper().readTree(new ClaimReviewWriter().write(ExportFixtures.summary(store)));
            assertTrue(list.isArray());
            assertEquals(2, list.size(), "the verified and the false claim; flags and unreviewed claims are not here");
            JsonNode verified = list.get(0);
            assertEquals("https://schema.org", verified.get("@context").asText());
            assertEquals("ClaimReview", verified.get("@type").asText());
            assertEquals("310 millimetres", verified.get("claimReviewed").asText());
            JsonNode rating = verified.get("reviewRating");
            assertEquals("Rating", rating.get("@type").asText());
            assertEquals(
                    List.of(4, 4, 1),
                    List.of(
                            rating.get("ratingValue").asInt(),
                            rating.get("bestRating").asInt(),
                            rating.get("worstRating").asInt()));
            assertEquals("Verified", rating.get("alternateName").asText());
            JsonNode claim = verified.get("itemReviewed");
            assertEquals("Claim", claim.get("@type").asText());
            assertEquals(2, claim.get("appearance").size());
            JsonNode wire = claim.get("appearance").get(0);
            assertEquals("CreativeWork", wire.get("@type").asText());
            assertEquals("The Valley Courier", wire.get("name").asText());
            assertEquals(
                    "Dam opens gates as Lindbrook floods", wire.get("headline").asText());
            assertEquals("2031-04-15", wire.get("datePublished").asText());
            assertEquals("Organization", verified.get("author").get("@type").asText());
            assertEquals("Faktë Check", verified.get("author").get("name").asText());
            assertEquals(
                    "https://fakte.example", verified.get("author").get("url").asText());
            assertEquals("2031-04-16", verified.get("datePublished").asText());
            JsonNode wrong = list.get(1);
            assertEquals("two days", wrong.get("claimReviewed").asText());
            assertEquals(1, wrong.get("reviewRating").get("ratingValue").asInt());
            assertFalse(list.toString().contains("nreviewed"));
        }
    }

    @Test
    void theScaleRunsFromFalseToVerified() {
        assertEquals(
                List.of(1, 2, 3, 4),
                List.of(
                        ClaimReviewWriter.rating(Verdict.FALSE),
                        ClaimReviewWriter.rating(Verdict.DISPUTED),
                        ClaimReviewWriter.rating(Verdict.UNVERIFIABLE),
                        ClaimReviewWriter.rating(Verdict.VERIFIED)));
        assertThrows(IllegalArgumentException.class, () -> ClaimReviewWriter.rating(Verdict.UNREVIEWED));
    }
}

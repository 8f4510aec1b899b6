package app.corroborate.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.collate.Collation;
import app.corroborate.source.SourceDocument;
import app.corroborate.source.SourceImporter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimEngineTest {

    private static final String WIRE = "Police said 41 people were arrested after the march in Marlow on Saturday. "
            + "\"We will not be silenced,\" organiser Ruth Adeyemi told the crowd. The crowd of 3,000 left the square "
            + "within two hours. Shops reopened on Sunday morning across the old town.";
    private static final String REWRITE = "Officers detained 14 demonstrators after Saturday's protest in Marlow, "
            + "police said. Organiser Ruth Adeyemi vowed that campaigners would not be silenced. Roughly 3,000 "
            + "marchers dispersed within two hours. Hospitals treated 12 people for minor injuries, a councillor said.";

    private static Collation collate(String... texts) throws Exception {
        List<SourceDocument> docs = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            docs.add(new SourceImporter().fromBytes("s" + i, texts[i].getBytes(StandardCharsets.UTF_8)));
        }
        return Collation.of(docs, 0);
    }

    private static Claim claim(ClaimsMatrix m, String text) {
        return m.claims().stream()
                .filter(c -> c.text().contains(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + text + " in " + m.claims()));
    }

    @Test
    void copiesCountOnceAndRewritesAgreeOrDiffer() throws Exception {
        Collation c = collate(WIRE, WIRE + " Traffic resumed later.", REWRITE);
        ClaimsMatrix m = new ClaimEngine().build(c);
        assertEquals(List.of(List.of("s0", "s1"), List.of("s2")), m.groups());
        Claim arrests = claim(m, "41 people");
        assertEquals(ClaimKind.FIGURE, arrests.kind());
        assertEquals(Status.AGREES, arrests.support().get("s1").status());
        assertEquals(Status.DIFFERS, arrests.support().get("s2").status());
        assertEquals(1, arrests.agreeing(), "the wire and its copy are one source");
        Claim crowd = claim(m, "3,000");
        assertEquals(Status.DIFFERS, crowd.support().get("s2").status(), "roughly 3,000 hedges the figure");
        Claim quote = claim(m, "We will not be silenced");
        assertEquals(ClaimKind.QUOTE, quote.kind());
        assertEquals(Status.DIFFERS, quote.support().get("s2").status());
    }

    @Test
    void aFactOnlyALaterSourceAddsIsItsOwnClaim() throws Exception {
        ClaimsMatrix m = new ClaimEngine().build(collate(WIRE, REWRITE));
        Claim inquiry = m.claims().stream()
                .filter(c -> c.origin().equals("s1"))
                .findFirst()
                .orElseThrow();
        assertEquals(Status.ABSENT, inquiry.support().get("s0").status());
        assertTrue(inquiry.singleSource());
    }

    @Test
    void idsAreStable() throws Exception {
        List<String> a = new ClaimEngine()
                .build(collate(WIRE, REWRITE)).claims().stream().map(Claim::id).toList();
        List<String> b = new ClaimEngine()
                .build(collate(WIRE, REWRITE)).claims().stream().map(Claim::id).toList();
        assertEquals(a, b);
        assertEquals(a.size(), a.stream().distinct().count());
    }

    @Test
    void anAttributedStatementIsTheSameOnlyFromTheSameSpeaker() throws Exception {
        String wire = "Shops in the old town will stay shut until Monday, the city's chamber of commerce said. "
                + "Traffic was diverted around the square.";
        String same = "Shops in the old town will stay shut until Monday, the chamber of commerce said on Sunday. "
                + "Traffic was diverted around the square.";
        String other = "Shops in the old town will stay shut until Monday, the mayor's office said on Sunday. "
                + "Traffic was diverted around the square.";
        String asFact = "Shops in the old town will stay shut until Monday for the clean-up after the march. "
                + "Traffic was diverted around the square.";
        ClaimsMatrix m = new ClaimEngine().build(collate(wire, same, other, asFact));
        Claim shut = m.claims().stream()
                .filter(c -> c.kind() == ClaimKind.ATTRIBUTION && c.text().contains("stay shut"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(m.claims().toString()));
        assertEquals(Status.AGREES, shut.support().get("s1").status(), "the same speaker");
        assertEquals(Status.DIFFERS, shut.support().get("s2").status(), "another speaker");
        assertEquals(Status.DIFFERS, shut.support().get("s3").status(), "stated as fact");
    }

    @Test
    void speakersAreOneByTheirLastWordOrAllTheirWords() throws Exception {
        String wire = "The road will stay closed until Monday, city police said. Traffic was diverted.";
        ClaimsMatrix m = new ClaimEngine()
                .build(collate(
                        wire,
                        wire.replace("city police", "police"),
                        wire.replace("city police", "the city council"),
                        wire.replace("city police", "an official of the city police")));
        Claim closed = m.claims().stream()
                .filter(c -> c.kind() == ClaimKind.ATTRIBUTION && c.text().contains("stay closed"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(m.claims().toString()));
        assertEquals(Status.AGREES, closed.support().get("s1").status(), "every word of one is a word of the other");
        assertEquals(Status.DIFFERS, closed.support().get("s2").status(), "another body of the same city");
        assertEquals(Status.AGREES, closed.support().get("s3").status(), "the same last word");
    }
}

package app.corroborate.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.source.SourceImporter;
import app.corroborate.text.TokenDictionary;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OwnNamesTest {

    private static Set<String> names(String text) throws Exception {
        var doc = new SourceImporter().fromBytes("page.txt", text.getBytes(StandardCharsets.UTF_8));
        return OwnNames.of(new DocumentAnalysis(doc, new TokenDictionary()));
    }

    @Test
    void aMastheadInCapitalsAndACopyrightHolderAreThePagesOwnNames() throws Exception {
        Set<String> own = names("THE MORNING HERALD\n\nFloods close the coast road\n\n"
                + "Floods closed the coast road on Monday, the council said. Crews worked through the night.\n\n"
                + "(c) 2025 Harbourside Media Ltd. All rights reserved.\n");
        assertTrue(own.containsAll(List.of("morning", "herald", "mh", "harbourside")), own.toString());
        assertFalse(own.contains("media"), own.toString());
        assertFalse(own.contains("council"), own.toString());
    }

    @Test
    void aPageThatNamesItselfNowhereHasNoOwnNames() throws Exception {
        assertEquals(
                Set.of(),
                names("Floods close the coast road\n\nFloods closed the coast road on Monday, the "
                        + "council said. Crews worked through the night.\n"));
    }

    @Test
    void aMastheadLineThePageNamesAgainIsItsOwnName() throws Exception {
        Set<String> own = names("Radio Valmora News\nListen live | News | Weather\n\nFloods close the coast road\n\n"
                + "Floods closed the coast road on Monday, the council said. Crews worked through the night.\n\n"
                + "Radio Valmora is a member of the regional broadcasters network.\n");
        assertTrue(own.containsAll(List.of("radio", "valmora")), own.toString());
        assertEquals(
                Set.of(),
                names("Floods Close Coast Road\n\nFloods closed the coast road on Monday, the council said.\n"),
                "a headline in capitals that is not named again");
    }
}

package app.corroborate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebAddressTest {

    @Test
    void httpAndHttpsAreReadAndAnAddressWithoutSchemeIsHttps() throws Exception {
        assertEquals(
                "https://example.org/news/story-1",
                WebAddress.parse("example.org/news/story-1").toString());
        assertEquals(
                "http://example.org/a?b=c",
                WebAddress.parse("  http://example.org/a?b=c ").toString());
        assertEquals("example.org", WebAddress.site(WebAddress.parse("https://www.Example.org/x")));
    }

    @Test
    void otherSchemesAndNonsenseAreRefusedWithAReason() {
        assertTrue(assertThrows(WebException.class, () -> WebAddress.parse("javascript:alert(1)"))
                .getMessage()
                .contains("only http and https"));
        assertEquals(
                "no address given",
                assertThrows(WebException.class, () -> WebAddress.parse(" ")).getMessage());
        assertEquals(
                "the address names no server",
                assertThrows(WebException.class, () -> WebAddress.parse("https:///path"))
                        .getMessage());
    }

    @Test
    void aDroppedOrPastedLinkIsRecognisedButProseIsNot() {
        assertEquals(Optional.of("https://example.org/a"), WebAddress.firstAddress("https://example.org/a\n"));
        assertTrue(WebAddress.isAddress("HTTP://example.org"));
        assertFalse(WebAddress.isAddress("The dam opened its gates on Tuesday."));
        assertFalse(WebAddress.isAddress("see https://example.org/a for more"));
        assertEquals(Optional.empty(), WebAddress.firstAddress("The dam https://example.org"));
    }
}

package app.corroborate.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {

    private final ContentSniffer sniffer = new ContentSniffer();

    @Test
    void htmlFragmentWithoutDoctypeIsHtml() {
        assertEquals(SourceFormat.HTML, sniffer.sniffText(" date 2026 <p>One <a href=x>link</a>.</p><p>Two</p>"));
    }

    @Test
    void textMentioningATagStaysText() {
        assertEquals(SourceFormat.TEXT, sniffer.sniffText("Use the <p> element for paragraphs.\nThat is all."));
    }

    @Test
    void doctypeIsHtml() {
        assertEquals(SourceFormat.HTML, sniffer.sniffText("\n<!DOCTYPE html><title>x</title>"));
    }

    @Test
    void pdfByItsHeader() {
        assertEquals(
                new ContentSniffer.Supported(SourceFormat.PDF),
                sniffer.sniffBytes("%PDF-1.7\n...".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void binarySignaturesAreNamed() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
        assertEquals("a PNG image", ((ContentSniffer.Binary) sniffer.sniffBytes(png)).kind());
        assertInstanceOf(ContentSniffer.Binary.class, sniffer.sniffBytes(zip));
    }

    @Test
    void unknownBinaryDataIsRefused() {
        byte[] data = new byte[512];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 7);
        }
        assertInstanceOf(ContentSniffer.Binary.class, sniffer.sniffBytes(data));
    }
}

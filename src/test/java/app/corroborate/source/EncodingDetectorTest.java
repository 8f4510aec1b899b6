package app.corroborate.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodingDetectorTest {

    private static final String TEXT = "Caf\u00E9 \u201Cquoted\u201D \u2014 na\u00EFve \u20AC5";
    private final EncodingDetector detector = new EncodingDetector();

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    void plainUtf8() {
        EncodingDetector.Decoded d = detector.decode(TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(TEXT, d.text());
        assertEquals("UTF-8", d.encoding());
    }

    @Test
    void utf8WithBomDropsTheBom() {
        byte[] bytes =
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));
        assertEquals(TEXT, detector.decode(bytes).text());
    }

    @Test
    void utf16WithEitherBom() {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(TEXT, detector.decode(le).text());
        assertEquals("UTF-16LE", detector.decode(le).encoding());
        assertEquals(TEXT, detector.decode(be).text());
    }

    @Test
    void invalidUtf8IsReadAsWindows1252WithoutReplacementCharacters() {
        byte[] bytes = TEXT.getBytes(Charset.forName("windows-1252"));
        EncodingDetector.Decoded d = detector.decode(bytes);
        assertEquals(TEXT, d.text());
        assertEquals("windows-1252", d.encoding());
        assertFalse(d.text().contains("\uFFFD"));
    }

    @Test
    void aDeclaredLegacyCharsetIsHonoured() {
        String html = "<html><head><meta charset=\"iso-8859-7\"></head><body><p>\u0391\u03B8\u03AE\u03BD\u03B1</p>";
        EncodingDetector.Decoded d = detector.decode(html.getBytes(Charset.forName("ISO-8859-7")));
        assertEquals(html, d.text());
    }

    @Test
    void oneStrayByteInUtf8IsMarkedNotAReasonToMisreadTheFile() {
        byte[] good = "Caf\u00E9 owners in Sm\u00EDchov said: ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(concat(good, new byte[] {(byte) 0x92}), "s\u00E9ance.".getBytes(StandardCharsets.UTF_8));
        EncodingDetector.Decoded d = detector.decode(bytes);
        assertEquals("UTF-8", d.encoding());
        assertEquals("Caf\u00E9 owners in Sm\u00EDchov said: \uFFFDs\u00E9ance.", d.text());
        assertEquals(1, d.undecodable());
    }

    @Test
    void asciiWithOneLegacyByteIsStillWindows1252() {
        EncodingDetector.Decoded d = detector.decode("It\u2019s over.".getBytes(Charset.forName("windows-1252")));
        assertEquals("windows-1252", d.encoding());
        assertEquals("It\u2019s over.", d.text());
        assertEquals(0, d.undecodable());
    }
}

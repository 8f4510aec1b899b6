package app.corroborate.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a text file.
 *
 * <p>Guarantees: a byte-order mark decides (UTF-8, UTF-16 LE/BE) and is dropped; bytes that are valid UTF-8 are
 * read as UTF-8; bytes that are nearly all UTF-8 (at least {@value #MOSTLY_UTF8} valid multi-byte characters for
 * each stray byte) are read as UTF-8 too, each stray byte marked with U+FFFD and counted, so one bad byte never
 * turns the whole file into mojibake; otherwise a charset declared by an HTML meta tag is honoured when
 * supported, and Windows-1252 is the fallback, so legacy Western text never turns into replacement characters.
 * Linear time.
 */
public final class EncodingDetector {

    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Valid multi-byte UTF-8 characters needed for each undecodable byte to read a file as UTF-8 still. */
    static final int MOSTLY_UTF8 = 2;

    /** Decoded text with the name of the charset used and the number of bytes marked U+FFFD as undecodable. */
    public record Decoded(String text, String encoding, int undecodable) {

        public Decoded(String text, String encoding) {
            this(text, encoding, 0);
        }
    }

    public Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        Decoded mostly = mostlyUtf8(bytes);
        if (mostly != null) {
            return mostly;
        }
        Charset declared = declaredCharset(bytes);
        Charset fallback = declared != null ? declared : WINDOWS_1252;
        return new Decoded(new String(bytes, fallback), displayName(fallback));
    }

    /** True if the bytes begin with a UTF-16 byte-order mark. */
    static boolean hasUtf16Bom(byte[] bytes) {
        return startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF);
    }

    private static String displayName(Charset c) {
        return c.equals(WINDOWS_1252) ? "windows-1252" : c.name();
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * UTF-8 with each undecodable byte marked U+FFFD, when valid multi-byte characters outnumber the undecodable
     * bytes {@value #MOSTLY_UTF8} to one; else null.
     */
    static Decoded mostlyUtf8(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        int bad = 0;
        int multiByte = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int n = b < 0x80 ? 1 : sequenceLength(bytes, i);
            if (n == 0) {
                out.append('\uFFFD');
                bad++;
                i++;
                continue;
            }
            if (n > 1) {
                multiByte++;
            }
            out.append(new String(bytes, i, n, StandardCharsets.UTF_8));
            i += n;
        }
        boolean mostly = multiByte > 0 && multiByte >= (long) bad * MOSTLY_UTF8;
        return mostly ? new Decoded(out.toString(), "UTF-8", bad) : null;
    }

    /** The length of the valid UTF-8 sequence of two to four bytes at {@code i}, or 0 if there is none. */
    private static int sequenceLength(byte[] b, int i) {
        int lead = b[i] & 0xFF;
        int n = lead >= 0xC2 && lead <= 0xDF
                ? 2
                : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        if (n == 0 || i + n > b.length) {
            return 0;
        }
        int second = b[i + 1] & 0xFF;
        int low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
        int high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
        if (second < low || second > high) {
            return 0;
        }
        for (int k = 2; k < n; k++) {
            if ((b[i + k] & 0xC0) != 0x80) {
                return 0;
            }
        }
        return n;
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("utf-8")
                || name.equals("utf8")
                || name.equals("iso-8859-1")
                || name.equals("latin1")
                || name.equals("us-ascii")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

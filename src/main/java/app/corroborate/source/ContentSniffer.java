package app.corroborate.source;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what a file is from its bytes, never from its name.
 *
 * <p>Guarantees: PDF by its header; known binary formats (images, archives, executables, office and database
 * files) by their signatures, and any other binary data by NUL bytes or a high share of control characters,
 * are reported by name; HTML by the presence of real markup (several known tags), so that a plain text that
 * merely mentions a tag stays text; a feed (RSS or Atom) by its root element; an e-mail saved as a file (or a page
 * a browser saved as a message) by its header block, which must hold fields only messages carry, so a memo or a
 * press release typed with "From:" and "To:" stays text; subtitles by a WebVTT header or SubRip's numbered, timed
 * cues; an article exported as JSON by its braces or brackets (what does not parse is read as text).
 */
public final class ContentSniffer {

    private static final Pattern TAG = Pattern.compile(
            "</?(?:html|head|body|p|div|span|a|br|h[1-6]|ul|ol|li|table|tr|td|article|section|header|footer|nav"
                    + "|img|strong|em|b|i|meta|title|script|style|figure|figcaption|aside|main|time|blockquote)"
                    + "(?:\\s[^<>]*)?/?>",
            Pattern.CASE_INSENSITIVE);

    /** What the content is: a supported format, or a named binary kind that cannot be imported. */
    public sealed interface Verdict permits Supported, Binary {}

    public record Supported(SourceFormat format) implements Verdict {}

    public record Binary(String kind) implements Verdict {}

    /** Binary check and PDF detection on the raw bytes. */
    public Verdict sniffBytes(byte[] b) {
        if (isPdf(b)) {
            return new Supported(SourceFormat.PDF);
        }
        String kind = signature(b);
        if (kind != null) {
            return new Binary(kind);
        }
        if (!EncodingDetector.hasUtf16Bom(b) && looksBinary(b)) {
            return new Binary("binary data");
        }
        return new Supported(SourceFormat.TEXT);
    }

    /** HTML, a feed or plain text, judged on the decoded text. */
    public SourceFormat sniffText(String text) {
        String head = text.length() > 65536 ? text.substring(0, 65536) : text;
        String lower = head.stripLeading().toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
            return SourceFormat.HTML;
        }
        if (MailExtractor.isMessage(head)) {
            return SourceFormat.MAIL;
        }
        if (FeedExtractor.isFeed(lower)) {
            return SourceFormat.FEED;
        }
        if (SubtitleExtractor.isSubtitles(head)) {
            return SourceFormat.SUBTITLES;
        }
        if (JsonExtractor.isJson(text)) {
            return SourceFormat.JSON;
        }
        Matcher m = TAG.matcher(head);
        int tags = 0;
        while (m.find() && tags < 3) {
            tags++;
        }
        return tags >= 3 ? SourceFormat.HTML : SourceFormat.TEXT;
    }

    private static boolean isPdf(byte[] b) {
        int limit = Math.min(b.length, 1024);
        String head = new String(b, 0, limit, StandardCharsets.ISO_8859_1);
        return head.contains("%PDF-");
    }

    private static String signature(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (starts(b, 'P', 'K', 3, 4) || starts(b, 'P', 'K', 5, 6)) {
            return "a ZIP archive (or an office document)";
        }
        if (starts(b, 0x1F, 0x8B)) {
            return "a gzip archive";
        }
        if (starts(b, 0x7F, 'E', 'L', 'F') || starts(b, 'M', 'Z')) {
            return "an executable";
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "a legacy office document";
        }
        if (starts(b, 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't')) {
            return "an SQLite database";
        }
        if (starts(b, 'R', 'I', 'F', 'F') || starts(b, 'I', 'D', '3') || starts(b, 0x00, 0x00, 0x00)) {
            return "audio, video or other binary data";
        }
        return null;
    }

    private static boolean looksBinary(byte[] b) {
        int limit = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < limit; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) {
                control++;
            }
        }
        return limit > 0 && control * 10 > limit;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

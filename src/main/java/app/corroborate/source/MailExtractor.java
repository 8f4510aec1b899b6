package app.corroborate.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;

/**
 * An e-mail message saved as a file (a newsletter, a forwarded story: {@code .eml}, RFC 5322 with MIME): the story
 * is the message's text as its reader sees it, its parts decoded from quoted-printable or base64 and from their own
 * character sets, so that no soft line break ({@code =}) or escaped byte ({@code =E2=80=99}) is read as text or as a
 * figure.
 *
 * <p>Guarantees: of the text parts that are not attachments (those of a forwarded message included), the longest
 * plain one is read when it carries at least {@value #PLAIN_SHARE} of the longest HTML one's visible text (it has no
 * markup to misread), the HTML one otherwise, through {@link HtmlExtractor} as any page; attachments are never
 * read, and a message with no text part is refused with one line that says why; the sender's name and the
 * message's date are the outlet and the date only where the text names none (a page saved as a message by a
 * browser gives neither); a message that cannot be parsed is read as the plain text it is.
 */
final class MailExtractor {

    /**
     * A plain part this share of the HTML part's visible text (or more) says the same; below it, it is a stub ("View
     * this email in your browser"). The plain parts of newsletters run to 70 to 110% of their HTML text (links
     * written out, no layout tables); a stub is a few per cent. Any value between keeps the two apart.
     */
    static final double PLAIN_SHARE = 0.6;

    /** Header fields only a message carries (a memo or a press release typed with "From:" and "To:" lacks them). */
    private static final Set<String> MESSAGE_FIELDS =
            Set.of("mime-version", "content-type", "message-id", "received", "return-path", "dkim-signature");

    private static final Set<String> ADDRESS_FIELDS = Set.of("from", "to", "subject", "date", "sender", "reply-to");

    private static final Pattern HEADER = Pattern.compile("([A-Za-z][A-Za-z0-9-]*):[ \\t]?.*");

    /** A text part, decoded. */
    private record Part(String mimeType, String text) {}

    /**
     * True when {@code head} opens with a message's header block: header fields (continued lines indented) up to
     * the first blank line, among them an address field and a field only messages carry.
     */
    static boolean isMessage(String head) {
        boolean address = false;
        boolean message = false;
        int fields = 0;
        int start = head.startsWith("From ") ? head.indexOf('\n') + 1 : 0;
        while (start < head.length()) {
            int end = head.indexOf('\n', start);
            if (end < 0) {
                return false; // the header block does not end within the head
            }
            String line = head.substring(start, end).replace("\r", "");
            if (line.isEmpty()) {
                return fields >= 3 && address && message;
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                if (fields == 0) {
                    return false;
                }
            } else {
                Matcher m = HEADER.matcher(line);
                if (!m.matches()) {
                    return false;
                }
                String name = m.group(1).toLowerCase(Locale.ROOT);
                fields++;
                address |= ADDRESS_FIELDS.contains(name);
                message |= MESSAGE_FIELDS.contains(name);
            }
            start = end + 1;
        }
        return false;
    }

    /** The message's text as its reader sees it; refused when it has no text part (attachments only). */
    Extraction extract(String name, byte[] bytes, String decoded) throws ImportException {
        List<Part> parts = new ArrayList<>();
        List<Field> headers = new ArrayList<>();
        try {
            parse(bytes, parts, headers);
        } catch (IOException | MimeException | RuntimeException e) {
            return new PlainTextExtractor().extract(decoded);
        }
        Part plain = longest(parts, "text/plain");
        Part html = longest(parts, "text/html");
        Extraction body;
        if (html != null && (plain == null || plain.text().strip().length() < PLAIN_SHARE * visibleLength(html))) {
            body = new HtmlExtractor().extract(html.text());
        } else if (plain != null) {
            body = new PlainTextExtractor().extract(plain.text());
        } else {
            throw new ImportException(
                    name,
                    "this e-mail has no text to read (only attachments); save the attached "
                            + "document itself and import that");
        }
        return new Extraction(body.text(), body.blocks(), body.metadata(), body.notes(), sent(headers));
    }

    /**
     * The sender as outlet and the message's date as date; none for a web page a browser saved as a message (MHTML:
     * its "From" names the browser, its date the saving).
     */
    private static SourceMetadata sent(List<Field> headers) {
        String from = header(headers, "from");
        if (header(headers, "snapshot-content-location") != null || from != null && from.contains("Saved by")) {
            return SourceMetadata.EMPTY;
        }
        String date = header(headers, "date");
        return new SourceMetadata(null, sender(from), date == null ? null : Dates.toIsoOrSelf(date), null);
    }

    private static void parse(byte[] bytes, List<Part> parts, List<Field> headers) throws IOException, MimeException {
        MimeStreamParser parser = new MimeStreamParser(MimeConfig.PERMISSIVE);
        parser.setContentDecoding(true);
        parser.setRecurse();
        parser.setContentHandler(new AbstractContentHandler() {
            private int headerBlocks;
            private boolean attachment;

            @Override
            public void startHeader() {
                headerBlocks++;
                attachment = false;
            }

            @Override
            public void field(Field field) {
                if (headerBlocks == 1) {
                    headers.add(field);
                }
                if (field.getName().equalsIgnoreCase("content-disposition")
                        && field.getBody().strip().toLowerCase(Locale.ROOT).startsWith("attachment")) {
                    attachment = true;
                }
            }

            @Override
            public void body(BodyDescriptor bd, InputStream is) throws IOException {
                String type = bd.getMimeType() == null
                        ? "text/plain"
                        : bd.getMimeType().toLowerCase(Locale.ROOT);
                if (!attachment && (type.equals("text/plain") || type.equals("text/html"))) {
                    parts.add(new Part(type, text(is.readAllBytes(), bd.getCharset())));
                }
            }
        });
        parser.parse(new ByteArrayInputStream(bytes));
    }

    /** A part's text in its declared character set, or as detected when it declares none or an unknown one. */
    private static String text(byte[] body, String charset) {
        if (charset != null && !charset.equalsIgnoreCase("us-ascii")) {
            try {
                return new String(body, Charset.forName(charset));
            } catch (IllegalArgumentException e) {
                // an unknown or misspelt name: detected below
            }
        }
        EncodingDetector.Decoded d = new EncodingDetector().decode(body);
        return d.text().isEmpty() ? new String(body, StandardCharsets.UTF_8) : d.text();
    }

    /** The part of that type with the most text (a forwarded story, not the "FYI, see below" above it). */
    private static Part longest(List<Part> parts, String type) {
        return parts.stream()
                .filter(p -> p.mimeType().equals(type))
                .max(java.util.Comparator.comparingInt(p -> p.text().length()))
                .orElse(null);
    }

    private static int visibleLength(Part html) {
        return org.jsoup.Jsoup.parse(html.text()).text().length();
    }

    private static String header(List<Field> headers, String name) {
        return headers.stream()
                .filter(f -> f.getName().equalsIgnoreCase(name))
                .map(f -> DecoderUtil.decodeEncodedWords(f.getBody(), DecodeMonitor.SILENT)
                        .strip())
                .filter(s -> !s.isEmpty())
                .findFirst()
                .orElse(null);
    }

    /** The sender's display name ("Lion Rock Daily" of "Lion Rock Daily <brief@...>"), or the bare address. */
    private static String sender(String from) {
        if (from == null) {
            return null;
        }
        int angle = from.indexOf('<');
        String name = angle > 0 ? from.substring(0, angle).strip() : "";
        name = name.replaceAll("^\"|\"$", "").strip();
        return name.isEmpty() ? from.replaceAll("[<>]", "").strip() : name;
    }
}

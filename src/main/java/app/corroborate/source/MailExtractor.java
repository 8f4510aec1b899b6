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
 * <p>Guarantees: of a message with a plain and an HTML text, the plain one is read when it carries at least
 * {@value #PLAIN_SHARE} of the HTML one's visible text (it has no markup to misread), the HTML one otherwise, through
 * {@link HtmlExtractor} as any page; attachments that are not text are never read; the sender's name becomes the
 * outlet and the message's date the date when the text names none; a message that cannot be parsed is read as the
 * plain text it is.
 */
final class MailExtractor {

    /** A plain part this share of the HTML part's visible text (or more) says the same; below it, it is a stub. */
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
        String[] lines = head.split("\r?\n", 200);
        int from = lines.length > 0 && lines[0].startsWith("From ") ? 1 : 0;
        boolean address = false;
        boolean message = false;
        int fields = 0;
        for (int i = from; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                return fields >= 3 && address && message;
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                if (fields == 0) {
                    return false;
                }
                continue;
            }
            Matcher m = HEADER.matcher(line);
            if (!m.matches()) {
                return false;
            }
            String name = m.group(1).toLowerCase(Locale.ROOT);
            fields++;
            address |= ADDRESS_FIELDS.contains(name);
            message |= MESSAGE_FIELDS.contains(name);
        }
        return false;
    }

    Extraction extract(byte[] bytes, String decoded) {
        List<Part> parts = new ArrayList<>();
        List<Field> headers = new ArrayList<>();
        try {
            parse(bytes, parts, headers);
        } catch (IOException | MimeException | RuntimeException e) {
            return new PlainTextExtractor().extract(decoded);
        }
        Part plain = first(parts, "text/plain");
        Part html = first(parts, "text/html");
        Extraction body;
        if (html != null && (plain == null || plain.text().strip().length() < PLAIN_SHARE * visibleLength(html))) {
            body = new HtmlExtractor().extract(html.text());
        } else if (plain != null) {
            body = new PlainTextExtractor().extract(plain.text());
        } else {
            return new PlainTextExtractor().extract(decoded);
        }
        String date = header(headers, "date");
        SourceMetadata sent =
                new SourceMetadata(null, sender(headers), date == null ? null : Dates.toIsoOrSelf(date), null);
        return new Extraction(body.text(), body.blocks(), body.metadata().orElse(sent), body.notes());
    }

    private static void parse(byte[] bytes, List<Part> parts, List<Field> headers) throws IOException, MimeException {
        MimeStreamParser parser = new MimeStreamParser(MimeConfig.PERMISSIVE);
        parser.setContentDecoding(true);
        parser.setContentHandler(new AbstractContentHandler() {
            private int headerBlocks;

            @Override
            public void startHeader() {
                headerBlocks++;
            }

            @Override
            public void field(Field field) {
                if (headerBlocks == 1) {
                    headers.add(field);
                }
            }

            @Override
            public void body(BodyDescriptor bd, InputStream is) throws IOException {
                String type = bd.getMimeType() == null
                        ? "text/plain"
                        : bd.getMimeType().toLowerCase(Locale.ROOT);
                if (type.equals("text/plain") || type.equals("text/html")) {
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

    private static Part first(List<Part> parts, String type) {
        return parts.stream().filter(p -> p.mimeType().equals(type)).findFirst().orElse(null);
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

    /** The sender's display name ("Lion Rock Daily" of "Lion Rock Daily <brief@...>"), or the address. */
    private static String sender(List<Field> headers) {
        String from = header(headers, "from");
        if (from == null) {
            return null;
        }
        int angle = from.indexOf('<');
        String name = angle > 0 ? from.substring(0, angle).strip() : from;
        name = name.replaceAll("^\"|\"$", "").strip();
        return name.isEmpty() ? from.replaceAll("[<>]", "").strip() : name;
    }
}

package app.corroborate.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a file into a {@link SourceDocument}: size and content checks, format sniffing, encoding detection,
 * extraction, furniture detection.
 *
 * <p>Guarantees: the format is judged from the content, never the name; anything but a regular file (a named
 * pipe, a device) is refused before it is opened, and a file is read no further than the size limit, so no
 * input hangs the import or fills the memory; every refusal (missing, unreadable, not a regular file, empty,
 * over {@value #MAX_BYTES} bytes, binary, unreadable PDF) is an {@link ImportException} with one line a person
 * understands; nothing is written anywhere.
 */
public final class SourceImporter {

    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private final ContentSniffer sniffer = new ContentSniffer();
    private final EncodingDetector encodings = new EncodingDetector();
    private final FurnitureDetector furniture = new FurnitureDetector();

    public SourceDocument read(Path file) throws ImportException {
        String name = file.toString();
        try {
            if (!Files.exists(file)) {
                throw new ImportException(name, "no such file");
            }
            if (Files.isDirectory(file)) {
                throw new ImportException(name, "is a folder, not a file");
            }
            if (!Files.isRegularFile(file)) {
                throw new ImportException(
                        name, "is not a regular file (a pipe, device or socket); " + "save the text to a file first");
            }
            return fromBytes(name, readAtMost(name, file));
        } catch (NoSuchFileException e) {
            throw new ImportException(name, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new ImportException(name, "cannot be read (permission denied)", e);
        } catch (IOException e) {
            throw new ImportException(name, "cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** The file's bytes, reading no further than one byte past the size limit, whatever the file claims. */
    private static byte[] readAtMost(String name, Path file) throws IOException, ImportException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw tooLarge(name, "the file is " + bytes(size));
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge(name, "the file is larger than " + bytes(MAX_BYTES));
            }
            return bytes;
        }
    }

    private static ImportException tooLarge(String name, String what) {
        return new ImportException(name, what + "; the largest source accepted is " + bytes(MAX_BYTES) + " (50 MB)");
    }

    private static String bytes(long n) {
        return String.format(Locale.ROOT, "%,d bytes", n);
    }

    /** Imports bytes that came from somewhere other than a file (a paste, a case file). */
    public SourceDocument fromBytes(String name, byte[] bytes) throws ImportException {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(name, "the content is " + bytes(bytes.length));
        }
        if (bytes.length == 0) {
            throw new ImportException(name, "the file is empty");
        }
        ContentSniffer.Verdict verdict = sniffer.sniffBytes(bytes);
        if (verdict instanceof ContentSniffer.Binary binary) {
            throw new ImportException(name, "this is " + binary.kind() + ", not a text, HTML or PDF document");
        }
        SourceFormat format = ((ContentSniffer.Supported) verdict).format();
        if (format == SourceFormat.PDF) {
            return build(name, bytes, SourceFormat.PDF, "binary", new PdfExtractor().extract(name, bytes), 0);
        }
        EncodingDetector.Decoded decoded = encodings.decode(bytes);
        format = sniffer.sniffText(decoded.text());
        Extraction extraction =
                switch (format) {
                    case HTML -> new HtmlExtractor().extract(decoded.text());
                    case FEED -> new FeedExtractor().extract(decoded.text());
                    case MAIL -> new MailExtractor().extract(name, bytes, decoded.text());
                    case SUBTITLES -> new SubtitleExtractor().extract(decoded.text());
                    case JSON -> new JsonExtractor().extract(decoded.text());
                    default -> new PlainTextExtractor().extract(decoded.text());
                };
        return build(name, bytes, format, decoded.encoding(), extraction, decoded.undecodable());
    }

    private SourceDocument build(
            String name, byte[] bytes, SourceFormat format, String encoding, Extraction ex, int undecodable)
            throws ImportException {
        if (ex.text().isBlank()) {
            throw new ImportException(name, "the file has no visible text");
        }
        FurnitureDetector.Result found = furniture.detect(ex.text(), ex.blocks());
        SourceMetadata metadata = ex.metadata().orElse(found.metadata()).orElse(ex.fallback());
        return SourceDocument.of(
                name,
                format,
                encoding,
                sha256(bytes),
                bytes,
                ex.text(),
                ex.blocks(),
                metadata,
                found.excluded(),
                warnings(ex, encoding, undecodable));
    }

    private static List<ImportWarning> warnings(Extraction ex, String encoding, int undecodable) {
        String text = ex.text();
        List<ImportWarning> out = new ArrayList<>(ex.notes());
        if (undecodable > 0) {
            out.add(ImportWarning.undecodable(undecodable, encoding));
        }
        ImportWarning bidi = ImportWarning.bidi(text);
        if (bidi != null) {
            out.add(bidi);
        }
        return out;
    }

    public static String sha256(byte[] bytes) {
        return app.corroborate.text.Digests.sha256(bytes);
    }
}

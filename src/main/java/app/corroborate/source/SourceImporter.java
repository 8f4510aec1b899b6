package app.corroborate.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads a file into a {@link SourceDocument}: size and content checks, format sniffing, encoding detection,
 * extraction, furniture detection.
 *
 * <p>Guarantees: the format is judged from the content, never the name; every refusal (missing, unreadable,
 * empty, over {@value #MAX_BYTES} bytes, binary, unreadable PDF) is an {@link ImportException} with one line a
 * person understands; nothing is written anywhere.
 */
public final class SourceImporter {

    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private final ContentSniffer sniffer = new ContentSniffer();
    private final EncodingDetector encodings = new EncodingDetector();
    private final FurnitureDetector furniture = new FurnitureDetector();

    public SourceDocument read(Path file) throws ImportException {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(name, "is a folder, not a file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ImportException(name, "the file is " + (size / (1024 * 1024))
                        + " MB; the largest source accepted is 50 MB");
            }
            return fromBytes(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new ImportException(name, "no such file", e);
        } catch (IOException e) {
            throw new ImportException(name, "cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Imports bytes that came from somewhere other than a file (a paste, a case file). */
    public SourceDocument fromBytes(String name, byte[] bytes) throws ImportException {
        if (bytes.length > MAX_BYTES) {
            throw new ImportException(name, "the content is larger than 50 MB");
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
            return build(name, bytes, SourceFormat.PDF, "binary", new PdfExtractor().extract(name, bytes));
        }
        EncodingDetector.Decoded decoded = encodings.decode(bytes);
        format = sniffer.sniffText(decoded.text());
        Extraction extraction = format == SourceFormat.HTML
                ? new HtmlExtractor().extract(decoded.text())
                : new PlainTextExtractor().extract(decoded.text());
        return build(name, bytes, format, decoded.encoding(), extraction);
    }

    private SourceDocument build(String name, byte[] bytes, SourceFormat format, String encoding, Extraction ex)
            throws ImportException {
        if (ex.text().isBlank()) {
            throw new ImportException(name, "the file has no visible text");
        }
        FurnitureDetector.Result found = furniture.detect(ex.text(), ex.blocks());
        SourceMetadata metadata = ex.metadata().orElse(found.metadata());
        return SourceDocument.of(name, format, encoding, sha256(bytes), bytes, ex.text(), ex.blocks(), metadata,
                found.excluded());
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

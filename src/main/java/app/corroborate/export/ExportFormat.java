package app.corroborate.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats a summary is exported in, by the names the command line and the window use. */
public enum ExportFormat {
    MARKDOWN("md", "md", "text/markdown", "Markdown summary"),
    HTML("html", "html", "text/html", "HTML summary (one self-contained file)"),
    PDF("pdf", "pdf", "application/pdf", "PDF summary"),
    ANNOTATIONS("annotations", "jsonld", "application/ld+json", "W3C Web Annotation collection (JSON-LD)"),
    CLAIMREVIEW("claimreview", "jsonld", "application/ld+json", "schema.org ClaimReview list (JSON-LD)");

    private final String id;
    private final String extension;
    private final String mediaType;
    private final String description;

    ExportFormat(String id, String extension, String mediaType, String description) {
        this.id = id;
        this.extension = extension;
        this.mediaType = mediaType;
        this.description = description;
    }

    /**
     * The name on the command line: {@code md}, {@code html}, {@code pdf}, {@code annotations},
     * {@code claimreview}.
     */
    public String id() {
        return id;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String description() {
        return description;
    }

    /** True for PDF: bytes that are not text and need a file. */
    public boolean binary() {
        return this == PDF;
    }

    public static Optional<ExportFormat> fromId(String id) {
        String key = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(key)).findFirst();
    }

    /** The valid names, comma-separated. */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(ExportFormat::id).toList());
    }
}

package app.corroborate.web;

import app.corroborate.source.ImportException;
import app.corroborate.source.SourceDocument;
import app.corroborate.source.SourceImporter;
import app.corroborate.source.SourceMetadata;
import app.corroborate.source.WebProvenance;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Imports a page from the web as a source: fetched by {@link PageFetcher}, then read exactly as a file with the
 * same bytes would be ({@link SourceImporter}: format from the content, encoding, furniture).
 *
 * <p>Guarantees: the document's path is the final address; a page that names no outlet gets the site's host
 * name as its outlet; every refusal is an {@link ImportException} (a {@link WebException} for the fetch) with one
 * line a person understands.
 */
public final class WebImporter {

    /** What a fetched page became: the source and where it came from. */
    public record WebSource(SourceDocument document, WebProvenance provenance) {}

    /** The limits used by the window and the command line: the import size limit, 30 s, 5 redirects. */
    public static final PageFetcher.Limits STANDARD_LIMITS =
            new PageFetcher.Limits(SourceImporter.MAX_BYTES, Duration.ofSeconds(30), 5);

    private final PageFetcher fetcher;
    private final SourceImporter importer;

    public WebImporter(PageFetcher fetcher, SourceImporter importer) {
        this.fetcher = fetcher;
        this.importer = importer;
    }

    /** The importer the product uses, identifying itself as {@code Corroborate/version}. */
    public static WebImporter standard(String version) {
        return new WebImporter(
                new PageFetcher(
                        STANDARD_LIMITS,
                        Clock.systemUTC(),
                        "Corroborate/" + version + " (fact-checking workbench; fetches one page when an editor asks)"),
                new SourceImporter());
    }

    public WebSource fetch(String address, BooleanSupplier cancelled) throws ImportException {
        FetchedPage page = fetcher.fetch(address, cancelled);
        String finalAddress = page.provenance().finalAddress();
        SourceDocument doc;
        try {
            doc = importer.fromBytes(finalAddress, page.body());
        } catch (ImportException e) {
            throw new WebException(address, e.getMessage(), e);
        }
        if (doc.metadata().outlet() == null) {
            SourceMetadata site = new SourceMetadata(null, WebAddress.site(URI.create(finalAddress)), null, null);
            doc = new SourceDocument(
                    doc.path(),
                    doc.format(),
                    doc.encoding(),
                    doc.sha256(),
                    doc.raw(),
                    doc.text(),
                    doc.blocks(),
                    doc.metadata().orElse(site),
                    doc.excluded(),
                    doc.sentences(),
                    doc.warnings());
        }
        return new WebSource(doc, page.provenance());
    }
}

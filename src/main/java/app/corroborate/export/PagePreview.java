package app.corroborate.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The summary's pages as pictures: the PDF {@link PdfWriter} makes (laid out from the same HTML the HTML export
 * writes), rendered page by page to PNG for a preview that shows the document as it reads, not its source.
 *
 * <p>Guarantees: pure Java (no UI toolkit); at most {@code maxPages} pages are rendered, and {@link Pages#total()}
 * says how many the document has; the caller's thread does the work (the window calls it in the background).
 */
public final class PagePreview {

    /** Resolution of the pictures: about 900 pixels a page wide, scaled down to the preview's width for sharp small print. */
    public static final float DPI = 110f;

    private final Exporter exporter;

    public PagePreview(Exporter exporter) {
        this.exporter = exporter;
    }

    /** The first pages of the summary as PNG pictures, and how many pages it has in all. */
    public record Pages(List<byte[]> png, int total) {
        public Pages {
            png = List.copyOf(png);
        }
    }

    public Pages render(Summary summary, int maxPages) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        exporter.write(summary, ExportFormat.PDF, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            int total = doc.getNumberOfPages();
            List<byte[]> pages = new ArrayList<>();
            for (int i = 0; i < Math.min(total, maxPages); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, DPI, ImageType.RGB);
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(image, "png", png);
                pages.add(png.toByteArray());
            }
            return new Pages(pages, total);
        }
    }
}

package app.corroborate.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * The summary as PDF, rendered from the very HTML {@link HtmlWriter} writes (openhtmltopdf on PDFBox), with the
 * DejaVu Sans font embedded (subset) so curly quotes, dashes and accented names print as written.
 *
 * <p>Guarantees: nothing outside the document is fetched (every external resource is refused); text from the
 * case reaches the PDF as text, never as markup, because the HTML escapes it. Linear in the size of the summary
 * (layout dominates: about a second for a few hundred items).
 */
public final class PdfWriter {

    /** The family name the HTML's CSS asks for first. */
    static final String FAMILY = "DejaVu Sans";

    private static final String FONTS = "/app/corroborate/export/fonts/";

    private final HtmlWriter html;

    public PdfWriter(HtmlWriter html) {
        this.html = html;
    }

    public void write(Summary summary, OutputStream out) throws IOException {
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(html.write(summary)));
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.useFont(() -> new ByteArrayInputStream(Fonts.REGULAR), FAMILY, 400, FontStyle.NORMAL, true);
        b.useFont(() -> new ByteArrayInputStream(Fonts.BOLD), FAMILY, 700, FontStyle.NORMAL, true);
        for (ExternalResourceControlPriority when : ExternalResourceControlPriority.values()) {
            b.useExternalResourceAccessControl((uri, type) -> false, when);
        }
        b.withProducer(Wording.generator(summary));
        b.withW3cDocument(dom, "about:blank");
        b.toStream(out);
        b.run();
    }

    /** The bundled fonts, read from the jar once (on first use) and never changed. */
    private static final class Fonts {
        static final byte[] REGULAR = read("DejaVuSans.ttf");
        static final byte[] BOLD = read("DejaVuSans-Bold.ttf");

        private static byte[] read(String name) {
            try (InputStream in = PdfWriter.class.getResourceAsStream(FONTS + name)) {
                if (in == null) {
                    throw new IOException("the font " + name + " is missing from this build");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

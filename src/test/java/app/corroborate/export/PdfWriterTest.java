package app.corroborate.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.store.sqlite.SqliteCaseStore;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfWriterTest {

    @TempDir
    Path dir;

    @Test
    void thePdfOpensAndHoldsTheVerifiedClaimsAccentedNamesAndCurlyQuotesInItsEmbeddedFont() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SqliteCaseStore store = ExportFixtures.judged(dir)) {
            new PdfWriter(new HtmlWriter()).write(ExportFixtures.summary(store), out);
        }
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(text.contains("Verified: 310 millimetres"), text);
            assertTrue(text.contains("4 of 8 items are still unreviewed."), text);
            for (String name : new String[] {"Zoë Brontë", "José Núñez", "Zoë Brintë", "\u201cThe dam is"}) {
                assertTrue(text.contains(name), name + " in " + text);
            }
            assertTrue(text.contains("<script>alert('x')</script> & co."), "the hostile note as text");
            assertTrue(text.contains("<b>CLOSED</b>"), "the source's markup as text");
            Set<String> fonts = new HashSet<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName n : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(n);
                    fonts.add(f.getName() + (f.isEmbedded() ? " embedded" : ""));
                }
            }
            assertTrue(
                    fonts.stream().anyMatch(f -> f.contains("DejaVuSans") && f.endsWith("embedded")), fonts::toString);
        }
    }
}

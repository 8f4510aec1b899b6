package app.corroborate.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PdfExtractorTest {

    private final SourceImporter importer = new SourceImporter();

    private static byte[] pdf(String password, String... lines) throws IOException {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            if (lines.length > 0) {
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(72, 700);
                    for (String line : lines) {
                        cs.showText(line);
                        cs.newLineAtOffset(0, -16);
                    }
                    cs.endText();
                }
            }
            if (password != null) {
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy("owner", password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsTheTextLayer() throws Exception {
        SourceDocument d = importer.fromBytes(
                "story.bin", pdf(null, "The dam opened its gates on Tuesday.", "About 1,200 people left their homes."));
        assertEquals(SourceFormat.PDF, d.format());
        assertTrue(d.text().contains("The dam opened its gates on Tuesday."), d.text());
        assertTrue(d.text().contains("About 1,200 people left their homes."), d.text());
    }

    @Test
    void refusesAPdfWithoutText() throws Exception {
        byte[] bytes = pdf(null);
        ImportException e = assertThrows(ImportException.class, () -> importer.fromBytes("scan.pdf", bytes));
        assertTrue(e.getMessage().contains("no text layer"), e.getMessage());
    }

    @Test
    void refusesAPasswordProtectedPdf() throws Exception {
        byte[] bytes = pdf("secret", "Hidden text.");
        ImportException e = assertThrows(ImportException.class, () -> importer.fromBytes("locked.pdf", bytes));
        assertTrue(e.getMessage().contains("password"), e.getMessage());
    }

    @Test
    void refusesADamagedPdf() {
        byte[] bytes = "%PDF-1.7\nthis is not really a pdf".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        ImportException e = assertThrows(ImportException.class, () -> importer.fromBytes("bad.pdf", bytes));
        assertTrue(e.getMessage().contains("PDF"), e.getMessage());
    }

    @Test
    void joinsHardWrappedLines() {
        assertEquals(
                "The gates were opened after heavy rain.\n\nNext paragraph.",
                PdfExtractor.joinWrappedLines("The gates were op-\nened after heavy\nrain.\n\nNext paragraph.\n"));
    }
}

package app.corroborate.source;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text layer of a PDF, through PDFBox.
 *
 * <p>Guarantees: paragraphs become blank-line separated blocks with hard-wrapped lines joined (a word broken
 * by a hyphen at a line end is rejoined); a password, a damaged file or a document without a text layer is an
 * {@link ImportException} with a reason a person understands.
 */
public final class PdfExtractor {

    public Extraction extract(String file, byte[] bytes) throws ImportException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setParagraphStart("");
            stripper.setParagraphEnd("\n\n");
            String raw = stripper.getText(doc);
            String text = joinWrappedLines(PlainTextExtractor.normalizeLineBreaks(raw));
            if (text.isBlank()) {
                throw new ImportException(file, "the PDF has no text layer (a scan or an image); run OCR first");
            }
            return new Extraction(text, PlainTextExtractor.lines(text), metadata(doc));
        } catch (InvalidPasswordException e) {
            throw new ImportException(file, "the PDF is protected by a password", e);
        } catch (IOException e) {
            throw new ImportException(file, "the PDF cannot be read (" + oneLine(e) + ")", e);
        }
    }

    private static SourceMetadata metadata(PDDocument doc) {
        PDDocumentInformation info = doc.getDocumentInformation();
        if (info == null) {
            return SourceMetadata.EMPTY;
        }
        String published = info.getCreationDate() == null
                ? null
                : Dates.toIsoOrSelf(info.getCreationDate().toInstant().toString());
        return new SourceMetadata(blankToNull(info.getTitle()), null, published, blankToNull(info.getAuthor()));
    }

    /** Paragraphs are separated by blank lines; lines inside a paragraph are joined with one space. */
    static String joinWrappedLines(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String para : text.split("\n\\s*\n")) {
            String joined = LineBreakHyphens.join(para.strip()).replaceAll("\\s*\n\\s*", " ");
            if (!joined.isEmpty()) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(joined);
            }
        }
        return out.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}

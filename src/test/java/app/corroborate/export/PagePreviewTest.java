package app.corroborate.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.store.sqlite.SqliteCaseStore;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PagePreviewTest {

    @TempDir
    Path dir;

    @Test
    void theSummaryIsRenderedPageByPageAsPicturesOfItsPdf() throws Exception {
        try (SqliteCaseStore store = ExportFixtures.judged(dir)) {
            Summary summary = ExportFixtures.summary(store);
            PagePreview.Pages pages = new PagePreview(Exporter.standard()).render(summary, 1);
            assertTrue(pages.total() >= 1, "the document has pages");
            assertEquals(1, pages.png().size(), "no more pages drawn than asked for");
            byte[] png = pages.png().get(0);
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
            BufferedImage page = ImageIO.read(new ByteArrayInputStream(png));
            assertTrue(page.getHeight() > page.getWidth(), "a portrait page");
            assertTrue(inked(page) > 0.01, "the page carries the summary's text, not a blank sheet");
        }
    }

    /** The share of pixels that are not white. */
    private static double inked(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    dark++;
                }
            }
        }
        return dark / (image.getWidth() * image.getHeight() / 4.0);
    }
}

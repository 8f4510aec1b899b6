package app.corroborate.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceImporterTest {

    @TempDir
    Path dir;

    private final SourceImporter importer = new SourceImporter();

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void htmlSavedAsTxtIsSniffedAsHtml() throws Exception {
        Path f = write("page.txt", "<p>One &amp; two.</p><p>Three.</p><p>Four.</p>".getBytes(StandardCharsets.UTF_8));
        SourceDocument d = importer.read(f);
        assertEquals(SourceFormat.HTML, d.format());
        assertEquals("One & two.\n\nThree.\n\nFour.", d.text());
        assertEquals(3, d.sentences().size());
    }

    @Test
    void keepsRawBytesAndTheirHash() throws Exception {
        byte[] bytes = "A line.\r\nAnother line.\r\n".getBytes(StandardCharsets.UTF_8);
        SourceDocument d = importer.read(write("a.txt", bytes));
        assertEquals("A line.\nAnother line.\n", d.text());
        assertTrue(java.util.Arrays.equals(bytes, d.raw()));
        assertEquals(64, d.sha256().length());
        assertEquals(SourceImporter.sha256(bytes), d.sha256());
    }

    @Test
    void windows1252TextHasNoMojibake() throws Exception {
        String text = "The caf\u00E9\u2019s owner said \u201Cno\u201D.";
        SourceDocument d = importer.read(write("w.txt", text.getBytes(Charset.forName("windows-1252"))));
        assertEquals(text, d.text());
        assertEquals("windows-1252", d.encoding());
    }

    private String refusal(Path f) {
        return assertThrows(ImportException.class, () -> importer.read(f)).describe();
    }

    @Test
    void refusesMissingEmptyBinaryAndFolders() throws Exception {
        assertTrue(refusal(dir.resolve("nope.txt")).endsWith("no such file"));
        assertTrue(refusal(write("empty.txt", new byte[0])).endsWith("the file is empty"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        assertTrue(refusal(write("image.txt", png)).contains("PNG image"));
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 8, 0, 0, 0};
        assertTrue(refusal(write("archive.txt", zip)).contains("ZIP archive"));
        assertTrue(refusal(dir).contains("folder"));
        assertTrue(refusal(write("blank.txt", "   \n\t\n".getBytes(StandardCharsets.UTF_8)))
                .contains("no visible text"));
    }

    @Test
    void refusesFilesOver50Megabytes() throws Exception {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(SourceImporter.MAX_BYTES + 1);
        }
        String message = refusal(big);
        assertTrue(message.startsWith(big.toString()), message);
        assertTrue(message.contains("50 MB"), message);
    }

    @Test
    void aNamedPipeIsRefusedBeforeItIsOpened() throws Exception {
        Path fifo = dir.resolve("feed.txt");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo works here");
        ImportException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(5), () -> assertThrows(ImportException.class, () -> importer.read(fifo)));
        assertTrue(e.getMessage().startsWith("is not a regular file"), e.getMessage());
    }

    @Test
    void bidiControlsAreWarnedOf() throws Exception {
        byte[] bytes = "We counted \u2067311\u2069 homes.".getBytes(StandardCharsets.UTF_8);
        SourceDocument d = importer.read(write("b.txt", bytes));
        assertEquals(1, d.warnings().size());
        assertEquals(ImportWarning.BIDI, d.warnings().get(0).kind());
        assertEquals(2, d.warnings().get(0).count());
        byte[] plain = "We counted 311.".getBytes(StandardCharsets.UTF_8);
        assertEquals(java.util.List.of(), importer.read(write("c.txt", plain)).warnings());
    }
}

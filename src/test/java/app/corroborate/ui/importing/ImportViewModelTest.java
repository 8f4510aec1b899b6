package app.corroborate.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.review.CaseAnalyzer;
import app.corroborate.source.SourceImporter;
import app.corroborate.store.CaseStore;
import app.corroborate.store.sqlite.SqliteCaseStore;
import app.corroborate.ui.CaseFixtures;
import app.corroborate.ui.SameThreadRunner;
import app.corroborate.ui.session.CaseSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding sources from the window: good files imported, a bad one refused with its reason, pasted text kept. */
class ImportViewModelTest {

    @TempDir
    Path dir;

    @Test
    void aBadFileIsRefusedAndTheOthersOfTheSameDropAreImported() throws Exception {
        Path file = dir.resolve("new.corroborate");
        try (CaseStore store = SqliteCaseStore.create(file, "New", "ed", Clock.systemUTC())) {
            CaseSession session = new CaseSession(store, CaseAnalyzer.standard(), new SameThreadRunner(), "ed");
            session.open();
            Path png = dir.resolve("picture.txt");
            Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'});
            List<Path> drop = List.of(CaseFixtures.resource("/stories/court/a0-wire.txt"), png,
                    CaseFixtures.resource("/stories/court/a1-republished.txt"));
            AtomicReference<ImportResult> result = new AtomicReference<>();
            new ImportViewModel(session, new SourceImporter(), new SameThreadRunner()).importFiles(drop, result::set);
            assertEquals(List.of("a0-wire.txt", "a1-republished.txt"), result.get().added());
            assertEquals(1, result.get().refused().size());
            assertEquals("picture.txt", result.get().refused().get(0).file());
            assertTrue(!result.get().refused().get(0).reason().isBlank());
            assertEquals("2 sources added; 1 file refused", result.get().summary());
            assertEquals(2, store.sources().size());
            assertEquals(2, session.analysis().sources().size(), "the analysis follows the new sources");

            new ImportViewModel(session, new SourceImporter(), new SameThreadRunner()).importText("The Daily Post",
                    "The court ruled on Tuesday that the law was void. Four justices dissented.", result::set);
            assertEquals(List.of("The-Daily-Post.txt"), result.get().added());
            assertEquals(3, session.analysis().sources().size());
        }
    }
}

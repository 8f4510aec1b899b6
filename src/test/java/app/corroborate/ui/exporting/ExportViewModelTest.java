package app.corroborate.ui.exporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.export.ExportFormat;
import app.corroborate.export.Exporter;
import app.corroborate.review.CaseAnalyzer;
import app.corroborate.store.CaseStore;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.store.sqlite.SqliteCaseStore;
import app.corroborate.ui.CaseFixtures;
import app.corroborate.ui.QueuedRunner;
import app.corroborate.ui.SameThreadRunner;
import app.corroborate.ui.session.CaseSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's export: the same exporter as the command line, a whole file or none, one line to show. */
class ExportViewModelTest {

    @TempDir
    Path dir;

    @Test
    void writesTheSummaryWholeAndSaysWhatIsStillUnreviewed() throws Exception {
        try (CaseStore store = SqliteCaseStore.open(CaseFixtures.court(dir), Clock.systemUTC())) {
            CaseSession session = new CaseSession(store, CaseAnalyzer.standard(), new SameThreadRunner(), "ed");
            session.open();
            String id = session.analysis().flags().get(0).id();
            session.setVerdict(Target.FLAG, id, Verdict.FALSE);
            Path out = dir.resolve("court-summary.html");
            AtomicReference<String> said = new AtomicReference<>();
            new ExportViewModel(session, Exporter.standard(), new SameThreadRunner())
                    .export(out, ExportFormat.HTML, said::set);
            assertTrue(said.get().startsWith("Exported"), said.get());
            assertTrue(said.get().contains("still unreviewed"), said.get());
            String html = Files.readString(out);
            assertTrue(html.contains("Court ruling"), "the case title heads the summary");
            assertTrue(html.contains("<html") || html.contains("<!DOCTYPE"));
            assertTrue(Files.notExists(dir.resolve("court-summary.html.partial")), "no half-written file is left");
            assertEquals(
                    ExportFormat.PDF, ExportViewModel.formatOf(Path.of("x.PDF")).orElseThrow());
            assertEquals(
                    ExportFormat.MARKDOWN,
                    ExportViewModel.formatOf(Path.of("x.md")).orElseThrow());
        }
    }

    @Test
    void thePreviewShowsTheChosenFormatTextForTextFormatsAndPagesForHtmlAndPdf() throws Exception {
        try (CaseStore store = SqliteCaseStore.open(CaseFixtures.court(dir), Clock.systemUTC())) {
            CaseSession session = new CaseSession(store, CaseAnalyzer.standard(), new SameThreadRunner(), "ed");
            session.open();
            ExportViewModel model = new ExportViewModel(session, Exporter.standard(), new SameThreadRunner());
            AtomicReference<ExportViewModel.Preview> shown = new AtomicReference<>();
            model.preview(ExportFormat.MARKDOWN, shown::set);
            assertTrue(
                    shown.get().text().startsWith("# Verified summary: "),
                    shown.get().text());
            assertTrue(!shown.get().laidOut());
            model.preview(ExportFormat.ANNOTATIONS, shown::set);
            assertTrue(shown.get().text().contains("AnnotationCollection"), "the JSON-LD itself");
            model.preview(ExportFormat.HTML, shown::set);
            assertTrue(shown.get().laidOut(), "HTML is previewed as its laid-out pages");
            assertTrue(shown.get().totalPages() >= shown.get().pages().size());
        }
    }

    @Test
    void aPreviewAskedForEarlierNeverReplacesTheLatest() throws Exception {
        try (CaseStore store = SqliteCaseStore.open(CaseFixtures.court(dir), Clock.systemUTC())) {
            CaseSession session = new CaseSession(store, CaseAnalyzer.standard(), new SameThreadRunner(), "ed");
            session.open();
            QueuedRunner later = new QueuedRunner();
            ExportViewModel model = new ExportViewModel(session, Exporter.standard(), later);
            List<String> shown = new ArrayList<>();
            model.preview(ExportFormat.ANNOTATIONS, p -> shown.add("annotations"));
            model.preview(ExportFormat.MARKDOWN, p -> shown.add("markdown"));
            later.runAll();
            assertEquals(List.of("markdown"), shown);
        }
    }

    @Test
    void aFolderThatCannotBeWrittenGivesOneLine() throws Exception {
        try (CaseStore store = SqliteCaseStore.open(CaseFixtures.court(dir), Clock.systemUTC())) {
            CaseSession session = new CaseSession(store, CaseAnalyzer.standard(), new SameThreadRunner(), "ed");
            session.open();
            AtomicReference<String> said = new AtomicReference<>();
            new ExportViewModel(session, Exporter.standard(), new SameThreadRunner())
                    .export(dir.resolve("missing-folder").resolve("s.md"), ExportFormat.MARKDOWN, said::set);
            assertTrue(said.get().startsWith("Not exported: "), said.get());
            assertTrue(!said.get().contains("\n"));
        }
    }
}

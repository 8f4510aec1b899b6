package app.corroborate.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.source.SourceImporter;
import app.corroborate.store.CaseStore;
import app.corroborate.store.sqlite.SqliteCaseStore;
import app.corroborate.ui.compare.ComparisonModel;
import app.corroborate.ui.compare.Side;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Scrolling one pane keeps the other level by alignment, in the real window: the sentence a third of the way down
 * the base faces, a third of the way down the version, the sentence the alignment pairs it with, also after the
 * version jumps over a block of sentences only it has. A comparison opens at the start of both texts.
 */
class ScrollSyncWorkflowTest extends WindowWorkflow {

    private static final int PARAGRAPHS = 80;
    private static final int ADDED_AFTER = 30;
    private static final int ADDED = 25;

    @Test
    void scrollingTheBaseKeepsTheVersionLevelThroughAnAddedBlock() throws Exception {
        launch(twoVersions(dir.resolve("long.corroborate")));
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> app.window().workbench() != null
                        && app.window()
                                        .workbench()
                                        .model()
                                        .compare()
                                        .comparisonProperty()
                                        .get()
                                != null
                        && pane("#other-text").getLength() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        StyleClassedTextArea base = pane("#base-text");
        StyleClassedTextArea other = pane("#other-text");
        ComparisonModel model =
                app.window().workbench().model().compare().comparisonProperty().get();
        assertTrue(
                base.getEstimatedScrollY() < 1 && other.getEstimatedScrollY() < 1,
                "a new comparison opens at the start of both texts: " + base.getEstimatedScrollY() + ", "
                        + other.getEstimatedScrollY());
        clickOn(base);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> misses = new ArrayList<>();
        int checked = 0;
        double last = -1;
        for (int step = 0; step < 80 && base.getEstimatedScrollY() > last; step++) {
            last = base.getEstimatedScrollY();
            interact(() -> base.scrollYBy(120));
            WaitForAsyncUtils.waitForFxEvents();
            double anchor = base.getViewportHeight() / 3;
            int baseOffset = offsetAt(base, anchor);
            int facing = model.scrollMap().facing(Side.BASE, baseOffset);
            int otherParagraph = other.offsetToPosition(facing, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward)
                    .getMajor();
            int shownParagraph = other.offsetToPosition(
                            offsetAt(other, anchor), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward)
                    .getMajor();
            if (Math.abs(shownParagraph - otherParagraph) > 1) {
                misses.add("step " + step + ": base offset " + baseOffset + " faces paragraph " + otherParagraph
                        + " of the version, which shows paragraph " + shownParagraph + " there");
            }
            checked++;
        }
        assertTrue(checked > 20, "the base scrolled through many screens: " + checked);
        assertTrue(misses.isEmpty(), String.join("\n", misses));
    }

    private static int offsetAt(StyleClassedTextArea area, double y) {
        Point2D local = new Point2D(area.getWidth() / 2, y);
        return area.hit(local.getX(), local.getY()).getInsertionIndex();
    }

    /** A case of a long story and a version that adds a block of paragraphs a third of the way in. */
    private static Path twoVersions(Path file) throws Exception {
        StringBuilder base = new StringBuilder();
        StringBuilder version = new StringBuilder();
        for (int i = 0; i < PARAGRAPHS; i++) {
            String p = "Paragraph " + i + " of the council's report says the bridge on route " + (100 + i)
                    + " needs repairs costing " + (i + 2) + " million euros, according to the engineers.";
            base.append(p).append("\n\n");
            version.append(p).append("\n\n");
            if (i == ADDED_AFTER) {
                for (int j = 0; j < ADDED; j++) {
                    version.append("An added passage number ")
                            .append(j)
                            .append(" describes residents of the ")
                            .append(j % 2 == 0 ? "northern" : "southern")
                            .append(" district who waited for buses during the closure last winter.\n\n");
                }
            }
        }
        SourceImporter importer = new SourceImporter();
        try (CaseStore store = SqliteCaseStore.create(file, "Bridge repairs", "tester", Clock.systemUTC())) {
            store.addSource(
                    importer.fromBytes("report.txt", base.toString().getBytes(StandardCharsets.UTF_8)), "report.txt");
            store.addSource(
                    importer.fromBytes("longer.txt", version.toString().getBytes(StandardCharsets.UTF_8)),
                    "longer.txt");
        }
        return file;
    }
}

package app.corroborate.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The case named at start-up: opened and analysed beside the window, its progress told to the window. */
class StartupTest {

    @TempDir
    Path dir;

    @Test
    void theOpeningsProgressReachesTheWindowStepByStepUntilDone() throws Exception {
        Path file = CaseFixtures.court(dir);
        Startup startup = Startup.begin(List.of(file.toString()));
        List<Double> fractions = new CopyOnWriteArrayList<>();
        List<String> steps = new CopyOnWriteArrayList<>();
        startup.whenProgressing(new SameThreadRunner(), (step, done) -> {
            steps.add(step);
            fractions.add(done);
        });
        CountDownLatch opened = new CountDownLatch(1);
        Startup.Opened[] result = new Startup.Opened[1];
        startup.whenOpened(
                new SameThreadRunner(),
                o -> {
                    result[0] = o;
                    opened.countDown();
                },
                e -> opened.countDown());
        assertTrue(opened.await(60, TimeUnit.SECONDS), "the case opens");
        try {
            assertFalse(result[0].analysis().flags().isEmpty(), "and is analysed");
            assertFalse(steps.isEmpty());
            assertEquals(1.0, fractions.get(fractions.size() - 1), "the last step told is the end");
            for (int i = 1; i < fractions.size(); i++) {
                assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress only moves forward: " + fractions);
            }
        } finally {
            result[0].store().close();
        }
    }
}

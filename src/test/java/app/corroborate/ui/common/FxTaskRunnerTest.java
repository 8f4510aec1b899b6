package app.corroborate.ui.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The window's task runner while the window closes. */
class FxTaskRunnerTest {

    @Test
    void workHandedOverAfterTheShutdownIsDroppedQuietly() throws Exception {
        FxTaskRunner tasks = new FxTaskRunner();
        tasks.shutdown();
        AtomicBoolean ran = new AtomicBoolean();
        TaskRunner.Running running = assertDoesNotThrow(() -> tasks.run(
                () -> {
                    ran.set(true);
                    return 1;
                },
                r -> ran.set(true),
                e -> ran.set(true)));
        running.cancel();
        Thread.sleep(50);
        assertFalse(ran.get(), "nothing runs and nothing answers after the shutdown");
    }
}

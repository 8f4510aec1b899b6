package app.corroborate.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Peak heap use of one run of a task, from the JVM's memory pools (resets their peaks first). */
final class HeapProbe {

    private HeapProbe() {}

    static double peakMegabytes(Runnable task) {
        System.gc();
        long before = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
                before += pool.getUsage().getUsed();
            }
        }
        task.run();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return Math.max(0, peak - before) / (1024.0 * 1024.0);
    }
}

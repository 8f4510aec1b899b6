package app.corroborate.cli;

import java.lang.management.ManagementFactory;

/**
 * The CPU time this process has used (all its threads, the collector's included), beside wall time in the
 * benchmark: on a machine shared with other work, wall time measures the load as much as the code, CPU time the
 * code. Zero when the JVM cannot tell.
 */
final class CpuClock {

    private CpuClock() {}

    /** Nanoseconds of CPU time used by the process so far. */
    static long nanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuTime());
        }
        return 0;
    }
}

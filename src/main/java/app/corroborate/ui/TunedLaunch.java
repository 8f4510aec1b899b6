package app.corroborate.ui;

import app.corroborate.review.CacheFolder;
import app.corroborate.text.Digests;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Starts the window from a plain {@code java -jar} in a second Java process tuned for a fast start, as the
 * packaged app's launcher does: the quick compiler only (on two cores the optimising compiler's work at start-up
 * takes the CPU the window needs; measured, it also analyses a 5 x 500 KB case faster) and a class-data archive
 * of the classes a start loads, written by the first tuned start when it ends and mapped by every later one. The
 * start of the window then costs one more JVM start (about 0.1 s) and saves more than a second.
 *
 * <p>Guarantees: never applies when the product runs from its classes, from a packaged launcher (its runtime has
 * its own archive), inside a tuned process, on a JVM that is not HotSpot, with an agent or a debugger (HotSpot
 * refuses to write an archive with an agent), with Java options in the environment, or with the user's own
 * class-data or compiler options; the tuned process gets this one's
 * options, class path and arguments, and its exit status becomes this one's; an archive is kept only when the
 * process that wrote it ended normally, under a name of its own inputs (runtime, options, class path and the
 * jars' sizes and dates), so a rebuilt jar or another runtime makes a new one; at most {@link #KEPT} archives are
 * kept; a failure to start the tuned process leaves the start to this one, and a failure to keep an archive is
 * silent.
 */
public final class TunedLaunch {

    /** The system property that turns the tuned start off ({@value #OFF}) and marks the tuned process. */
    static final String PROPERTY = "corroborate.tunedLaunch";

    static final String OFF = "off";
    static final String TUNED = "tuned";
    /** The start of the first process (epoch ms), for the measuring of the window's start. */
    public static final String LAUNCHED_AT = "corroborate.launchedAt";
    /** Archives kept (30 to 40 MB each): the window's and the commands', and one more for another build. */
    static final int KEPT = 3;
    /** A half-written archive older than this belongs to a process that died: it is removed. */
    static final Duration ABANDONED = Duration.ofHours(1);

    private static final List<String> OWN_TUNING = List.of(
            "-Xshare",
            "-XX:SharedArchiveFile",
            "-XX:ArchiveClassesAtExit",
            "-XX:SharedClassListFile",
            "-XX:DumpLoadedClassList",
            "-XX:TieredStopAtLevel",
            "-XX:-TieredCompilation",
            "-javaagent",
            "-agentlib",
            "-agentpath",
            "-Xrunjdwp",
            "-Xdebug");

    private static final List<String> TUNING = List.of(
            "-XX:+IgnoreUnrecognizedVMOptions",
            "-XX:TieredStopAtLevel=1",
            "-Xshare:auto",
            "-Xlog:cds=off",
            "-Xlog:cds+dynamic=off");

    private final Path folder;
    private final Path javaCommand;

    TunedLaunch(Path folder, Path javaCommand) {
        this.folder = folder;
        this.javaCommand = javaCommand;
    }

    /**
     * Runs {@code mainClass} with {@code args} in a tuned process when that applies here, and returns its exit
     * status; empty when this process must go on itself. {@code purpose} names what the process is for (its
     * archive is its own).
     */
    public static OptionalInt run(Class<?> mainClass, String purpose, String[] args) {
        if (TUNED.equals(System.getProperty(PROPERTY))) {
            followLauncher();
        }
        if (!appliesHere(mainClass)) {
            return OptionalInt.empty();
        }
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (options.stream().anyMatch(TunedLaunch::ownTuning)) {
            return OptionalInt.empty();
        }
        long started = ManagementFactory.getRuntimeMXBean().getStartTime();
        Path javaHome = Path.of(System.getProperty("java.home"));
        Path java = javaHome.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
        return new TunedLaunch(CacheFolder.of("startup"), java)
                .launch(options, System.getProperty("java.class.path"), mainClass.getName(), purpose, args, started);
    }

    /** The status of a tuned process whose launcher was killed without the chance to stop it (SIGKILL). */
    static final int LAUNCHER_GONE = 137;

    /**
     * In the tuned process: ends this process when the launcher that waits for it is gone. A launcher stopped
     * normally stops its tuned process itself; one killed outright cannot, and its window would live on unseen by
     * whatever killed it. Every verdict and note is already in the case file, so ending loses nothing.
     */
    static void followLauncher() {
        ProcessHandle.current().parent().ifPresent(launcher -> launcher.onExit()
                .thenRun(() -> System.exit(LAUNCHER_GONE)));
    }

    /** Runs the tuned process and waits for it; empty when it could not be started. */
    OptionalInt launch(
            List<String> options, String classPath, String mainClass, String purpose, String[] args, long started) {
        Path archive = folder.resolve(key(purpose, options, classPath) + ".jsa");
        Optional<Path> fresh = Files.isRegularFile(archive) ? Optional.empty() : freshArchive(archive);
        List<String> command = new ArrayList<>();
        command.add(javaCommand.toString());
        command.addAll(options);
        command.addAll(TUNING);
        if (Files.isRegularFile(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
        }
        fresh.ifPresent(f -> command.add("-XX:ArchiveClassesAtExit=" + f));
        command.addAll(List.of("-D" + PROPERTY + "=" + TUNED, "-D" + LAUNCHED_AT + "=" + started));
        command.addAll(List.of("-cp", classPath, mainClass));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        Thread stopper = new Thread(process::destroy, "corroborate-stop-tuned");
        Runtime.getRuntime().addShutdownHook(stopper);
        int status = waitFor(process);
        Runtime.getRuntime().removeShutdownHook(stopper);
        fresh.ifPresent(f -> keep(f, archive, status));
        prune(archive);
        return OptionalInt.of(status);
    }

    private static boolean appliesHere(Class<?> mainClass) {
        String vm = System.getProperty("java.vm.name", "");
        return System.getProperty(PROPERTY) == null
                && System.getProperty("jpackage.app-path") == null
                && System.getenv("JAVA_TOOL_OPTIONS") == null
                && System.getenv("JDK_JAVA_OPTIONS") == null
                && (vm.contains("HotSpot") || vm.contains("OpenJDK"))
                && fromJar(mainClass);
    }

    /** True for a Java option by which the user tunes class data or the compiler, debugs, or adds an agent. */
    static boolean ownTuning(String option) {
        return OWN_TUNING.stream().anyMatch(option::startsWith);
    }

    private static boolean fromJar(Class<?> c) {
        try {
            Path code = Path.of(
                    c.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code) && code.getFileName().toString().endsWith(".jar");
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * The name of the archive for these inputs: what the process is for (the window, the commands: each loads
     * classes of its own), the runtime, the options and the class path's files.
     */
    static String key(String purpose, List<String> options, String classPath) {
        StringBuilder in = new StringBuilder(purpose)
                .append('|')
                .append(System.getProperty("java.home"))
                .append('|')
                .append(System.getProperty("java.vm.version"))
                .append('\n');
        options.forEach(o -> in.append(o).append('\n'));
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            in.append(entry).append('|').append(stamp(Path.of(entry))).append('\n');
        }
        return Digests.sha256(in.toString()).substring(0, 24);
    }

    private static String stamp(Path file) {
        try {
            return Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException | RuntimeException e) {
            return "absent";
        }
    }

    private Optional<Path> freshArchive(Path archive) {
        try {
            Files.createDirectories(folder);
            String name = archive.getFileName().toString().replace(".jsa", "");
            return Optional.of(
                    folder.resolve(name + "." + ProcessHandle.current().pid() + ".tmp"));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static int waitFor(Process process) {
        while (true) {
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                process.destroy();
            }
        }
    }

    /** Keeps the archive a tuned process wrote when it ended normally; removes it otherwise. */
    static void keep(Path fresh, Path archive, int status) {
        try {
            if (status == 0 && Files.isRegularFile(fresh) && Files.size(fresh) > 0) {
                Files.move(fresh, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(fresh);
            }
        } catch (IOException | RuntimeException e) {
            // the next start writes it again
        }
    }

    /** Removes all but the {@link #KEPT} newest archives (the one in use among them) and abandoned halves. */
    void prune(Path inUse) {
        try (Stream<Path> files = Files.list(folder)) {
            Instant abandoned = Instant.now().minus(ABANDONED);
            List<Path> archives = new ArrayList<>();
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.endsWith(".jsa") && !f.equals(inUse)) {
                    archives.add(f);
                } else if (name.endsWith(".tmp") && modified(f).toInstant().isBefore(abandoned)) {
                    Files.deleteIfExists(f);
                }
            }
            archives.sort(Comparator.comparing(TunedLaunch::modified).reversed());
            for (Path old : archives.subList(Math.min(archives.size(), KEPT - 1), archives.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException | RuntimeException e) {
            // a folder that cannot be read keeps its files
        }
    }

    private static FileTime modified(Path f) {
        try {
            return Files.getLastModifiedTime(f);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "")
                .toLowerCase(java.util.Locale.ROOT)
                .contains("win");
    }
}

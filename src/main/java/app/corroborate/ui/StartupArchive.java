package app.corroborate.ui;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The packaged app's start-up archive (AppCDS), made on the first start of an app image that was shipped without
 * it (the image stays under 100 MB; the archive is about 50 MB): the packaging's training run left the list of
 * classes a start loads beside the app's jar, and the launcher itself dumps them into the runtime's default CDS
 * archive, which every later start maps without any option. JDK 17 maps an archive only when started with the
 * class path it was made with, which is why it is made where the app lives.
 *
 * <p>Guarantees: does nothing outside a jpackage launcher, without the class list, once the archive is made (a
 * marker beside the class list), or where the runtime's folder cannot be written (an installed package makes its
 * archive when installed); the archive in use is replaced only by one the launcher has been seen to map; the
 * work runs in a background process at the lowest priority, after a delay, and never fails or delays the app.
 */
final class StartupArchive {

    /** How long after the start the archive is made: the editor's first case is open and analysed by then. */
    static final Duration DELAY = Duration.ofSeconds(30);
    /** The longest a dump may take before it is abandoned (a dump of 5,400 classes takes about 10 s). */
    static final Duration PATIENCE = Duration.ofMinutes(5);

    static final String CLASS_LIST = "corroborate.classlist";
    static final String MARKER = "corroborate.archive-made";

    private final Path launcher;
    private final Path classList;
    private final Path archive;
    private final Path marker;

    StartupArchive(Path launcher, Path appFolder, Path runtime) {
        this.launcher = launcher;
        this.classList = appFolder.resolve(CLASS_LIST);
        this.marker = appFolder.resolve(MARKER);
        Path server = runtime.resolve("lib").resolve("server");
        Path windows = runtime.resolve("bin").resolve("server");
        this.archive =
                (Files.isDirectory(server) || !Files.isDirectory(windows) ? server : windows).resolve("classes.jsa");
    }

    /** The archive of the running launcher, when this process was started by a jpackage launcher. */
    static Optional<StartupArchive> ofThisProcess() {
        String launcher = System.getProperty("jpackage.app-path");
        if (launcher == null) {
            return Optional.empty();
        }
        try {
            Path jar = Path.of(StartupArchive.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return Optional.of(
                    new StartupArchive(Path.of(launcher), jar.getParent(), Path.of(System.getProperty("java.home"))));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** True when this app's archive is still to be made here and can be. */
    boolean needed() {
        return Files.isRegularFile(classList)
                && !Files.exists(marker)
                && Files.isExecutable(launcher)
                && Files.isWritable(archive.getParent())
                && Files.isWritable(marker.getParent());
    }

    /** Makes the archive after {@link #DELAY}, on a daemon thread, if {@link #needed()}. */
    void makeLater() {
        if (!needed()) {
            return;
        }
        Thread t = new Thread(
                () -> {
                    try {
                        Thread.sleep(DELAY.toMillis());
                        make();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (IOException | RuntimeException e) {
                        // the app starts as before, without the archive; the next start tries again
                    }
                },
                "startup-archive");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Dumps, checks and installs the archive; false when any step failed (nothing in use is touched then). */
    boolean make() throws IOException, InterruptedException {
        Path made = archive.resolveSibling("classes.jsa.making");
        Files.deleteIfExists(made);
        try {
            boolean dumped = run(
                            List.of(
                                    "-Xshare:dump",
                                    "-XX:SharedClassListFile=" + classList,
                                    "-XX:SharedArchiveFile=" + made,
                                    "-Xlog:cds=off",
                                    "-Xlog:cds+dynamic=off"),
                            List.of())
                    && Files.size(made) > 0;
            if (!dumped || !run(List.of("-Xshare:on", "-XX:SharedArchiveFile=" + made), List.of("--version"))) {
                return false;
            }
            Files.move(made, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.writeString(marker, "made by the first start of this app image\n", StandardCharsets.UTF_8);
            return true;
        } finally {
            Files.deleteIfExists(made);
        }
    }

    /** Runs the launcher with these JVM options (through an options file: paths may hold spaces). */
    private boolean run(List<String> jvmOptions, List<String> args) throws IOException, InterruptedException {
        Path options = Files.createTempFile("corroborate-archive", ".options");
        try {
            List<String> quoted = jvmOptions.stream()
                    .map(o -> "\"" + o.replace("\\", "\\\\") + "\"")
                    .toList();
            Files.write(options, quoted, StandardCharsets.UTF_8);
            List<String> command = new ArrayList<>();
            if (new File("/usr/bin/nice").canExecute()) {
                command.addAll(List.of("/usr/bin/nice", "-n", "19"));
            }
            command.add(launcher.toString());
            command.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("JAVA_TOOL_OPTIONS", "-XX:VMOptionsFile=" + options);
            // set by the launcher that started this app: a launcher that inherits it skips reading its
            // configuration (the class path among it) and would dump the JDK's classes only
            pb.environment().remove("_JPACKAGE_LAUNCHER");
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } finally {
            Files.deleteIfExists(options);
        }
    }
}

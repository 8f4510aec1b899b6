package app.corroborate.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.OptionalInt;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TunedLaunchTest {

    /** The tuned process of the tests: writes what it was started with to a file and exits with a given status. */
    public static final class Child {
        public static void main(String[] args) throws IOException {
            Files.writeString(
                    Path.of(args[0]),
                    System.getProperty(TunedLaunch.PROPERTY) + "\n"
                            + String.join(
                                    "\n", ManagementFactory.getRuntimeMXBean().getInputArguments()));
            System.exit(Integer.parseInt(args[1]));
        }
    }

    /** A launcher in a process of its own, to be killed outright by a test: starts {@link Sleeper} tuned. */
    public static final class KilledLauncher {
        public static void main(String[] args) {
            new TunedLaunch(Path.of(args[0]), java())
                    .launch(
                            List.of(),
                            System.getProperty("java.class.path"),
                            Sleeper.class.getName(),
                            "tests",
                            new String[] {args[1]},
                            0);
        }
    }

    /** A tuned process that would run for a minute: says its process id and waits. */
    public static final class Sleeper {
        public static void main(String[] args) throws Exception {
            TunedLaunch.followLauncher();
            Files.writeString(
                    Path.of(args[0]), Long.toString(ProcessHandle.current().pid()));
            Thread.sleep(60_000);
        }
    }

    @TempDir
    Path dir;

    @Test
    void aTunedProcessEndsWhenItsLauncherIsKilledOutright() throws Exception {
        Path said = dir.resolve("pid.txt");
        Process launcher = new ProcessBuilder(
                        java().toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        KilledLauncher.class.getName(),
                        dir.resolve("cache").toString(),
                        said.toString())
                .inheritIO()
                .start();
        try {
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
            while (!Files.isRegularFile(said) || Files.readString(said).isBlank()) {
                assertTrue(System.nanoTime() < deadline, "the tuned process never started");
                Thread.sleep(100);
            }
            ProcessHandle tuned = ProcessHandle.of(
                            Long.parseLong(Files.readString(said).strip()))
                    .orElseThrow();
            launcher.destroyForcibly().waitFor();
            tuned.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertFalse(tuned.isAlive(), "the tuned process outlived its launcher");
        } finally {
            launcher.destroyForcibly();
        }
    }

    @Test
    void theUsersOwnTuningAgentsAndDebuggersKeepTheStartInThisProcess() {
        assertTrue(TunedLaunch.ownTuning("-XX:SharedArchiveFile=app.jsa"));
        assertTrue(TunedLaunch.ownTuning("-Xshare:off"));
        assertTrue(TunedLaunch.ownTuning("-XX:TieredStopAtLevel=4"));
        assertTrue(TunedLaunch.ownTuning("-javaagent:profiler.jar"));
        assertTrue(TunedLaunch.ownTuning("-agentlib:jdwp=transport=dt_socket,server=y"));
        assertFalse(TunedLaunch.ownTuning("-Xmx2g"));
        assertFalse(TunedLaunch.ownTuning("-Dcorroborate.home=/tmp/x"));
    }

    @Test
    void theArchiveIsNamedByItsInputs() throws IOException {
        Path jar = Files.writeString(dir.resolve("app.jar"), "one");
        String first = TunedLaunch.key("window", List.of("-Xmx1g"), jar.toString());
        assertEquals(first, TunedLaunch.key("window", List.of("-Xmx1g"), jar.toString()));
        assertNotEquals(
                first, TunedLaunch.key("window", List.of("-Xmx2g"), jar.toString()), "other options, another archive");
        assertNotEquals(first, TunedLaunch.key("commands", List.of("-Xmx1g"), jar.toString()), "the commands' own");
        Files.writeString(jar, "rebuilt");
        assertNotEquals(
                first, TunedLaunch.key("window", List.of("-Xmx1g"), jar.toString()), "a rebuilt jar, another archive");
    }

    @Test
    void theTunedProcessGetsTheOptionsAndArgumentsAndItsStatusIsReturned() throws IOException {
        Path jar = childJar();
        Path said = dir.resolve("said.txt");
        TunedLaunch launch = new TunedLaunch(dir.resolve("cache"), java());
        OptionalInt status =
                launch.launch(List.of("-Xmx64m"), jar.toString(), Child.class.getName(), "tests", args(said, 3), 0);
        assertEquals(OptionalInt.of(3), status);
        List<String> lines = Files.readAllLines(said);
        assertEquals(TunedLaunch.TUNED, lines.get(0), "the tuned process knows it is one");
        assertTrue(lines.contains("-Xmx64m"), "this process's options are passed on: " + lines);
        assertTrue(lines.contains("-XX:TieredStopAtLevel=1"), lines.toString());
        assertEquals(List.of(), archives(), "a process that failed keeps no archive");
    }

    @Test
    void theFirstTunedStartWritesTheArchiveThatTheNextOneMaps() throws IOException {
        Path jar = childJar();
        Path said = dir.resolve("said.txt");
        TunedLaunch launch = new TunedLaunch(dir.resolve("cache"), java());
        assertEquals(
                OptionalInt.of(0),
                launch.launch(List.of(), jar.toString(), Child.class.getName(), "tests", args(said, 0), 0));
        List<Path> kept = archives();
        assertEquals(1, kept.size(), "the archive is kept once the process ended normally");
        assertTrue(Files.readString(said).contains("-XX:ArchiveClassesAtExit="));
        assertEquals(
                OptionalInt.of(0),
                launch.launch(List.of(), jar.toString(), Child.class.getName(), "tests", args(said, 0), 0));
        assertTrue(Files.readString(said).contains("-XX:SharedArchiveFile=" + kept.get(0)), Files.readString(said));
        assertEquals(kept, archives(), "the archive in use is not written again");
    }

    @Test
    void onlyTheNewestArchivesAndNoHalfWrittenOnesAreKept() throws IOException {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Path inUse = cache.resolve("c.jsa");
        for (String name : List.of("a.jsa", "b.jsa", "c.jsa", "d.jsa", "old.123.tmp", "new.456.tmp")) {
            Files.writeString(cache.resolve(name), name);
        }
        Files.setLastModifiedTime(cache.resolve("a.jsa"), FileTime.fromMillis(1_000));
        Files.setLastModifiedTime(cache.resolve("b.jsa"), FileTime.fromMillis(3_000));
        Files.setLastModifiedTime(cache.resolve("d.jsa"), FileTime.fromMillis(2_000));
        Files.writeString(cache.resolve("e.jsa"), "e.jsa");
        Files.setLastModifiedTime(cache.resolve("e.jsa"), FileTime.fromMillis(500));
        Files.setLastModifiedTime(cache.resolve("old.123.tmp"), FileTime.fromMillis(1_000));
        new TunedLaunch(cache, java()).prune(inUse);
        try (Stream<Path> left = Files.list(cache)) {
            assertEquals(
                    List.of("b.jsa", "c.jsa", "d.jsa", "new.456.tmp"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    private List<Path> archives() throws IOException {
        Path cache = dir.resolve("cache");
        if (!Files.isDirectory(cache)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.toString().endsWith(".jsa")).toList();
        }
    }

    private static String[] args(Path said, int status) {
        return new String[] {said.toString(), Integer.toString(status)};
    }

    private static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** A jar holding only the child (class data is archived from jars, never from folders). */
    private Path childJar() throws IOException {
        Path jar = dir.resolve("child.jar");
        String name = Child.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                InputStream in = Child.class.getClassLoader().getResourceAsStream(name)) {
            out.putNextEntry(new JarEntry(name));
            in.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }
}

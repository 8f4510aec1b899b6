package app.corroborate.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up archive is made once, where the app lives, and only an archive the launcher maps replaces the one
 * in use. The launcher here is a script that behaves as the JVM does for the options the archive uses: it dumps
 * the archive for {@code -Xshare:dump} and refuses {@code -Xshare:on} on an archive it cannot map.
 */
class StartupArchiveTest {

    @TempDir
    Path dir;

    private Path app;
    private Path server;

    @BeforeEach
    void image() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell to stand in for the launcher");
        app = Files.createDirectories(dir.resolve("lib/app"));
        server = Files.createDirectories(dir.resolve("lib/runtime/lib/server"));
        Files.writeString(server.resolve("classes.jsa"), "the JDK's own archive");
    }

    @Test
    void isNeededOnlyWithAClassListAndUntilMade() throws Exception {
        StartupArchive archive = new StartupArchive(launcher("dumps"), app, dir.resolve("lib/runtime"));
        assertFalse(archive.needed(), "no class list: an image built without one");
        Files.writeString(app.resolve(StartupArchive.CLASS_LIST), "java/lang/Object\n");
        assertTrue(archive.needed());
        Files.writeString(app.resolve(StartupArchive.MARKER), "made");
        assertFalse(archive.needed(), "made once");
    }

    @Test
    void aDumpTheLauncherMapsReplacesTheJdksArchiveAndIsMarked() throws Exception {
        Files.writeString(app.resolve(StartupArchive.CLASS_LIST), "java/lang/Object\n");
        StartupArchive archive = new StartupArchive(launcher("dumps"), app, dir.resolve("lib/runtime"));
        assertTrue(archive.make());
        assertEquals(
                "dumped from " + app.resolve(StartupArchive.CLASS_LIST),
                Files.readString(server.resolve("classes.jsa")).strip());
        assertTrue(Files.exists(app.resolve(StartupArchive.MARKER)));
        assertFalse(Files.exists(server.resolve("classes.jsa.making")), "nothing left behind");
        assertFalse(archive.needed());
    }

    @Test
    void aDumpTheLauncherCannotMapLeavesTheArchiveInUseAlone() throws Exception {
        Files.writeString(app.resolve(StartupArchive.CLASS_LIST), "java/lang/Object\n");
        StartupArchive archive = new StartupArchive(launcher("unmappable"), app, dir.resolve("lib/runtime"));
        assertFalse(archive.make());
        assertEquals("the JDK's own archive", Files.readString(server.resolve("classes.jsa")));
        assertFalse(Files.exists(app.resolve(StartupArchive.MARKER)), "the next start tries again");
        assertFalse(Files.exists(server.resolve("classes.jsa.making")));
    }

    /** A launcher that reads its JVM options from the options file named in JAVA_TOOL_OPTIONS. */
    private Path launcher(String behaviour) throws Exception {
        Path script = dir.resolve("bin/Corroborate");
        Files.createDirectories(script.getParent());
        Files.writeString(
                script,
                String.join(
                        "\n",
                        "#!/bin/sh",
                        "file=${JAVA_TOOL_OPTIONS#-XX:VMOptionsFile=}",
                        "opts=$(tr -d '\"' < \"$file\")",
                        "target=$(echo \"$opts\" | sed -n 's/^-XX:SharedArchiveFile=//p')",
                        "list=$(echo \"$opts\" | sed -n 's/^-XX:SharedClassListFile=//p')",
                        "case \"$opts\" in",
                        "  *-Xshare:dump*) echo \"dumped from $list\" > \"$target\"; exit 0 ;;",
                        "  *-Xshare:on*) [ \"" + behaviour
                                + "\" = dumps ] && grep -q dumped \"$target\" && exit 0; exit 1 ;;",
                        "esac",
                        "exit 2",
                        ""),
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }
}

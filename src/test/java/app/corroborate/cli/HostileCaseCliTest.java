package app.corroborate.cli;

import static app.corroborate.cli.HostileInputCliTest.refused;
import static app.corroborate.cli.HostileInputCliTest.run;
import static app.corroborate.cli.HostileInputCliTest.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case file after refusals (issue 12, section 3): a refused file is left exactly as it was with nothing
 * beside it, a failed creation leaves nothing, writers wait for each other, and every reason is the true one.
 */
class HostileCaseCliTest {

    private static final String STORY = "Police said 41 people were arrested after the march on Saturday. The "
            + "crowd left the square within two hours.\n";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private Path newCase(String name) throws Exception {
        Path kase = dir.resolve(name);
        Path a = write("a.txt", STORY);
        Path b = write("b.txt", STORY.replace("41 people", "at least 41 people"));
        assertEquals(
                0,
                run("case", "init", kase.toString(), a.toString(), b.toString()).code());
        return kase;
    }

    @Test
    void aDamagedCaseIsRefusedInOneLineAndLeftExactlyAsItWas() throws Exception {
        Path kase = newCase("broken.corroborate");
        byte[] bytes = Files.readAllBytes(kase);
        for (int i = 4096 + 100; i < Math.min(bytes.length, 4096 * 4); i++) {
            bytes[i] = (byte) 0x55;
        }
        Files.write(kase, bytes);
        Map<String, String> before = snapshot(dir);
        refused(kase.toString(), "damaged", "case", "list", kase.toString());
        refused(
                kase.toString(),
                "damaged",
                "case",
                "add",
                kase.toString(),
                write("c.txt", "Other news.").toString());
        before.put("c.txt", snapshot(dir).get("c.txt"));
        refused(
                kase.toString(),
                "damaged",
                "case",
                "backup",
                kase.toString(),
                dir.resolve("copy").toString());
        assertEquals(before, snapshot(dir), "nothing changed, no -wal, -shm or lock file added");
    }

    @Test
    void aCaseFromANewerVersionIsLeftExactlyAsItWas() throws Exception {
        Path kase = newCase("new.corroborate");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + kase);
                Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA user_version = 99");
        }
        Map<String, String> before = snapshot(dir);
        refused(kase.toString(), "newer version", "case", "list", kase.toString());
        refused(kase.toString(), "newer version", "verdict", kase.toString(), "--flag", "x", "--set", "false");
        assertEquals(before, snapshot(dir));
    }

    @Test
    void aFailedInitLeavesNoCaseBehind() throws Exception {
        Path empty = write("empty.txt", "");
        Path a = write("a.txt", STORY);
        Path png = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1});
        Path kase = dir.resolve("new.corroborate");
        Map<String, String> before = snapshot(dir);
        refused(empty.toString(), "the file is empty", "case", "init", kase.toString(), empty.toString(), a.toString());
        refused(png.toString(), "PNG image", "case", "init", kase.toString(), a.toString(), png.toString());
        refused(
                kase.toString(),
                "a.txt is already in this case",
                "case",
                "init",
                kase.toString(),
                a.toString(),
                a.toString());
        assertEquals(before, snapshot(dir), "no case, journal or lock file");
        assertFalse(Files.exists(kase));
        assertEquals(0, run("case", "init", kase.toString(), a.toString()).code(), "the corrected command works");
    }

    @Test
    void twoVerdictsAtTheSameMomentBothLand() throws Exception {
        Path kase = newCase("march.corroborate");
        var list = new ObjectMapper()
                .readTree(run("case", "list", kase.toString(), "--json").out());
        String flag = list.get("flags").get(0).get("id").asText();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<HostileInputCliTest.Run>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String note = "note " + i;
                Callable<HostileInputCliTest.Run> task =
                        () -> run("verdict", kase.toString(), "--flag", flag, "--set", "verified", "--note", note);
                runs.add(pool.submit(task));
            }
            for (Future<HostileInputCliTest.Run> r : runs) {
                assertEquals(0, r.get().code(), r.get().err());
            }
        } finally {
            pool.shutdownNow();
        }
        var after = new ObjectMapper()
                .readTree(run("case", "list", kase.toString(), "--json").out());
        assertEquals("verified", after.get("flags").get(0).get("verdict").asText());
    }

    @Test
    void everyReasonIsTheTrueOne() throws Exception {
        Path kase = newCase("march.corroborate");
        Path missing = dir.resolve("nowhere");
        Map<String, String> before = snapshot(dir);
        refused(
                missing.toString(),
                "the folder " + missing.toAbsolutePath() + " does not exist",
                "case",
                "init",
                missing.resolve("x.corroborate").toString());
        String line = refused(
                kase.toString(),
                "the folder " + missing.toAbsolutePath() + " does not exist",
                "case",
                "backup",
                kase.toString(),
                missing.resolve("copy.corroborate").toString());
        assertFalse(line.contains("disk error"), line);
        refused(kase.toString(), "already exists", "case", "backup", kase.toString(), kase.toString());
        Path none = dir.resolve("none.corroborate");
        refused(none.toString(), "no such case file", "case", "list", none.toString());
        assertEquals(before, snapshot(dir));
        assertTrue(CorroborateCommand.oneLine("a\nb\r\n c").equals("a b c"));
    }

    @Test
    void listingAndBackingUpLeaveNothingBesideTheCase() throws Exception {
        Path kase = newCase("march.corroborate");
        Map<String, String> before = snapshot(dir);
        assertEquals(0, run("case", "list", kase.toString()).code());
        assertEquals(0, run("case", "list", kase.toString(), "--json").code());
        Path copy = dir.resolve("copy.corroborate");
        assertEquals(0, run("case", "backup", kase.toString(), copy.toString()).code());
        Map<String, String> after = snapshot(dir);
        assertTrue(after.remove("copy.corroborate") != null);
        assertEquals(before, after, "no -wal or -shm left by a reader");
    }

    @Test
    void aCaseInAFolderTheUserCannotWriteIsListedAndBackedUpButNotChanged() throws Exception {
        Path kase = newCase("march.corroborate");
        Path folder = dir;
        Path copy = Files.createTempDirectory("backup").resolve("copy.corroborate");
        Map<String, String> before = snapshot(folder);
        Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(folder), "this user writes anywhere");
            assertEquals(0, run("case", "list", kase.toString()).code());
            assertEquals(
                    0, run("case", "backup", kase.toString(), copy.toString()).code());
            refused(kase.toString(), "read-only folder", "verdict", kase.toString(), "--flag", "x", "--set", "false");
            refused(
                    kase.toString(),
                    "read-only folder",
                    "case",
                    "add",
                    kase.toString(),
                    dir.resolve("a.txt").toString());
            assertEquals(before, snapshot(folder));
        } finally {
            Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            Files.deleteIfExists(copy);
            Files.deleteIfExists(copy.getParent());
        }
    }

    @Test
    void caseListingsShowControlCharactersEscaped() throws Exception {
        Path a = write("a.txt", "Police said \u001B[2J41 people were arrested on Saturday.\n");
        Path b = write("b.txt", "Police said \u001B[2J45 people were arrested on Saturday.\n");
        Path kase = dir.resolve("esc.corroborate");
        assertEquals(
                0,
                run("case", "init", kase.toString(), a.toString(), b.toString(), "--title", "t\u001B]0;x\u0007")
                        .code());
        HostileInputCliTest.Run r = run("case", "list", kase.toString());
        assertEquals(0, r.code(), r.err());
        HostileInputCliTest.assertNoControls(r.out());
        assertTrue(r.out().contains("t\\u001b]0;x\\u0007"), r.out());
    }
}

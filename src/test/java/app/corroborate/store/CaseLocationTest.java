package app.corroborate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.corroborate.store.postgres.ServerAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Case locations as typed, completed from the environment as PostgreSQL clients do, never printing passwords. */
class CaseLocationTest {

    @TempDir
    Path home;

    @Test
    void aPathIsACaseFileAndAnAddressIsAServerCase() throws Exception {
        assertEquals(new CaseLocation.File(Path.of("a/flood.corroborate")), CaseLocation.parse("a/flood.corroborate"));
        assertEquals("flood", CaseLocation.parse("a/flood.corroborate").name());
        CaseLocation.Server s = (CaseLocation.Server)
                CaseLocation.parse("postgresql://mara:secret@db.example:6543/newsroom?case=dam-2031&sslmode=require");
        assertEquals(new CaseLocation.Server("mara", "secret", "db.example", 6543, "newsroom", "dam-2031"), s);
        assertEquals("postgresql://mara@db.example:6543/newsroom?case=dam-2031", s.toString());
        assertFalse(s.toString().contains("secret"));
        assertInstanceOf(CaseLocation.Server.class, CaseLocation.parse("postgres:///?case=x"));
    }

    @Test
    void aServerAddressWithoutAGoodCaseNameIsRefusedInOneLine() {
        for (String bad : new String[] {"postgresql://h/db", "postgresql://h/db?case=", "postgresql://h/db?case=a;b"}) {
            CaseException e = assertThrows(CaseException.class, () -> CaseLocation.parse(bad));
            assertTrue(e.getMessage().contains("case=NAME"), e.getMessage());
        }
    }

    @Test
    void missingPartsComeFromTheEnvironmentAndThePasswordFromPgpass() throws Exception {
        Files.writeString(home.resolve(".pgpass"), "# comment\nother:5432:*:*:no\ndb.example:*:news:mara:s\\:cret\n");
        CaseLocation.Server s = (CaseLocation.Server) CaseLocation.parse("postgresql:///news?case=dam");
        ServerAddress a = ServerAddress.of(s, Map.of("PGHOST", "db.example", "PGUSER", "mara"), home);
        assertEquals("jdbc:postgresql://db.example:5432/news", a.jdbcUrl());
        assertEquals("mara", a.user());
        assertEquals("s:cret", a.password());
        assertFalse(a.toString().contains("cret"));
        ServerAddress env =
                ServerAddress.of(s, Map.of("PGHOST", "db.example", "PGUSER", "mara", "PGPASSWORD", "p"), home);
        assertEquals("p", env.password(), "PGPASSWORD before ~/.pgpass");
    }
}

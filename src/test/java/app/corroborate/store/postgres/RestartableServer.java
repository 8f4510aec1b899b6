package app.corroborate.store.postgres;

import app.corroborate.store.CaseLocation;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/** A PostgreSQL server of its own for one test, that can be killed (SIGKILL) and started again on its data. */
final class RestartableServer implements AutoCloseable {

    private final Path data;
    private final int port;
    private EmbeddedPostgres server;

    private RestartableServer(Path data, int port) {
        this.data = data;
        this.port = port;
    }

    static RestartableServer start() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        RestartableServer r = new RestartableServer(Files.createTempDirectory("corroborate-pg"), port);
        try {
            r.server = r.builder().start();
        } catch (IOException | RuntimeException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw e;
            }
            Assumptions.abort("PostgreSQL could not start here: " + e.getMessage());
        }
        return r;
    }

    private EmbeddedPostgres.Builder builder() {
        // commits reach the write-ahead log before they are acknowledged, as on a real server (the embedded
        // default turns that off for speed, and a killed server would then lose acknowledged changes)
        return EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("synchronous_commit", "on");
    }

    CaseLocation.Server location(String caseName) {
        return new CaseLocation.Server("postgres", null, "localhost", port, "postgres", caseName);
    }

    ServerAddress address(CaseLocation.Server location) {
        return ServerAddress.of(location, Map.of(), Path.of("/nonexistent"));
    }

    /** Kills the server's main process outright, as a crash or a power cut would. */
    void kill() throws IOException {
        long pid = Long.parseLong(
                Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
        ProcessHandle.of(pid).ifPresent(p -> {
            p.destroyForcibly();
            p.onExit().join();
        });
        server.close();
    }

    void restart() throws IOException {
        server = builder().start();
    }

    @Override
    public void close() throws IOException {
        server.close();
        try (var files = Files.walk(data)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }
}

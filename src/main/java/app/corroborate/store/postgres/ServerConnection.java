package app.corroborate.store.postgres;

import app.corroborate.store.CaseException;
import app.corroborate.store.CaseUnavailableException;
import app.corroborate.store.jdbc.Work;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The connection a server store works through, with the case's schema first on its search path; connected when
 * first needed and again after it broke.
 *
 * <p>Guarantees: {@link #write} runs its work in one transaction, committed whole or rolled back whole; when the
 * server cannot be reached or the connection breaks, the call fails with a {@link CaseUnavailableException} and
 * nothing is kept to be sent later; the next call connects anew. Calls are serialised (one at a time).
 */
final class ServerConnection implements AutoCloseable {

    private final ServerAddress address;
    private Connection connection;

    ServerConnection(ServerAddress address) {
        this.address = address;
    }

    /** A new connection to the server with the case's schema on its search path. */
    static Connection connect(ServerAddress address) throws SQLException {
        Connection c = DriverManager.getConnection(address.jdbcUrl(), address.properties());
        try (Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + quote(address.schema()));
        }
        return c;
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = connect(address);
        }
        return connection;
    }

    synchronized <T> T read(Work<T> work) throws CaseException {
        try {
            return work.run(connection());
        } catch (SQLException e) {
            throw failed(e, false);
        }
    }

    /** Runs {@code work} in one read-only, repeatable-read transaction: one consistent state of the case. */
    synchronized <T> T readConsistent(Work<T> work) throws CaseException {
        return write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            return work.run(c);
        });
    }

    synchronized <T> T write(Work<T> work) throws CaseException {
        boolean committing = false;
        try {
            Connection c = connection();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                committing = true;
                c.commit();
                return result;
            } catch (SQLException | CaseException | RuntimeException e) {
                if (!committing) {
                    rollback(c);
                }
                throw e;
            } finally {
                if (connection != null) {
                    restoreAutoCommit(c);
                }
            }
        } catch (SQLException e) {
            throw failed(e, committing);
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // a broken connection: the server rolls back what was not committed
        }
    }

    private static void restoreAutoCommit(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // broken: the next call reconnects
        }
    }

    private CaseException failed(SQLException e, boolean committing) {
        CaseException translated = ServerErrors.translate(e, address, committing);
        if (translated instanceof CaseUnavailableException) {
            drop();
        }
        return translated;
    }

    private void drop() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already broken
            }
            connection = null;
        }
    }

    @Override
    public synchronized void close() {
        drop();
    }
}

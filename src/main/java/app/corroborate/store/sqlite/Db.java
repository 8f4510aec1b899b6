package app.corroborate.store.sqlite;

import app.corroborate.store.CaseException;
import app.corroborate.store.ReadOnlyCaseException;
import app.corroborate.store.jdbc.Work;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * One JDBC connection to a case file, with transactions and SQLite errors turned into messages a person
 * understands.
 *
 * <p>Guarantees: {@link #write} runs its work in one {@code BEGIN IMMEDIATE} transaction and either commits all
 * of it or rolls all of it back; a read-only connection refuses writes before touching the file.
 */
final class Db implements AutoCloseable {

    private final Connection connection;
    private final boolean readOnly;
    private final String readOnlyReason;

    Db(Connection connection, boolean readOnly, String readOnlyReason) {
        this.connection = connection;
        this.readOnly = readOnly;
        this.readOnlyReason = readOnlyReason;
    }

    boolean readOnly() {
        return readOnly;
    }

    Connection connection() {
        return connection;
    }

    synchronized <T> T read(Work<T> work) throws CaseException {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Runs {@code work} in one read transaction: every statement sees the same state of the case. */
    synchronized <T> T readConsistent(Work<T> work) throws CaseException {
        try {
            connection.setAutoCommit(false);
            try (java.sql.Statement s = connection.createStatement()) {
                s.executeQuery("SELECT count(*) FROM sqlite_master").close();
            }
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            rollback();
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is broken; the next call reports it
            }
        }
    }

    synchronized <T> T write(Work<T> work) throws CaseException {
        if (readOnly) {
            throw new ReadOnlyCaseException(readOnlyReason);
        }
        try {
            connection.setAutoCommit(false);
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback();
            throw translate(e);
        } catch (CaseException | RuntimeException e) {
            rollback();
            throw e;
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is broken; the next call reports it
            }
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // nothing was committed; a failed rollback leaves SQLite to roll back on close
        }
    }

    static CaseException translate(SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException s ? s.getResultCode() : null;
        String name = code == null ? "" : code.name();
        if (name.startsWith("SQLITE_FULL")) {
            return new CaseException("the disk is full; the change was not saved", e);
        }
        if (name.startsWith("SQLITE_READONLY")) {
            return new CaseException(
                    "the case file cannot be written here (read-only file or folder); " + "the change was not saved",
                    e);
        }
        if (name.startsWith("SQLITE_CORRUPT") || name.startsWith("SQLITE_NOTADB")) {
            return new CaseException("the case file is damaged; open a backup copy", e);
        }
        if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
            return new CaseException("the case is busy in another window; try again", e);
        }
        if (name.startsWith("SQLITE_IOERR") || name.startsWith("SQLITE_CANTOPEN")) {
            return new CaseException("a disk error stopped the change; it was not saved", e);
        }
        if (name.startsWith("SQLITE_CONSTRAINT")) {
            return new CaseException("the change conflicts with the case (" + firstLine(e) + ")", e);
        }
        return new CaseException("the case file could not be used (" + firstLine(e) + ")", e);
    }

    private static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a broken connection: nothing left to save
        }
    }
}

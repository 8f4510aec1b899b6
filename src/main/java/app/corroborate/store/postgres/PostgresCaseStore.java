package app.corroborate.store.postgres;

import app.corroborate.store.CaseException;
import app.corroborate.store.CaseListener;
import app.corroborate.store.CaseLocation;
import app.corroborate.store.Target;
import app.corroborate.store.jdbc.CaseCopy;
import app.corroborate.store.jdbc.JdbcCaseStore;
import app.corroborate.store.jdbc.Work;
import app.corroborate.store.sqlite.SqliteCaseStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;

/**
 * A case on a PostgreSQL server: one schema per case in a shared database, the same tables and statements as the
 * case file ({@link JdbcCaseStore}). Many windows and commands write at once, each change in its own transaction;
 * a change to one verdict or annotation holds a lock on it until it commits, so versions are compared and bumped
 * one writer at a time. Committed changes are announced with NOTIFY and heard by {@link #listen} (LISTEN).
 *
 * <p>Guarantees: see {@link app.corroborate.store.CaseStore}; never read-only; a lost connection refuses changes
 * with a {@link app.corroborate.store.CaseUnavailableException} and the next call reconnects; the password is
 * never stored with the case or printed.
 */
public final class PostgresCaseStore extends JdbcCaseStore {

    private final ServerAddress address;
    private final CaseLocation.Server location;
    private final ServerConnection db;
    private final String origin = UUID.randomUUID().toString();
    private ChangeListener listener;

    private PostgresCaseStore(CaseLocation.Server location, ServerAddress address, Clock clock) {
        super(clock);
        this.location = location;
        this.address = address;
        this.db = new ServerConnection(address);
    }

    /** Creates a case on the server; refuses a name the database already holds. */
    public static PostgresCaseStore create(
            CaseLocation.Server location, ServerAddress address, String title, String editor, Clock clock)
            throws CaseException {
        PostgresCaseStore store = createEmpty(location, address, clock);
        try {
            store.describe(title, editor);
        } catch (CaseException e) {
            store.discard();
            throw e;
        }
        return store;
    }

    /** Creates a case with its tables and no description: the target of a copy. */
    public static PostgresCaseStore createEmpty(CaseLocation.Server location, ServerAddress address, Clock clock)
            throws CaseException {
        PostgresCaseStore store = new PostgresCaseStore(location, address, clock);
        try {
            store.write(c -> {
                ServerMigrations.lock(c, address.schema());
                if (ServerMigrations.exists(c, address.schema())) {
                    throw new CaseException("already exists on the server; open it instead of creating it");
                }
                ServerMigrations.create(c, address.schema());
                return null;
            });
        } catch (CaseException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** Opens a case on the server, bringing its schema up to date. */
    public static PostgresCaseStore open(CaseLocation.Server location, ServerAddress address, Clock clock)
            throws CaseException {
        PostgresCaseStore store = new PostgresCaseStore(location, address, clock);
        try {
            store.write(c -> {
                if (!ServerMigrations.exists(c, address.schema())) {
                    throw new CaseException("no such case on the server (create it with case init, or copy a "
                            + "case file there with case copy)");
                }
                ServerMigrations.refuseNewer(c);
                ServerMigrations.lock(c, address.schema());
                ServerMigrations.migrate(c);
                return null;
            });
        } catch (CaseException e) {
            store.close();
            throw e;
        }
        return store;
    }

    @Override
    protected <T> T read(Work<T> work) throws CaseException {
        return db.read(work);
    }

    @Override
    protected <T> T write(Work<T> work) throws CaseException {
        return db.write(work);
    }

    @Override
    protected <T> T readConsistent(Work<T> work) throws CaseException {
        return db.readConsistent(work);
    }

    @Override
    protected void serialize(Connection c, String key) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
            s.setString(1, address.schema() + " " + key);
            s.executeQuery().close();
        }
    }

    @Override
    protected void announce(Connection c, Target target, String id, long version, String author) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT pg_notify(?, ?)")) {
            s.setString(1, address.channel());
            s.setString(2, ChangeListener.payload(origin, target, id, version, author));
            s.executeQuery().close();
        }
    }

    @Override
    protected void afterCopy(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : new String[] {"audit", "source_history"}) {
                s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'seq'), "
                        + "COALESCE((SELECT max(seq) FROM " + table + "), 0) + 1, false)");
            }
        }
    }

    @Override
    public synchronized CaseListener.Subscription listen(CaseListener l) {
        if (listener == null) {
            listener = new ChangeListener(address, origin);
        }
        return listener.add(l);
    }

    /** A name for the file a copy or an export of this case would get; no such file exists. */
    @Override
    public Path file() {
        return Path.of(location.caseName() + ".corroborate");
    }

    @Override
    public CaseLocation location() {
        return location;
    }

    @Override
    public boolean readOnly() {
        return false;
    }

    @Override
    public void backup(Path target) throws CaseException {
        SqliteCaseStore.checkBackupTarget(target);
        SqliteCaseStore copy = SqliteCaseStore.createEmpty(target, clock);
        try {
            CaseCopy.copy(this, copy);
        } catch (CaseException | RuntimeException e) {
            copy.discard();
            throw e;
        }
        copy.close();
    }

    @Override
    public synchronized void close() {
        if (listener != null) {
            listener.close();
            listener = null;
        }
        db.close();
    }

    /** Closes a case this process has just created and drops it from the server. */
    @Override
    public void discard() {
        try {
            write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA IF EXISTS " + ServerConnection.quote(address.schema()) + " CASCADE");
                }
                return null;
            });
        } catch (CaseException ignored) {
            // the server is gone: nothing more can be removed from here
        }
        close();
    }
}

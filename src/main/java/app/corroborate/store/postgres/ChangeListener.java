package app.corroborate.store.postgres;

import app.corroborate.store.CaseChange;
import app.corroborate.store.CaseListener;
import app.corroborate.store.Target;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears the changes committed to one server case (PostgreSQL LISTEN/NOTIFY) on its own connection and thread,
 * and passes them to the store's listeners.
 *
 * <p>Guarantees: a notification reaches the listeners within about {@value #POLL_MS} ms of its commit; when the
 * connection breaks, listeners hear {@code connection(false, why)} once, the thread tries again every
 * {@value #RETRY_MS} ms, and they hear {@code connection(true, ...)} when it is back (changes made meanwhile were
 * not announced: a listener reloads). {@link #close} stops the thread.
 */
final class ChangeListener implements AutoCloseable {

    static final int POLL_MS = 250;
    static final int RETRY_MS = 500;

    private final ServerAddress address;
    private final String origin;
    private final List<CaseListener> listeners = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Connection connection;

    ChangeListener(ServerAddress address, String origin) {
        this.address = address;
        this.origin = origin;
        this.thread = new Thread(this::run, "case-listener-" + address.caseName());
        thread.setDaemon(true);
        thread.start();
    }

    CaseListener.Subscription add(CaseListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The payload of a change: origin, target, id, version and author, separated by {@code |}. */
    static String payload(String origin, Target target, String id, long version, String author) {
        return origin + "|" + target.id() + "|" + id + "|" + version + "|" + (author == null ? "" : author);
    }

    private void run() {
        boolean up = true;
        while (running) {
            try {
                listen();
                if (!up) {
                    listeners.forEach(l -> l.connection(true, "connected again to " + address));
                }
                up = true;
                poll();
            } catch (SQLException e) {
                closeConnection();
                if (up && running) {
                    String why = "the connection to the case server " + address.host() + ":" + address.port()
                            + " was lost; changes are refused until it is back";
                    listeners.forEach(l -> l.connection(false, why));
                }
                up = false;
                pause();
            }
        }
        closeConnection();
    }

    private void listen() throws SQLException {
        Connection c = ServerConnection.connect(address);
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + ServerConnection.quote(address.channel()));
        }
        connection = c;
    }

    private void poll() throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        while (running) {
            PGNotification[] got = pg.getNotifications(POLL_MS);
            if (got == null) {
                continue;
            }
            for (PGNotification n : got) {
                CaseChange change = parse(n.getParameter());
                if (change != null) {
                    listeners.forEach(l -> l.changed(change));
                }
            }
        }
    }

    private CaseChange parse(String payload) {
        String[] p = payload.split("\\|", 5);
        if (p.length < 5) {
            return null;
        }
        try {
            return new CaseChange(
                    Target.fromId(p[1]), p[2], Long.parseLong(p[3]), p[4].isEmpty() ? null : p[4], p[0].equals(origin));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void closeConnection() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // broken already
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeConnection();
    }
}

package app.corroborate.store.postgres;

import app.corroborate.store.CaseException;
import app.corroborate.store.CaseUnavailableException;
import java.sql.SQLException;

/** Turns a PostgreSQL error into a one-line message a person understands, by its SQLSTATE. */
final class ServerErrors {

    private ServerErrors() {}

    static CaseException translate(SQLException e, ServerAddress address, boolean committing) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")) {
            String what = committing
                    ? "the connection broke while the change was being saved; it may not have "
                            + "been saved: check before making it again"
                    : "the change was not saved (it is not kept to " + "send later)";
            return new CaseUnavailableException(
                    "the case server " + address.host() + ":" + address.port() + " cannot be reached; " + what, e);
        }
        if (state.startsWith("28")) {
            return new CaseException(
                    "the server refused the login of " + address.user() + " (check the user, "
                            + "PGPASSWORD or ~/.pgpass)",
                    e);
        }
        if (state.equals("3D000")) {
            return new CaseException("the server has no database " + address.database(), e);
        }
        if (state.equals("42501")) {
            return new CaseException(
                    "the server does not allow " + address.user() + " to do this (" + firstLine(e) + ")", e);
        }
        if (state.startsWith("53")) {
            return new CaseException("the server is out of space or memory; the change was not saved", e);
        }
        if (state.startsWith("23")) {
            return new CaseException("the change conflicts with the case (" + firstLine(e) + ")", e);
        }
        return new CaseException("the case on the server could not be used (" + firstLine(e) + ")", e);
    }

    static String firstLine(SQLException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}

package app.corroborate.store.jdbc;

import app.corroborate.store.CaseException;
import java.sql.Connection;
import java.sql.SQLException;

/** Work on a case's connection, run by a store inside a read or inside one write transaction. */
public interface Work<T> {
    T run(Connection c) throws SQLException, CaseException;
}

package app.corroborate.store.jdbc;

import app.corroborate.store.CaseException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Copies a whole case between any two stores, table by table and row by row (sources with their bytes and
 * history, verdicts with their versions, snapshots, annotations, furniture decisions and the audit log, all as
 * they are), then reads the copy back and compares it with what was read.
 *
 * <p>Guarantees: the source is read in one consistent snapshot; the copy is written in one transaction, so it is
 * whole or empty; {@link #copy} returns only when the copy reads back equal, value for value, to the case;
 * otherwise it names the first table and row that differ. Memory: the whole case is held once while copying.
 */
public final class CaseCopy {

    /** The tables in an order that respects their references, each with the columns that order its rows. */
    private static final Map<String, String> TABLES = tables();

    private CaseCopy() {}

    private static Map<String, String> tables() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("case_info", "id");
        t.put("source", "id");
        t.put("source_history", "seq");
        t.put("furniture_override", "source_id, start, \"end\"");
        t.put("verdict", "target_kind, target_id");
        t.put("verdict_snapshot", "target_kind, target_id");
        t.put("annotation", "id");
        t.put("audit", "seq");
        return t;
    }

    /** How many rows of each table were copied. */
    public record Report(Map<String, Integer> rows) {
        @Override
        public String toString() {
            return rows.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey())
                    .collect(Collectors.joining(", "));
        }
    }

    private record Table(List<String> columns, List<Object[]> rows) {}

    /** Copies {@code from} into {@code to}, a case just created empty, and verifies the copy. */
    public static Report copy(JdbcCaseStore from, JdbcCaseStore to) throws CaseException {
        Map<String, Table> read = from.readConsistent(c -> dump(c, null));
        to.write(c -> {
            for (Map.Entry<String, Table> t : read.entrySet()) {
                insert(c, t.getKey(), t.getValue());
            }
            to.afterCopy(c);
            return null;
        });
        Map<String, Table> back = to.readConsistent(c -> dump(c, read));
        String difference = difference(read, back);
        if (difference != null) {
            throw new CaseException("the copy does not match the case (" + difference + ")");
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        read.forEach((name, t) -> counts.put(name, t.rows().size()));
        return new Report(counts);
    }

    /** Every table's rows; with {@code like}, only the columns that {@code like} has. */
    private static Map<String, Table> dump(Connection c, Map<String, Table> like) throws SQLException {
        Map<String, Table> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> t : TABLES.entrySet()) {
            if (t.getKey().equals("verdict_snapshot") && CaseSchema.version(c) < 2) {
                continue;
            }
            String columns = like == null
                    ? "*"
                    : String.join(
                            ", ",
                            like.get(t.getKey()).columns().stream()
                                    .map(CaseCopy::quoted)
                                    .toList());
            out.put(t.getKey(), select(c, "SELECT " + columns + " FROM " + t.getKey() + " ORDER BY " + t.getValue()));
        }
        return out;
    }

    private static Table select(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            ResultSetMetaData m = r.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= m.getColumnCount(); i++) {
                columns.add(m.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
            List<Object[]> rows = new ArrayList<>();
            while (r.next()) {
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = columns.get(i).equals("raw") ? r.getBytes(i + 1) : r.getObject(i + 1);
                }
                rows.add(row);
            }
            return new Table(columns, rows);
        }
    }

    private static void insert(Connection c, String table, Table t) throws SQLException {
        String names =
                String.join(", ", t.columns().stream().map(CaseCopy::quoted).toList());
        String marks = String.join(", ", t.columns().stream().map(x -> "?").toList());
        try (PreparedStatement s =
                c.prepareStatement("INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")")) {
            for (Object[] row : t.rows()) {
                for (int i = 0; i < row.length; i++) {
                    if (row[i] instanceof byte[] b) {
                        s.setBytes(i + 1, b);
                    } else if (row[i] instanceof Number n) {
                        s.setLong(i + 1, n.longValue());
                    } else if (row[i] == null) {
                        s.setNull(i + 1, java.sql.Types.VARCHAR);
                    } else {
                        s.setString(i + 1, row[i].toString());
                    }
                }
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static String quoted(String column) {
        return column.equals("end") ? "\"end\"" : column;
    }

    private static String difference(Map<String, Table> a, Map<String, Table> b) {
        for (String table : a.keySet()) {
            List<Object[]> x = a.get(table).rows();
            List<Object[]> y = b.get(table).rows();
            if (x.size() != y.size()) {
                return table + ": " + x.size() + " rows, the copy " + y.size();
            }
            for (int i = 0; i < x.size(); i++) {
                if (!Arrays.equals(normal(x.get(i)), normal(y.get(i)))) {
                    return table + ", row " + (i + 1);
                }
            }
        }
        return null;
    }

    private static Object[] normal(Object[] row) {
        Object[] out = new Object[row.length];
        for (int i = 0; i < row.length; i++) {
            Object v = row[i];
            out[i] = v instanceof byte[] b
                    ? Base64.getEncoder().encodeToString(b)
                    : v instanceof Number n ? (Object) n.longValue() : v == null ? null : v.toString();
        }
        return out;
    }
}

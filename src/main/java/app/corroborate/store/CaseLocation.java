package app.corroborate.store;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a case is: a case file (SQLite, the default) or a case on a PostgreSQL server, written as libpq's URI
 * {@code postgresql://USER@HOST:PORT/DATABASE?case=NAME} (also {@code postgres://}); parts left out come from the
 * usual {@code PGHOST}, {@code PGPORT}, {@code PGUSER}, {@code PGDATABASE} variables when the case is opened, and
 * the password from {@code PGPASSWORD} or {@code ~/.pgpass}.
 *
 * <p>Guarantees: {@link #toString()} never contains a password (one given in the address is kept only in memory,
 * for the connection); parsing refuses a server address without a case name, or with a name other than letters,
 * digits, {@code -} and {@code _} (at most 40), with a one-line message.
 */
public sealed interface CaseLocation {

    /** What the case is called: the file name without {@code .corroborate}, or the case name on the server. */
    String name();

    /** Where it is, for people: the folder of a case file, or the server and database of a server case. */
    String where();

    /** The same location without a password given in the address: what may be kept in a list of recent cases. */
    CaseLocation withoutPassword();

    /** A case file. */
    record File(Path file) implements CaseLocation {
        @Override
        public String name() {
            return String.valueOf(file.getFileName()).replaceFirst("\\.corroborate$", "");
        }

        @Override
        public String where() {
            Path parent = file.toAbsolutePath().getParent();
            return parent == null ? "" : parent.toString();
        }

        @Override
        public CaseLocation withoutPassword() {
            return this;
        }

        @Override
        public String toString() {
            return file.toString();
        }
    }

    /**
     * A case on a PostgreSQL server; null parts are taken from the environment when connecting.
     *
     * @param password given in the address (discouraged); never printed
     */
    record Server(String user, String password, String host, Integer port, String database, String caseName)
            implements CaseLocation {

        public Server {
            if (caseName == null || !CASE_NAME.matcher(caseName).matches()) {
                throw new IllegalArgumentException(
                        "a server case needs ?case=NAME (letters, digits, - and _, " + "at most 40)");
            }
        }

        @Override
        public String name() {
            return caseName;
        }

        @Override
        public String where() {
            return (user == null ? "" : user + "@")
                    + (host == null ? "localhost" : host)
                    + (port == null ? "" : ":" + port)
                    + (database == null ? "" : "/" + database);
        }

        @Override
        public CaseLocation withoutPassword() {
            return new Server(user, null, host, port, database, caseName);
        }

        /** The same case under another name on the same server and database. */
        public Server withCase(String other) {
            return new Server(user, password, host, port, database, other);
        }

        /** The address without any password. */
        @Override
        public String toString() {
            return "postgresql://" + (user == null ? "" : user + "@") + (host == null ? "" : host)
                    + (port == null ? "" : ":" + port) + "/" + (database == null ? "" : database) + "?case=" + caseName;
        }
    }

    Pattern CASE_NAME = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    Pattern URI = Pattern.compile(
            "(?i)postgres(?:ql)?://(?:([^:@/]*)(?::([^@/]*))?@)?([^:/?]*)(?::(\\d+))?" + "(?:/([^?]*))?(?:\\?(.*))?");

    /** True for what looks like a server address rather than a path. */
    static boolean isServer(String given) {
        String s = given.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("postgresql://") || s.startsWith("postgres://");
    }

    /** A path or a server address, as typed by the editor. */
    static CaseLocation parse(String given) throws CaseException {
        if (!isServer(given)) {
            return new File(Path.of(given));
        }
        Matcher m = URI.matcher(given.strip());
        if (!m.matches()) {
            throw new CaseException("not a server address: use postgresql://USER@HOST:PORT/DATABASE?case=NAME");
        }
        String caseName = null;
        for (String pair : m.group(6) == null ? new String[0] : m.group(6).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals("case")) {
                caseName = decode(pair.substring(eq + 1));
            }
        }
        try {
            return new Server(
                    blank(decode(m.group(1))),
                    blank(decode(m.group(2))),
                    blank(m.group(3)),
                    m.group(4) == null ? null : Integer.valueOf(m.group(4)),
                    blank(decode(m.group(5))),
                    caseName);
        } catch (IllegalArgumentException e) {
            throw new CaseException(e.getMessage());
        }
    }

    private static String decode(String s) {
        return s == null ? null : URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}

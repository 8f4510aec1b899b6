package app.corroborate.store.postgres;

import app.corroborate.store.CaseLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A server case's address completed as every PostgreSQL client does: parts the address leaves out come from
 * {@code PGHOST}, {@code PGPORT}, {@code PGDATABASE} and {@code PGUSER} (then localhost, 5432, the user's name);
 * the password from the address, else {@code PGPASSWORD}, else the first matching line of {@code PGPASSFILE} or
 * {@code ~/.pgpass}.
 *
 * <p>Guarantees: the password goes only into the connection's properties; {@link #toString()} and every message
 * name the server without it.
 */
public record ServerAddress(
        String host, int port, String database, String user, String password, String schema, String caseName) {

    /** Completes {@code location} from {@code env} (the process environment, or a test's) and {@code home}. */
    public static ServerAddress of(CaseLocation.Server location, Map<String, String> env, Path home) {
        String user = first(location.user(), env.get("PGUSER"), System.getProperty("user.name", "postgres"));
        String host = first(location.host(), env.get("PGHOST"), "localhost");
        int port = Integer.parseInt(
                first(location.port() == null ? null : location.port().toString(), env.get("PGPORT"), "5432"));
        String database = first(location.database(), env.get("PGDATABASE"), user);
        String password = first(location.password(), env.get("PGPASSWORD"), null);
        if (password == null) {
            Path file = env.containsKey("PGPASSFILE") ? Path.of(env.get("PGPASSFILE")) : home.resolve(".pgpass");
            password = fromPassFile(file, host, port, database, user);
        }
        return new ServerAddress(
                host, port, database, user, password, "corroborate_" + location.caseName(), location.caseName());
    }

    /** The process's environment and home folder. */
    public static ServerAddress of(CaseLocation.Server location) {
        return of(location, System.getenv(), Path.of(System.getProperty("user.home", ".")));
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The connection's properties: user, password, and timeouts that keep a window from hanging. */
    Properties properties() {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("ApplicationName", "Corroborate");
        p.setProperty("connectTimeout", "5");
        p.setProperty("socketTimeout", "60");
        p.setProperty("tcpKeepAlive", "true");
        return p;
    }

    /** The channel other stores on the same case listen on. */
    String channel() {
        return schema;
    }

    @Override
    public String toString() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database + "?case=" + caseName;
    }

    private static String first(String a, String b, String c) {
        return a != null && !a.isEmpty() ? a : b != null && !b.isEmpty() ? b : c;
    }

    /** The password of the first line {@code host:port:database:user:password} that matches ({@code *} any). */
    static String fromPassFile(Path file, String host, int port, String database, String user) {
        List<String> lines;
        try {
            lines = Files.isReadable(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            return null;
        }
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> f = fields(line);
            if (f.size() == 5
                    && matches(f.get(0), host)
                    && matches(f.get(1), String.valueOf(port))
                    && matches(f.get(2), database)
                    && matches(f.get(3), user)) {
                return f.get(4);
            }
        }
        return null;
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }

    private static List<String> fields(String line) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder f = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\\' && i + 1 < line.length()) {
                f.append(line.charAt(++i));
            } else if (ch == ':' && out.size() < 4) {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(ch);
            }
        }
        out.add(f.toString());
        return out;
    }
}

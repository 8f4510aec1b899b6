package app.corroborate.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Which evidence becomes a link: absolute http(s) addresses with a host, nothing else. */
final class Links {

    private Links() {}

    static boolean isWebUrl(String s) {
        if (s == null || s.isEmpty() || s.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>')) {
            return false;
        }
        try {
            URI u = new URI(s);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

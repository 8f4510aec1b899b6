package app.corroborate.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An address an editor gave for a page: only http and https are fetched.
 *
 * <p>Guarantees: {@link #parse} returns an absolute http(s) URI with a host, or refuses with one line a person
 * understands; an address typed without a scheme ({@code example.org/story}) is read as https.
 */
public final class WebAddress {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern LOOKS_LIKE = Pattern.compile("(?i)^https?://\\S+$");

    private WebAddress() {}

    /** True when {@code text} is one http(s) address and nothing else (a pasted or dropped link). */
    public static boolean isAddress(String text) {
        return text != null && LOOKS_LIKE.matcher(text.strip()).matches();
    }

    /** The first line of a dropped or pasted text when it is an address. */
    public static Optional<String> firstAddress(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String first = text.strip().lines().findFirst().orElse("").strip();
        return isAddress(first) ? Optional.of(first) : Optional.empty();
    }

    public static URI parse(String text) throws WebException {
        String address = text == null ? "" : text.strip();
        if (address.isEmpty()) {
            throw new WebException(address, "no address given");
        }
        if (!SCHEME.matcher(address).find() || address.matches("(?i)^[a-z0-9.-]+:\\d+.*")) {
            address = "https://" + address;
        }
        URI uri;
        try {
            uri = new URI(address.replace(" ", "%20"));
        } catch (URISyntaxException e) {
            throw new WebException(text, "is not a web address (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new WebException(text, "only http and https addresses are fetched (this one is " + scheme + ":)");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new WebException(text, "the address names no server");
        }
        return uri;
    }

    /** The host without a leading "www.", as a stand-in outlet name. */
    public static String site(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}

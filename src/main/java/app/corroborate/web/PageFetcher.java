package app.corroborate.web;

import app.corroborate.source.WebProvenance;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLException;

/**
 * Fetches one page over http or https: a GET of that address and of the redirects it answers with, nothing else
 * (no script runs, no image, style or frame is loaded).
 *
 * <p>Guarantees: every redirect target must be http(s) too, and at most {@link Limits#maxRedirects()} are
 * followed; the whole fetch, redirects and body included, ends within {@link Limits#timeout()} or when the
 * caller cancels; no more than {@link Limits#maxBytes()} bytes are read, whatever the server declares; an error
 * status, a media type that is not a page, text or PDF, and every network failure become a {@link WebException}
 * with one line a person understands. The provenance holds the address asked for, the final address and the time
 * the answer arrived.
 */
public final class PageFetcher {

    /**
     * @param maxBytes     the largest body accepted (the import limit)
     * @param timeout      the longest a whole fetch may take
     * @param maxRedirects the most redirects followed
     */
    public record Limits(long maxBytes, Duration timeout, int maxRedirects) {}

    private static final Duration POLL = Duration.ofMillis(100);
    private static final int CHUNK = 64 * 1024;
    private static final String ACCEPT =
            "text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8," + "*/*;q=0.1";
    private static final Map<Integer, String> STATUS = Map.of(
            400,
            "Bad Request",
            401,
            "login required",
            403,
            "Forbidden",
            404,
            "Not Found",
            410,
            "Gone",
            429,
            "Too Many Requests",
            500,
            "Internal Server Error",
            502,
            "Bad Gateway",
            503,
            "Service Unavailable",
            504,
            "Gateway Timeout");

    private final Limits limits;
    private final Clock clock;
    private final String userAgent;
    private final ExecutorService threads;
    private HttpClient client;

    public PageFetcher(Limits limits, Clock clock, String userAgent) {
        this.limits = limits;
        this.clock = clock;
        this.userAgent = userAgent;
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "page-fetch");
            t.setDaemon(true);
            return t;
        });
    }

    /** The HTTP client, made on the first fetch (making one costs a start-up the window should not pay). */
    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .executor(threads)
                    .connectTimeout(limits.timeout())
                    .build();
        }
        return client;
    }

    /** Fetches {@code address}; {@code cancelled} is polled while waiting. */
    public FetchedPage fetch(String address, BooleanSupplier cancelled) throws WebException {
        URI start = WebAddress.parse(address);
        Instant deadline = clock.instant().plus(limits.timeout());
        URI uri = start;
        for (int hop = 0; ; hop++) {
            if (remaining(deadline).isZero()) {
                throw timedOut(address);
            }
            HttpResponse<InputStream> answer = await(address, send(uri, deadline), deadline, cancelled);
            int status = answer.statusCode();
            if (isRedirect(status)) {
                close(answer.body());
                if (hop >= limits.maxRedirects()) {
                    throw new WebException(address, "too many redirects (more than " + limits.maxRedirects() + ")");
                }
                uri = redirectTarget(address, uri, answer);
                continue;
            }
            if (status >= 400 || status < 200) {
                close(answer.body());
                throw new WebException(
                        address,
                        "the server answered " + status
                                + (STATUS.containsKey(status) ? " (" + STATUS.get(status) + ")" : ""));
            }
            String type = mediaType(answer);
            refuseType(address, type);
            refuseDeclaredSize(address, answer);
            byte[] body = readBody(address, answer.body(), deadline, cancelled);
            WebProvenance from = new WebProvenance(start.toString(), uri.toString(), clock.instant());
            return new FetchedPage(from, type, charset(answer), body);
        }
    }

    private CompletableFuture<HttpResponse<InputStream>> send(URI uri, Instant deadline) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(remaining(deadline))
                .header("User-Agent", userAgent)
                .header("Accept", ACCEPT)
                .build();
        return client().sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI redirectTarget(String address, URI from, HttpResponse<?> answer) throws WebException {
        String location = answer.headers()
                .firstValue("Location")
                .orElseThrow(() -> new WebException(address, "the server redirected without saying where to"));
        URI target;
        try {
            target = from.resolve(location.strip().replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            throw new WebException(address, "the server redirected to an address that cannot be read: " + location);
        }
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new WebException(
                    address, "the server redirected to a " + scheme + ": address, which is not " + "fetched");
        }
        return target;
    }

    private static String mediaType(HttpResponse<?> answer) {
        String header = answer.headers().firstValue("Content-Type").orElse("");
        return header.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    private static String charset(HttpResponse<?> answer) {
        String header = answer.headers().firstValue("Content-Type").orElse("");
        for (String part : header.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return p.substring(8).replace("\"", "").strip();
            }
        }
        return null;
    }

    /** Pages, text and PDF pass (and a type the server left vague, judged by the content later). */
    private static void refuseType(String address, String type) throws WebException {
        if (type.isEmpty()
                || type.startsWith("text/")
                || type.equals("application/xhtml+xml")
                || type.equals("application/xml")
                || type.equals("application/pdf")
                || type.equals("application/octet-stream")) {
            return;
        }
        String what = type.startsWith("image/")
                ? "an image"
                : type.startsWith("video/") ? "a video" : type.startsWith("audio/") ? "a sound file" : "a file";
        throw new WebException(
                address, "the address gives " + what + " (" + type + "), not a web page, text or " + "PDF");
    }

    private void refuseDeclaredSize(String address, HttpResponse<InputStream> answer) throws WebException {
        long declared = answer.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > limits.maxBytes()) {
            close(answer.body());
            throw tooLarge(address, String.format(Locale.ROOT, "the page is %,d bytes", declared));
        }
    }

    private WebException tooLarge(String address, String what) {
        return new WebException(
                address,
                what + "; the largest source accepted is "
                        + String.format(Locale.ROOT, "%,d bytes", limits.maxBytes()));
    }

    private byte[] readBody(String address, InputStream in, Instant deadline, BooleanSupplier cancelled)
            throws WebException {
        Future<byte[]> reading = threads.submit(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[CHUNK];
            for (int n; (n = in.read(chunk)) >= 0; ) {
                out.write(chunk, 0, n);
                if (out.size() > limits.maxBytes()) {
                    return null;
                }
            }
            return out.toByteArray();
        });
        try {
            byte[] body = await(address, reading, deadline, cancelled);
            if (body == null) {
                throw tooLarge(address, "the page is larger than the limit");
            }
            return body;
        } finally {
            reading.cancel(true);
            close(in);
        }
    }

    /** Waits for {@code work}, polling for cancellation, until the deadline; translates every failure. */
    private <T> T await(String address, Future<T> work, Instant deadline, BooleanSupplier cancelled)
            throws WebException {
        try {
            while (true) {
                if (cancelled.getAsBoolean()) {
                    throw new WebException(address, "cancelled");
                }
                Duration left = remaining(deadline);
                if (left.isZero()) {
                    throw timedOut(address);
                }
                try {
                    return work.get(Math.min(left.toMillis(), POLL.toMillis()), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    // poll again
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebException(address, "cancelled", e);
        } catch (ExecutionException e) {
            throw translate(address, e.getCause());
        } finally {
            work.cancel(true);
        }
    }

    private WebException timedOut(String address) {
        return new WebException(
                address,
                "the server did not answer in full within " + limits.timeout().toSeconds() + " s");
    }

    private WebException translate(String address, Throwable t) {
        if (t instanceof HttpConnectTimeoutException || t instanceof HttpTimeoutException) {
            return timedOut(address);
        }
        if (t instanceof UnknownHostException || t.getCause() instanceof UnknownHostException) {
            return new WebException(address, "no server by that name was found (check the address and the network)", t);
        }
        if (t instanceof ConnectException || t.getCause() instanceof ConnectException) {
            return new WebException(address, "the server could not be reached (connection refused)", t);
        }
        if (t instanceof SSLException || t.getCause() instanceof SSLException) {
            return new WebException(address, "the secure connection failed (" + oneLine(t) + ")", t);
        }
        if (t instanceof IOException) {
            return new WebException(address, "the page could not be fetched (" + oneLine(t) + ")", t);
        }
        return new WebException(
                address, "the page could not be fetched (" + t.getClass().getSimpleName() + ")", t);
    }

    private static String oneLine(Throwable t) {
        String m = t.getMessage();
        return m == null || m.isBlank()
                ? t.getClass().getSimpleName()
                : m.lines().findFirst().orElse(m);
    }

    private Duration remaining(Instant deadline) {
        Duration left = Duration.between(clock.instant(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the connection is being dropped anyway
        }
    }
}

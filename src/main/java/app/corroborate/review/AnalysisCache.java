package app.corroborate.review;

import app.corroborate.align.Alignment;
import app.corroborate.claim.ClaimsMatrix;
import app.corroborate.flag.Flag;
import app.corroborate.source.SourceDocument;
import app.corroborate.store.CaseException;
import app.corroborate.store.FurnitureOverride;
import app.corroborate.store.StoredSource;
import app.corroborate.text.Digests;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Keeps the analyses of cases on disk, outside the case file, so that opening, listing or exporting a case whose
 * sources did not change since it was last analysed reads its analysis instead of computing it again.
 *
 * <p>Guarantees: an analysis is found only for exactly the same engine (the same build of the product) and the
 * same inputs (each source's bytes, name, place and role, and the editor's furniture decisions), so a changed
 * source, a new base or a furniture decision is never answered from an older analysis; a missing, unreadable or
 * damaged entry is treated as absent (the analysis is computed), and a failure to write one is ignored; reading
 * accepts only the product's own value types. Entries are written whole (to a temporary file, then moved), and
 * the least recently used are removed beyond {@link #KEPT} entries or {@link #KEPT_BYTES} bytes. The case file itself is never touched.
 */
public final class AnalysisCache {

    /** Entries kept at most: the cases an editor works on over a few weeks. */
    static final int KEPT = 40;

    /**
     * Bytes kept at most, the most recently used entries first: an entry of a 5 x 500 KB case is about 2.5 MB
     * compressed, of a 5 x 5 MB case about 25 MB, so this keeps a few weeks of ordinary cases and a few large ones.
     */
    static final long KEPT_BYTES = 512L * 1024 * 1024;

    /** No cache: every analysis is computed. */
    public static final AnalysisCache NONE = new AnalysisCache(null, null);

    /** What is kept of an analysis: everything but what the case itself holds (its sources' records). */
    record Entry(
            List<SourceDocument> documents, List<Alignment> toBase, int[] group, List<Flag> flags, ClaimsMatrix claims)
            implements Serializable {}

    /** A half-written entry older than this belongs to a process that ended while writing it: it is removed. */
    static final java.time.Duration ABANDONED = java.time.Duration.ofHours(1);

    private final Path folder;
    private final String engine;
    private final java.util.concurrent.Executor writer;

    /**
     * A cache in {@code folder} for analyses made by the engine identified by {@code engine} (any text that
     * changes with every build); a null engine disables the cache.
     */
    public AnalysisCache(Path folder, String engine) {
        this(folder, engine, Runnable::run);
    }

    private AnalysisCache(Path folder, String engine, java.util.concurrent.Executor writer) {
        this.folder = folder;
        this.engine = engine;
        this.writer = writer;
    }

    /**
     * This cache, writing its entries on a background thread of low priority, so that an analysis is handed over
     * before it is kept (for the window; a command that ends at once keeps writing on its own thread). An entry
     * is only ever seen whole: it is written under another name and renamed.
     */
    public AnalysisCache writingInBackground() {
        java.util.concurrent.ExecutorService background =
                java.util.concurrent.Executors.newSingleThreadExecutor(task -> {
                    Thread t = new Thread(task, "corroborate-analysis-cache");
                    t.setDaemon(true);
                    t.setPriority(Thread.MIN_PRIORITY);
                    return t;
                });
        return new AnalysisCache(folder, engine, background);
    }

    /**
     * The cache of this build in the user's cache folder (or under {@code corroborate.home} when set); none when
     * the product runs from its classes rather than a packaged jar, whose build cannot be told apart.
     */
    public static AnalysisCache standard() {
        String build = thisBuild();
        return build == null ? NONE : new AnalysisCache(CacheFolder.of("analysis"), build);
    }

    boolean enabled() {
        return folder != null && engine != null;
    }

    /** The key of a case's current inputs; empty when the cache is off. */
    Optional<String> key(List<StoredSource> sources, Overrides overrides) throws CaseException {
        if (!enabled()) {
            return Optional.empty();
        }
        StringBuilder in = new StringBuilder(engine).append('\n');
        for (StoredSource s : sources) {
            in.append(s.id())
                    .append('|')
                    .append(s.sha256())
                    .append('|')
                    .append(s.path())
                    .append('|');
            in.append(s.position()).append('|').append(s.base()).append('\n');
            for (FurnitureOverride o : overrides.of(s.id())) {
                in.append("  ")
                        .append(o.span().start())
                        .append('-')
                        .append(o.span().end())
                        .append('|');
                in.append(o.excluded()).append('|').append(o.reason()).append('\n');
            }
        }
        return Optional.of(Digests.sha256(in.toString()));
    }

    /** The furniture decisions of a source, as the case holds them. */
    interface Overrides {
        List<FurnitureOverride> of(String sourceId) throws CaseException;
    }

    Optional<Entry> read(String key) {
        Path file = folder.resolve(key + ".analysis");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)));
                ObjectInputStream objects = new ObjectInputStream(in)) {
            objects.setObjectInputFilter(AnalysisCache::allowed);
            Object read = objects.readObject();
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
            return read instanceof Entry e ? Optional.of(e) : Optional.empty();
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps {@code entry} under {@code key}, now or on the background thread; a failure leaves no entry. */
    void write(String key, Entry entry) {
        try {
            writer.execute(() -> writeNow(key, entry));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // no entry: the next opening computes the analysis again
        }
    }

    private void writeNow(String key, Entry entry) {
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, key, ".part");
            try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)));
                    ObjectOutputStream objects = new ObjectOutputStream(out)) {
                objects.writeObject(entry);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temporary);
                return;
            }
            Files.move(
                    temporary,
                    folder.resolve(key + ".analysis"),
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            prune();
        } catch (IOException | RuntimeException e) {
            // no entry: the next opening computes the analysis again
        }
    }

    private void prune() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            java.time.Instant abandoned = java.time.Instant.now().minus(ABANDONED);
            for (Path f : all) {
                if (f.getFileName().toString().endsWith(".part") && modified(f) < abandoned.toEpochMilli()) {
                    Files.deleteIfExists(f);
                }
            }
            List<Path> entries = all.stream()
                    .filter(f -> f.getFileName().toString().endsWith(".analysis"))
                    .sorted(Comparator.comparing(AnalysisCache::modified).reversed())
                    .toList();
            long bytes = 0;
            for (int i = 0; i < entries.size(); i++) {
                bytes += size(entries.get(i));
                if (i >= KEPT || bytes > KEPT_BYTES && i > 0) {
                    Files.deleteIfExists(entries.get(i));
                }
            }
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    private static long modified(Path f) {
        try {
            return Files.getLastModifiedTime(f).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Only the product's value types and the JDK's collections, strings, numbers and arrays of them. */
    private static ObjectInputFilter.Status allowed(ObjectInputFilter.FilterInfo info) {
        Class<?> c = info.serialClass();
        if (info.depth() > 64 || info.arrayLength() > 200_000_000L) {
            return ObjectInputFilter.Status.REJECTED;
        }
        if (c == null) {
            return ObjectInputFilter.Status.UNDECIDED;
        }
        while (c.isArray()) {
            c = c.getComponentType();
        }
        String name = c.getName();
        boolean ok = c.isPrimitive()
                || name.startsWith("app.corroborate.")
                || name.startsWith("java.util.")
                || name.equals("java.lang.String")
                || name.equals("java.lang.Integer")
                || name.equals("java.lang.Long")
                || name.equals("java.lang.Double")
                || name.equals("java.lang.Boolean")
                || name.equals("java.lang.Number")
                || name.equals("java.lang.Enum")
                || name.equals("java.lang.Object")
                || name.equals("java.lang.Record");
        return ok ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    }

    /** The jar this class was loaded from, by name, size and time; null when not loaded from a jar. */
    private static String thisBuild() {
        try {
            var source = AnalysisCache.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path jar = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return null;
            }
            return jar.getFileName() + "|" + Files.size(jar) + "|"
                    + Files.getLastModifiedTime(jar).toMillis() + "|" + ProductVersion.current();
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return null;
        }
    }
}

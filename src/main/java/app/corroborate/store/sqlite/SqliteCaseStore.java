package app.corroborate.store.sqlite;

import app.corroborate.source.SourceDocument;
import app.corroborate.source.WebProvenance;
import app.corroborate.store.Annotation;
import app.corroborate.store.AuditEntry;
import app.corroborate.store.CaseException;
import app.corroborate.store.CaseInfo;
import app.corroborate.store.CaseStore;
import app.corroborate.store.FurnitureOverride;
import app.corroborate.store.StoredSource;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.store.VerdictRecord;
import app.corroborate.store.VerdictSnapshot;
import app.corroborate.text.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A case kept in one SQLite file (WAL journal, foreign keys on, a busy timeout, synchronous commits), through
 * sqlite-jdbc.
 *
 * <p>Guarantees: see {@link CaseStore}; in addition, an existing file is checked through a read-only connection
 * before anything writes to it ({@link CaseOpener}); the window that holds the case lock writes, any other opens
 * it read-only and is told so.
 */
public final class SqliteCaseStore implements CaseStore {

    private final Path file;
    private final Db db;
    private final CaseLock lock;
    private final Clock clock;

    private SqliteCaseStore(Path file, Db db, CaseLock lock, Clock clock) {
        this.file = file;
        this.db = db;
        this.lock = lock;
        this.clock = clock;
    }

    /** How long a reader waits to bring an older case up to date while another window or command has it. */
    private static final Duration READER_PATIENCE = Duration.ofSeconds(5);

    /** Creates a new case; refuses a file that already exists, or a folder that is missing or read-only. */
    public static SqliteCaseStore create(Path file, String title, String editor, Clock clock) throws CaseException {
        if (Files.exists(file)) {
            throw new CaseException("already exists; open it instead of creating it");
        }
        CaseLock lock = CaseAccess.lockForCreating(file);
        SqliteCaseStore store;
        try {
            store = writable(file, clock, lock);
        } catch (CaseException e) {
            CaseAccess.remove(file);
            throw e;
        }
        Instant now = clock.instant();
        try {
            store.db.write(c -> {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO case_info (id, title, created, editor) "
                        + "VALUES (1, ?, ?, ?)")) {
                    s.setString(1, title);
                    s.setString(2, now.toString());
                    s.setString(3, editor);
                    s.executeUpdate();
                }
                AuditLog.record(c, now, editor, Target.CASE, "case", "title", null, title);
                return null;
            });
        } catch (CaseException e) {
            store.discard();
            throw e;
        }
        return store;
    }

    /** Opens an existing case: for writing if no other window has it, read-only otherwise. */
    public static SqliteCaseStore open(Path file, Clock clock) throws CaseException {
        return open(file, clock, Files::isWritable);
    }

    /** {@link #open(Path, Clock)}, with {@code writable} telling which paths this process may write. */
    static SqliteCaseStore open(Path file, Clock clock, Predicate<Path> writable) throws CaseException {
        CaseAccess.check(file, writable);
        String unwritable = CaseLock.unwritableReason(file, writable);
        CaseLock lock = unwritable == null ? CaseLock.tryAcquire(file) : null;
        if (lock == null) {
            String reason = unwritable != null ? unwritable : "the case is open in another window; it is read-only here";
            return readOnly(file, clock, reason, unwritable != null, !writable.test(CaseLock.folder(file)));
        }
        return writable(file, clock, lock);
    }

    /**
     * Opens an existing case for reading only, leaving it free for any window or command to write; a case of an
     * older schema is brought up to date first where it can be written (waiting for the lock as a writer does).
     */
    public static SqliteCaseStore openReadOnly(Path file, Clock clock) throws CaseException {
        int version = CaseAccess.check(file, Files::isWritable);
        String unwritable = CaseLock.unwritableReason(file, Files::isWritable);
        if (version < Migrations.CURRENT && unwritable == null) {
            openForWriting(file, clock, READER_PATIENCE).close();
        }
        return readOnly(file, clock, unwritable != null ? unwritable : "the case was opened for reading only",
                unwritable != null, !Files.isWritable(CaseLock.folder(file)));
    }

    /**
     * Opens an existing case for a change, waiting up to {@code patience} for another window or command to let
     * go of it (as SQLite's busy timeout waits for a lock); refuses with the true reason otherwise: the file or
     * its folder is read-only, or the case stayed in use.
     */
    public static SqliteCaseStore openForWriting(Path file, Clock clock, Duration patience) throws CaseException {
        return openForWriting(file, clock, patience, Files::isWritable);
    }

    static SqliteCaseStore openForWriting(Path file, Clock clock, Duration patience, Predicate<Path> writable)
            throws CaseException {
        CaseAccess.check(file, writable);
        CaseAccess.refuseUnwritable(file, writable);
        return writable(file, clock, CaseAccess.waitForLock(file, patience));
    }

    /** A store that refuses changes with {@code reason} (see {@link CaseAccess#readingConnection}). */
    private static SqliteCaseStore readOnly(Path file, Clock clock, String reason, boolean unwritable,
            boolean immutable) throws CaseException {
        return new SqliteCaseStore(file, new Db(CaseAccess.readingConnection(file, unwritable, immutable), true,
                reason), null, clock);
    }

    /** Opens for writing under {@code lock}, migrating the schema; releases the lock if that fails. */
    private static SqliteCaseStore writable(Path file, Clock clock, CaseLock lock) throws CaseException {
        Db db = null;
        try {
            db = new Db(CaseOpener.connect(file, false, false), false, null);
            db.write(c -> {
                Migrations.migrate(c);
                return null;
            });
            return new SqliteCaseStore(file, db, lock, clock);
        } catch (SQLException | CaseException e) {
            if (db != null) {
                db.close();
            }
            lock.close();
            throw e instanceof SQLException q ? Db.translate(q) : (CaseException) e;
        }
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public boolean readOnly() {
        return db.readOnly();
    }

    @Override
    public CaseInfo info() throws CaseException {
        return db.read(c -> {
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT title, created, editor FROM case_info WHERE id = 1")) {
                if (!r.next()) {
                    throw new CaseException("the case file has no case description; it may be incomplete");
                }
                return new CaseInfo(r.getString(1), Instant.parse(r.getString(2)), r.getString(3));
            }
        });
    }

    @Override
    public void rename(String title, String author) throws CaseException {
        String old = info().title();
        Instant now = clock.instant();
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE case_info SET title = ? WHERE id = 1")) {
                s.setString(1, title);
                s.executeUpdate();
            }
            AuditLog.record(c, now, author, Target.CASE, "case", "title", old, title);
            return null;
        });
    }

    @Override
    public List<StoredSource> sources() throws CaseException {
        return db.read(Sources::all);
    }

    @Override
    public byte[] raw(String sourceId) throws CaseException {
        byte[] raw = db.read(c -> Sources.raw(c, sourceId));
        if (raw == null) {
            throw new CaseException("no source " + sourceId + " in this case");
        }
        return raw;
    }

    @Override
    public List<StoredSource> removedSources() throws CaseException {
        return db.read(Sources::removed);
    }

    @Override
    public StoredSource addSource(SourceDocument doc, String fileName, WebProvenance web) throws CaseException {
        String id = Sources.idFor(doc);
        Instant now = clock.instant();
        db.write(c -> {
            if (Sources.raw(c, id) != null) {
                if (Sources.removed(c).stream().anyMatch(r -> r.id().equals(id))) {
                    throw new CaseException(fileName + " was removed from this case earlier (as " + id
                            + "); restore it instead of importing it again");
                }
                throw new CaseException(fileName + " is already in this case (as " + id + ")");
            }
            boolean first = Sources.all(c).isEmpty();
            Sources.insert(c, id, Sources.count(c), first, doc, fileName, web, now);
            return null;
        });
        return find(id);
    }

    private StoredSource find(String id) throws CaseException {
        return sources().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new CaseException("no source " + id + " in this case"));
    }

    @Override
    public void removeSource(String sourceId, String author) throws CaseException {
        Instant now = clock.instant();
        db.write(c -> {
            List<StoredSource> current = Sources.all(c);
            StoredSource gone = current.stream().filter(s -> s.id().equals(sourceId)).findFirst()
                    .orElseThrow(() -> new CaseException("no source " + sourceId + " in the comparison"));
            Sources.markRemoved(c, sourceId, now);
            AuditLog.record(c, now, author, Target.SOURCE, sourceId, "removed", null, now.toString());
            if (gone.base() && current.size() > 1) {
                String next = current.get(1).id();
                Sources.makeBase(c, next);
                AuditLog.record(c, now, author, Target.CASE, "case", "base", sourceId, next);
            }
            return null;
        });
    }

    @Override
    public void restoreSource(String sourceId, String author) throws CaseException {
        Instant now = clock.instant();
        db.write(c -> {
            StoredSource back = Sources.removed(c).stream().filter(s -> s.id().equals(sourceId)).findFirst()
                    .orElseThrow(() -> new CaseException("no removed source " + sourceId + " in this case"));
            boolean noBase = Sources.all(c).isEmpty();
            Sources.markRemoved(c, sourceId, null);
            AuditLog.record(c, now, author, Target.SOURCE, sourceId, "removed", back.removed().toString(), null);
            if (noBase) {
                Sources.makeBase(c, sourceId);
                AuditLog.record(c, now, author, Target.CASE, "case", "base", null, sourceId);
            }
            return null;
        });
    }

    @Override
    public void setBase(String sourceId, String author) throws CaseException {
        Instant now = clock.instant();
        db.write(c -> {
            String old = null;
            for (StoredSource s : Sources.all(c)) {
                old = s.base() ? s.id() : old;
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE source SET is_base = (id = ?)")) {
                s.setString(1, sourceId);
                if (Sources.raw(c, sourceId) == null) {
                    throw new CaseException("no source " + sourceId + " in this case");
                }
                s.executeUpdate();
            }
            AuditLog.record(c, now, author, Target.CASE, "case", "base", old, sourceId);
            return null;
        });
    }

    @Override
    public List<Annotation> reimport(String sourceId, SourceDocument newer, String fileName, String author)
            throws CaseException {
        Instant now = clock.instant();
        return db.write(c -> {
            if (Sources.raw(c, sourceId) == null) {
                throw new CaseException("no source " + sourceId + " in this case");
            }
            Sources.replace(c, sourceId, newer, fileName, now);
            AuditLog.record(c, now, author, Target.SOURCE, sourceId, "version", null, newer.sha256());
            return Annotations.reanchor(c, sourceId, newer.text(), Sources.textSha(newer.text()), author, now);
        });
    }

    @Override
    public List<FurnitureOverride> overrides(String sourceId) throws CaseException {
        return db.read(c -> Overrides.of(c, sourceId));
    }

    @Override
    public void setOverride(FurnitureOverride override, String author) throws CaseException {
        Instant now = clock.instant();
        db.write(c -> {
            Overrides.set(c, override, author, now);
            return null;
        });
    }

    @Override
    public void clearOverride(String sourceId, Span span, String author) throws CaseException {
        Instant now = clock.instant();
        db.write(c -> {
            Overrides.clear(c, sourceId, span, author, now);
            return null;
        });
    }

    @Override
    public Optional<VerdictRecord> verdict(Target target, String id) throws CaseException {
        return db.read(c -> Verdicts.find(c, target, id));
    }

    @Override
    public List<VerdictRecord> verdicts() throws CaseException {
        return db.read(Verdicts::all);
    }

    @Override
    public VerdictRecord setVerdict(Target target, String id, Verdict verdict, String note, String evidence,
            String author) throws CaseException {
        Instant now = clock.instant();
        return db.write(c -> Verdicts.set(c, target, id, verdict, note, evidence, author, now));
    }

    @Override
    public VerdictRecord setVerdict(Target target, String id, Verdict verdict, String note, String evidence,
            String author, VerdictSnapshot snapshot) throws CaseException {
        if (snapshot == null) {
            return setVerdict(target, id, verdict, note, evidence, author);
        }
        if (snapshot.target() != target || !snapshot.targetId().equals(id)) {
            throw new CaseException("the snapshot is of another " + snapshot.target().id() + " ("
                    + snapshot.targetId() + ")");
        }
        Instant now = clock.instant();
        return db.write(c -> {
            VerdictRecord r = Verdicts.set(c, target, id, verdict, note, evidence, author, now);
            Snapshots.put(c, snapshot);
            return r;
        });
    }

    @Override
    public Optional<VerdictSnapshot> snapshot(Target target, String id) throws CaseException {
        return db.read(c -> Snapshots.find(c, target, id));
    }

    @Override
    public List<VerdictSnapshot> snapshots() throws CaseException {
        return db.read(Snapshots::all);
    }

    @Override
    public List<Annotation> annotations() throws CaseException {
        return db.read(Annotations::current);
    }

    @Override
    public Annotation annotate(String sourceId, Span span, String note, Verdict verdict, List<String> tags,
            String author) throws CaseException {
        StoredSource source = sources().stream().filter(s -> s.id().equals(sourceId)).findFirst()
                .orElseThrow(() -> new CaseException("no source " + sourceId + " in this case"));
        if (span.isEmpty() || span.end() > source.text().length()) {
            throw new CaseException("the passage is outside the source's text");
        }
        Instant now = clock.instant();
        return db.write(c -> Annotations.insert(c, sourceId, source.text(), source.textSha256(), span, note, verdict,
                tags, author, now));
    }

    @Override
    public Annotation updateAnnotation(String id, String note, Verdict verdict, List<String> tags, String author)
            throws CaseException {
        Instant now = clock.instant();
        return db.write(c -> Annotations.update(c, id, note, verdict, tags, author, now));
    }

    @Override
    public void withdrawAnnotation(String id, String author) throws CaseException {
        Instant now = clock.instant();
        db.write(c -> {
            Annotations.withdraw(c, id, now, author, now);
            return null;
        });
    }

    @Override
    public Annotation restoreAnnotation(String id, String author) throws CaseException {
        Instant now = clock.instant();
        return db.write(c -> Annotations.withdraw(c, id, null, author, now));
    }

    @Override
    public List<AuditEntry> audit() throws CaseException {
        return db.read(AuditLog::all);
    }

    @Override
    public List<AuditEntry> audit(Target target, String targetId) throws CaseException {
        return db.read(c -> AuditLog.of(c, target, targetId));
    }

    @Override
    public void backup(Path target) throws CaseException {
        checkBackupTarget(target);
        db.read(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("backup to '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            return null;
        });
    }


    /** Refuses a backup target that exists or whose folder is missing or read-only, naming it and the reason. */
    public static void checkBackupTarget(Path target) throws CaseException {
        CaseAccess.checkBackupTarget(target);
    }

    /** The JDBC connection, for integrity checks in tests and tools. */
    Connection connection() {
        return db.connection();
    }

    @Override
    public void close() {
        db.close();
        if (lock != null) {
            lock.close();
        }
    }

    /**
     * Closes a case this process created and removes it with its journal files: a creation that failed part
     * way leaves nothing behind.
     */
    public void discard() {
        close();
        CaseAccess.remove(file);
    }
}

package app.corroborate.store.jdbc;

import app.corroborate.source.SourceDocument;
import app.corroborate.source.WebProvenance;
import app.corroborate.store.Annotation;
import app.corroborate.store.AuditEntry;
import app.corroborate.store.CaseException;
import app.corroborate.store.CaseInfo;
import app.corroborate.store.CaseStore;
import app.corroborate.store.ConflictException;
import app.corroborate.store.FurnitureOverride;
import app.corroborate.store.StoredSource;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.store.VerdictRecord;
import app.corroborate.store.VerdictSnapshot;
import app.corroborate.text.Span;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The case operations in SQL common to both stores: the same tables and the same statements on SQLite and on
 * PostgreSQL. A store supplies how a read and a write transaction run ({@link #read}, {@link #write}), and may
 * serialise changes to one verdict or annotation ({@link #serialize}) and announce committed changes
 * ({@link #announce}).
 *
 * <p>Guarantees: see {@link CaseStore}; every change runs in one {@link #write}, so it is committed whole or not
 * at all, with its audit entries; a refused conflicting change commits only its audit entry.
 */
public abstract class JdbcCaseStore implements CaseStore {

    protected final Clock clock;

    protected JdbcCaseStore(Clock clock) {
        this.clock = clock;
    }

    /** Runs {@code work} on the case's connection, without changing anything. */
    protected abstract <T> T read(Work<T> work) throws CaseException;

    /** Runs {@code work} in one transaction, committed when it returns and rolled back when it throws. */
    protected abstract <T> T write(Work<T> work) throws CaseException;

    /** Runs {@code work} on one consistent snapshot of the case (a copy reads every table in it). */
    protected <T> T readConsistent(Work<T> work) throws CaseException {
        return read(work);
    }

    /** Brings the store's counters past the rows a copy inserted (a server's identity sequences). */
    protected void afterCopy(Connection c) throws SQLException {}

    /** Holds {@code key} (a verdict or annotation) until the transaction ends; SQLite's write lock already does. */
    protected void serialize(Connection c, String key) throws SQLException {}

    /** Tells other stores on the same case, once the transaction commits, that a target changed. */
    protected void announce(Connection c, Target target, String id, long version, String author) throws SQLException {}

    @Override
    public CaseInfo info() throws CaseException {
        return read(c -> {
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT title, created, editor FROM case_info WHERE id = 1")) {
                if (!r.next()) {
                    throw new CaseException("the case has no case description; it may be incomplete");
                }
                return new CaseInfo(r.getString(1), Instant.parse(r.getString(2)), r.getString(3));
            }
        });
    }

    /** Writes the case's description; for a store just created. */
    protected void describe(String title, String editor) throws CaseException {
        Instant now = clock.instant();
        write(c -> {
            try (PreparedStatement s =
                    c.prepareStatement("INSERT INTO case_info (id, title, created, editor) " + "VALUES (1, ?, ?, ?)")) {
                s.setString(1, title);
                s.setString(2, now.toString());
                s.setString(3, editor);
                s.executeUpdate();
            }
            AuditLog.record(c, now, editor, Target.CASE, "case", "title", null, title);
            return null;
        });
    }

    @Override
    public void rename(String title, String author) throws CaseException {
        String old = info().title();
        Instant now = clock.instant();
        write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE case_info SET title = ? WHERE id = 1")) {
                s.setString(1, title);
                s.executeUpdate();
            }
            AuditLog.record(c, now, author, Target.CASE, "case", "title", old, title);
            announce(c, Target.CASE, "case", 0, author);
            return null;
        });
    }

    @Override
    public List<StoredSource> sources() throws CaseException {
        return read(Sources::all);
    }

    @Override
    public byte[] raw(String sourceId) throws CaseException {
        byte[] raw = read(c -> Sources.raw(c, sourceId));
        if (raw == null) {
            throw new CaseException("no source " + sourceId + " in this case");
        }
        return raw;
    }

    @Override
    public List<StoredSource> removedSources() throws CaseException {
        return read(Sources::removed);
    }

    @Override
    public StoredSource addSource(SourceDocument doc, String fileName, WebProvenance web) throws CaseException {
        String id = Sources.idFor(doc);
        Instant now = clock.instant();
        write(c -> {
            serialize(c, "sources");
            if (Sources.raw(c, id) != null) {
                if (Sources.removed(c).stream().anyMatch(r -> r.id().equals(id))) {
                    throw new CaseException(fileName + " was removed from this case earlier (as " + id
                            + "); restore it instead of importing it again");
                }
                throw new CaseException(fileName + " is already in this case (as " + id + ")");
            }
            boolean first = Sources.all(c).isEmpty();
            Sources.insert(c, id, Sources.count(c), first, doc, fileName, web, now);
            announce(c, Target.SOURCE, id, 0, null);
            return null;
        });
        return find(id);
    }

    private StoredSource find(String id) throws CaseException {
        return sources().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new CaseException("no source " + id + " in this case"));
    }

    @Override
    public void removeSource(String sourceId, String author) throws CaseException {
        Instant now = clock.instant();
        write(c -> {
            serialize(c, "sources");
            List<StoredSource> current = Sources.all(c);
            StoredSource gone = current.stream()
                    .filter(s -> s.id().equals(sourceId))
                    .findFirst()
                    .orElseThrow(() -> new CaseException("no source " + sourceId + " in the comparison"));
            Sources.markRemoved(c, sourceId, now);
            AuditLog.record(c, now, author, Target.SOURCE, sourceId, "removed", null, now.toString());
            if (gone.base() && current.size() > 1) {
                String next = current.get(1).id();
                Sources.makeBase(c, next);
                AuditLog.record(c, now, author, Target.CASE, "case", "base", sourceId, next);
            }
            announce(c, Target.SOURCE, sourceId, 0, author);
            return null;
        });
    }

    @Override
    public void restoreSource(String sourceId, String author) throws CaseException {
        Instant now = clock.instant();
        write(c -> {
            serialize(c, "sources");
            StoredSource back = Sources.removed(c).stream()
                    .filter(s -> s.id().equals(sourceId))
                    .findFirst()
                    .orElseThrow(() -> new CaseException("no removed source " + sourceId + " in this case"));
            boolean noBase = Sources.all(c).isEmpty();
            Sources.markRemoved(c, sourceId, null);
            AuditLog.record(
                    c,
                    now,
                    author,
                    Target.SOURCE,
                    sourceId,
                    "removed",
                    back.removed().toString(),
                    null);
            if (noBase) {
                Sources.makeBase(c, sourceId);
                AuditLog.record(c, now, author, Target.CASE, "case", "base", null, sourceId);
            }
            announce(c, Target.SOURCE, sourceId, 0, author);
            return null;
        });
    }

    @Override
    public void setBase(String sourceId, String author) throws CaseException {
        Instant now = clock.instant();
        write(c -> {
            serialize(c, "sources");
            String old = null;
            for (StoredSource s : Sources.all(c)) {
                old = s.base() ? s.id() : old;
            }
            if (Sources.raw(c, sourceId) == null) {
                throw new CaseException("no source " + sourceId + " in this case");
            }
            Sources.makeBase(c, sourceId);
            AuditLog.record(c, now, author, Target.CASE, "case", "base", old, sourceId);
            announce(c, Target.SOURCE, sourceId, 0, author);
            return null;
        });
    }

    @Override
    public List<Annotation> reimport(String sourceId, SourceDocument newer, String fileName, String author)
            throws CaseException {
        Instant now = clock.instant();
        return write(c -> {
            serialize(c, "sources");
            if (Sources.raw(c, sourceId) == null) {
                throw new CaseException("no source " + sourceId + " in this case");
            }
            Sources.replace(c, sourceId, newer, fileName, now);
            AuditLog.record(c, now, author, Target.SOURCE, sourceId, "version", null, newer.sha256());
            announce(c, Target.SOURCE, sourceId, 0, author);
            return Annotations.reanchor(c, sourceId, newer.text(), Sources.textSha(newer.text()), author, now);
        });
    }

    @Override
    public List<FurnitureOverride> overrides(String sourceId) throws CaseException {
        return read(c -> Overrides.of(c, sourceId));
    }

    @Override
    public void setOverride(FurnitureOverride override, String author) throws CaseException {
        Instant now = clock.instant();
        write(c -> {
            Overrides.set(c, override, author, now);
            announce(c, Target.SOURCE, override.sourceId(), 0, author);
            return null;
        });
    }

    @Override
    public void clearOverride(String sourceId, Span span, String author) throws CaseException {
        Instant now = clock.instant();
        write(c -> {
            Overrides.clear(c, sourceId, span, author, now);
            announce(c, Target.SOURCE, sourceId, 0, author);
            return null;
        });
    }

    @Override
    public Optional<VerdictRecord> verdict(Target target, String id) throws CaseException {
        return read(c -> Verdicts.find(c, target, id));
    }

    @Override
    public List<VerdictRecord> verdicts() throws CaseException {
        return read(Verdicts::all);
    }

    @Override
    public VerdictRecord setVerdict(
            Target target,
            String id,
            Verdict verdict,
            String note,
            String evidence,
            String author,
            VerdictSnapshot snapshot,
            long expectedVersion)
            throws CaseException {
        if (snapshot != null
                && (snapshot.target() != target || !snapshot.targetId().equals(id))) {
            throw new CaseException(
                    "the snapshot is of another " + snapshot.target().id() + " (" + snapshot.targetId() + ")");
        }
        Instant now = clock.instant();
        Verdicts.Outcome outcome = write(c -> {
            serialize(c, target.id() + ":" + id);
            Verdicts.Outcome o = Verdicts.set(c, target, id, verdict, note, evidence, author, now, expectedVersion);
            if (o.saved() != null) {
                if (snapshot != null) {
                    Snapshots.put(c, snapshot);
                }
                announce(c, target, id, o.saved().version(), author);
            }
            return o;
        });
        if (outcome.saved() == null) {
            throw ConflictException.onVerdict(target, outcome.theirs(), verdict);
        }
        return outcome.saved();
    }

    @Override
    public Optional<VerdictSnapshot> snapshot(Target target, String id) throws CaseException {
        return read(c -> Snapshots.find(c, target, id));
    }

    @Override
    public List<VerdictSnapshot> snapshots() throws CaseException {
        return read(Snapshots::all);
    }

    @Override
    public List<Annotation> annotations() throws CaseException {
        return read(Annotations::current);
    }

    @Override
    public Annotation annotate(
            String sourceId, Span span, String note, Verdict verdict, List<String> tags, String author)
            throws CaseException {
        StoredSource source = sources().stream()
                .filter(s -> s.id().equals(sourceId))
                .findFirst()
                .orElseThrow(() -> new CaseException("no source " + sourceId + " in this case"));
        if (span.isEmpty() || span.end() > source.text().length()) {
            throw new CaseException("the passage is outside the source's text");
        }
        Instant now = clock.instant();
        return write(c -> {
            Annotation a = Annotations.insert(
                    c, sourceId, source.text(), source.textSha256(), span, note, verdict, tags, author, now);
            announce(c, Target.ANNOTATION, a.id(), a.version(), author);
            return a;
        });
    }

    @Override
    public Annotation updateAnnotation(
            String id, String note, Verdict verdict, List<String> tags, String author, long expectedVersion)
            throws CaseException {
        Instant now = clock.instant();
        Annotations.Outcome outcome = write(c -> {
            serialize(c, "annotation:" + id);
            Annotations.Outcome o = Annotations.update(c, id, note, verdict, tags, author, now, expectedVersion);
            if (o.saved() != null) {
                announce(c, Target.ANNOTATION, id, o.saved().version(), author);
            }
            return o;
        });
        if (outcome.saved() == null) {
            throw ConflictException.onAnnotation(outcome.theirs(), verdict, note);
        }
        return outcome.saved();
    }

    @Override
    public void withdrawAnnotation(String id, String author) throws CaseException {
        Instant now = clock.instant();
        write(c -> {
            Annotation a = Annotations.withdraw(c, id, now, author, now);
            announce(c, Target.ANNOTATION, id, a.version(), author);
            return null;
        });
    }

    @Override
    public Annotation restoreAnnotation(String id, String author) throws CaseException {
        Instant now = clock.instant();
        return write(c -> {
            Annotation a = Annotations.withdraw(c, id, null, author, now);
            announce(c, Target.ANNOTATION, id, a.version(), author);
            return a;
        });
    }

    @Override
    public List<AuditEntry> audit() throws CaseException {
        return read(AuditLog::all);
    }

    @Override
    public List<AuditEntry> audit(Target target, String targetId) throws CaseException {
        return read(c -> AuditLog.of(c, target, targetId));
    }
}

package app.corroborate.store;

import app.corroborate.source.SourceDocument;
import app.corroborate.text.Span;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The editor's case: sources, verdicts, annotations, furniture decisions and the audit log.
 *
 * <p>Guarantees: every change is committed in its own transaction before the method returns (there is no save
 * step and nothing to lose on a crash); every verdict, note, evidence and tag change is appended to the audit
 * log; a case opened read-only refuses changes with {@link ReadOnlyCaseException}; failures are
 * {@link CaseException}s with a one-line message and leave the case as it was.
 */
public interface CaseStore extends AutoCloseable {

    Path file();

    /** True when this window may not change the case (it is open elsewhere). */
    boolean readOnly();

    CaseInfo info() throws CaseException;

    void rename(String title, String author) throws CaseException;

    /** Sources in order, the base first. */
    List<StoredSource> sources() throws CaseException;

    byte[] raw(String sourceId) throws CaseException;

    /** Adds a source; the first source of a case is its base. */
    StoredSource addSource(SourceDocument doc, String fileName) throws CaseException;

    void setBase(String sourceId, String author) throws CaseException;

    /**
     * Replaces a source with a newer version (the old one is kept in the history) and re-anchors its
     * annotations; returns the annotations that could not be placed and are now orphans.
     */
    List<Annotation> reimport(String sourceId, SourceDocument newer, String fileName, String author)
            throws CaseException;

    List<FurnitureOverride> overrides(String sourceId) throws CaseException;

    void setOverride(FurnitureOverride override, String author) throws CaseException;

    Optional<VerdictRecord> verdict(Target target, String id) throws CaseException;

    List<VerdictRecord> verdicts() throws CaseException;

    /** Sets a verdict with its note and evidence (null keeps the current value). */
    VerdictRecord setVerdict(Target target, String id, Verdict verdict, String note, String evidence, String author)
            throws CaseException;

    /**
     * Sets a verdict as {@link #setVerdict(Target, String, Verdict, String, String, String)} does and, in the same
     * transaction, keeps {@code snapshot} (what the editor saw) in place of any earlier snapshot of that flag or
     * claim; a null snapshot keeps the earlier one. Build snapshots with {@code review.VerdictSnapshots}.
     */
    VerdictRecord setVerdict(Target target, String id, Verdict verdict, String note, String evidence, String author,
            VerdictSnapshot snapshot) throws CaseException;

    /** The snapshot kept with the verdict on a flag or claim; empty for verdicts set before snapshots were kept. */
    Optional<VerdictSnapshot> snapshot(Target target, String id) throws CaseException;

    List<VerdictSnapshot> snapshots() throws CaseException;

    List<Annotation> annotations() throws CaseException;

    Annotation annotate(String sourceId, Span span, String note, Verdict verdict, List<String> tags, String author)
            throws CaseException;

    /** Changes an annotation's note, verdict or tags (null keeps the current value). */
    Annotation updateAnnotation(String id, String note, Verdict verdict, List<String> tags, String author)
            throws CaseException;

    List<AuditEntry> audit() throws CaseException;

    /** The changes to one flag, claim, annotation or source, oldest first. */
    List<AuditEntry> audit(Target target, String targetId) throws CaseException;

    /** Copies the case, consistent, through SQLite's online backup; the case may stay open. */
    void backup(Path target) throws CaseException;

    @Override
    void close();
}

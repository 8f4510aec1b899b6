package app.corroborate.store;

import app.corroborate.source.SourceDocument;
import app.corroborate.source.WebProvenance;
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
 * {@link CaseException}s with a one-line message and leave the case as it was. Verdicts and annotations carry a
 * version: a change made against an older one is refused with a {@link ConflictException} naming who changed it
 * and what they set, and both are in the audit log. A store on a server refuses changes it cannot send with a
 * {@link CaseUnavailableException} (nothing is queued) and reconnects on the next call.
 */
public interface CaseStore extends AutoCloseable {

    /** For {@code expectedVersion}: change whatever version is current (the change is still audited). */
    long ANY_VERSION = -1;

    /**
     * The case file; for a case on a server, a file name made from the case's name (where a copy or an export
     * would be named), not a file that exists.
     */
    Path file();

    /** Where the case is (a server address never includes a password). */
    default CaseLocation location() {
        return new CaseLocation.File(file());
    }

    /**
     * Calls {@code listener} for every change committed to this case by other windows and commands (and by this
     * store) while it is open, within about a second; a case file, which one window writes, calls it for nothing.
     */
    default CaseListener.Subscription listen(CaseListener listener) {
        return () -> {};
    }

    /** True when this window may not change the case (it is open elsewhere). */
    boolean readOnly();

    CaseInfo info() throws CaseException;

    void rename(String title, String author) throws CaseException;

    /** The sources in the comparison in order, the base first (removed sources are not among them). */
    List<StoredSource> sources() throws CaseException;

    /** The sources the editor removed; each keeps its bytes, history, annotations and verdicts. */
    List<StoredSource> removedSources() throws CaseException;

    byte[] raw(String sourceId) throws CaseException;

    /** Adds a source; the first source of a case is its base. */
    default StoredSource addSource(SourceDocument doc, String fileName) throws CaseException {
        return addSource(doc, fileName, null);
    }

    /**
     * Adds a source with where it was fetched from ({@code web}, null for a file or pasted text); the first source
     * of a case is its base. Refuses a source whose bytes the case already holds, removed or not.
     */
    StoredSource addSource(SourceDocument doc, String fileName, WebProvenance web) throws CaseException;

    /**
     * Takes a source out of the comparison without deleting anything: its bytes, history, annotations and the
     * verdicts on its flags stay in the case, and it can be restored. When it was the base, the next source
     * becomes the base. Both changes are in the audit log.
     */
    void removeSource(String sourceId, String author) throws CaseException;

    /** Puts a removed source back in the comparison (as the base when the case has no other source). */
    void restoreSource(String sourceId, String author) throws CaseException;

    void setBase(String sourceId, String author) throws CaseException;

    /**
     * Replaces a source with a newer version (the old one is kept in the history) and re-anchors its
     * annotations; returns the annotations that could not be placed and are now orphans.
     */
    List<Annotation> reimport(String sourceId, SourceDocument newer, String fileName, String author)
            throws CaseException;

    List<FurnitureOverride> overrides(String sourceId) throws CaseException;

    void setOverride(FurnitureOverride override, String author) throws CaseException;

    /** Forgets the editor's furniture decision on exactly {@code span} (recorded in the audit log). */
    void clearOverride(String sourceId, Span span, String author) throws CaseException;

    Optional<VerdictRecord> verdict(Target target, String id) throws CaseException;

    List<VerdictRecord> verdicts() throws CaseException;

    /** Sets a verdict with its note and evidence (null keeps the current value), whatever version is current. */
    default VerdictRecord setVerdict(
            Target target, String id, Verdict verdict, String note, String evidence, String author)
            throws CaseException {
        return setVerdict(target, id, verdict, note, evidence, author, null, ANY_VERSION);
    }

    /**
     * Sets a verdict as {@link #setVerdict(Target, String, Verdict, String, String, String)} does and, in the same
     * transaction, keeps {@code snapshot} (what the editor saw) in place of any earlier snapshot of that flag or
     * claim; a null snapshot keeps the earlier one. Build snapshots with {@code review.VerdictSnapshots}.
     */
    default VerdictRecord setVerdict(
            Target target,
            String id,
            Verdict verdict,
            String note,
            String evidence,
            String author,
            VerdictSnapshot snapshot)
            throws CaseException {
        return setVerdict(target, id, verdict, note, evidence, author, snapshot, ANY_VERSION);
    }

    /**
     * Sets a verdict as the other forms do, provided it is still at {@code expectedVersion} (0: no verdict yet;
     * {@link #ANY_VERSION}: any); otherwise refuses with a {@link ConflictException} carrying the current verdict,
     * records the refused change in the audit log and changes nothing else.
     */
    VerdictRecord setVerdict(
            Target target,
            String id,
            Verdict verdict,
            String note,
            String evidence,
            String author,
            VerdictSnapshot snapshot,
            long expectedVersion)
            throws CaseException;

    /** The snapshot kept with the verdict on a flag or claim; empty for verdicts set before snapshots were kept. */
    Optional<VerdictSnapshot> snapshot(Target target, String id) throws CaseException;

    List<VerdictSnapshot> snapshots() throws CaseException;

    /** The annotations the editor has not withdrawn, orphans and those on removed sources included. */
    List<Annotation> annotations() throws CaseException;

    Annotation annotate(String sourceId, Span span, String note, Verdict verdict, List<String> tags, String author)
            throws CaseException;

    /** Changes an annotation's note, verdict or tags (null keeps the current value), whatever its version. */
    default Annotation updateAnnotation(String id, String note, Verdict verdict, List<String> tags, String author)
            throws CaseException {
        return updateAnnotation(id, note, verdict, tags, author, ANY_VERSION);
    }

    /**
     * Changes an annotation provided it is still at {@code expectedVersion} ({@link #ANY_VERSION}: any); otherwise
     * refuses with a {@link ConflictException} carrying the annotation as it now stands (also audited).
     */
    Annotation updateAnnotation(
            String id, String note, Verdict verdict, List<String> tags, String author, long expectedVersion)
            throws CaseException;

    /**
     * Withdraws an annotation (the undo of making it): it leaves {@link #annotations()} but stays in the case and
     * the audit log, and {@link #restoreAnnotation} brings it back.
     */
    void withdrawAnnotation(String id, String author) throws CaseException;

    Annotation restoreAnnotation(String id, String author) throws CaseException;

    List<AuditEntry> audit() throws CaseException;

    /** The changes to one flag, claim, annotation or source, oldest first. */
    List<AuditEntry> audit(Target target, String targetId) throws CaseException;

    /** Copies the case, consistent, to a new case file; the case may stay open. */
    void backup(Path target) throws CaseException;

    /**
     * Closes a case this process has just created and removes it (a creation that failed part way leaves
     * nothing behind).
     */
    void discard();

    @Override
    void close();
}

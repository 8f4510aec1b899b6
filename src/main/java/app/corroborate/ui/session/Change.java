package app.corroborate.ui.session;

import app.corroborate.store.CaseException;
import app.corroborate.store.CaseStore;

/**
 * One change the editor made that undo can reverse and redo make again: a verdict or note, an annotation, a
 * furniture decision, a removed source, a new base. Undoing is itself a change written to the case and its audit
 * log; nothing is deleted by it.
 */
public sealed interface Change permits VerdictChange, AnnotationChange, FurnitureChange, SourceRemoval, BaseChange {

    /** What the window must read again once a change was written. */
    enum Effect {
        VERDICTS,
        ANNOTATIONS,
        ANALYSIS,
        SOURCES
    }

    /** A few words for the status bar: "annotation on 'at least 41 people'". */
    String description();

    /**
     * Writes the change again ({@code reverse} false) or its reverse to the case; returns what to read again.
     * Verdict changes are written by the session (they keep a snapshot of the analysis).
     */
    Effect write(CaseStore store, String author, boolean reverse) throws CaseException;
}

package app.corroborate.ui.session;

/**
 * One change the editor made that undo can reverse and redo make again: a verdict or note, an annotation, a
 * furniture decision, a removed source, a new base. Undoing is itself a change written to the case and its audit
 * log; nothing is deleted by it.
 */
public sealed interface Change permits VerdictChange, AnnotationChange, FurnitureChange, SourceRemoval, BaseChange {

    /** A few words for the status bar: "annotation on 'at least 41 people'". */
    String description();
}

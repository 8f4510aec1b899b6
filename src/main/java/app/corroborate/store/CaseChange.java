package app.corroborate.store;

/**
 * A change another store (or this one) committed to a shared case, as announced to listeners.
 *
 * @param target   what changed: a flag's or claim's verdict, an annotation, a source, or the case itself
 * @param targetId the flag fingerprint, claim id, annotation id, source id or {@code case}
 * @param version  the verdict's or annotation's version after the change (0 for sources and the case)
 * @param author   who made it
 * @param mine     true when this very store made it
 */
public record CaseChange(Target target, String targetId, long version, String author, boolean mine) {}

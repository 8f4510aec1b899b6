package app.corroborate.claim;

import app.corroborate.text.Span;

/**
 * One source's stand on a claim.
 *
 * @param span where the source states it (or its variant), null when absent
 */
public record Support(Status status, Span span) implements java.io.Serializable {

    public static final Support NONE = new Support(Status.ABSENT, null);
}

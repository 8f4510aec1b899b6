package app.corroborate.ui.sources;

import app.corroborate.review.SourceSummary;

/**
 * One source as the sources list shows it.
 *
 * @param flags     flags raised on it against the base
 * @param highFlags of which high severity
 * @param shared    the share of its sentences that face a sentence of the base (1 for the base)
 */
public record SourceRow(SourceSummary summary, int flags, int highFlags, double shared) {

    /**
     * A version that shares less than this share of its sentences with the base is most likely another story (a
     * file imported into the wrong case): on the 45 keyed stories the least related report of the same event shared
     * 0.11 of its sentences, three other stories imported into the sample case shared none.
     */
    public static final double UNRELATED = 0.05;

    public SourceRow(SourceSummary summary, int flags, int highFlags) {
        this(summary, flags, highFlags, 1);
    }

    /** A warning badge for a version that hardly shares a sentence with the base, or null. */
    public String unrelatedBadge() {
        return !base() && shared < UNRELATED ? "another story?" : null;
    }

    /** Why the warning badge is shown. */
    public String unrelatedReason() {
        return "Only " + Math.round(shared * 100) + "% of this source's sentences face a sentence of the base: it may"
                + " be another story. Its flags and the claims it alone makes are not to be trusted until it is"
                + " checked; remove it (Sources menu) if it was imported by mistake.";
    }

    public int index() {
        return summary.index();
    }

    public boolean base() {
        return summary.base();
    }

    /** The outlet, else the file name. */
    public String label() {
        return summary.label();
    }

    /** Date and word count: "2026-02-01 · 312 words". */
    public String details() {
        String date = summary.published() != null ? summary.published() + " \u00B7 " : "";
        return date + summary.words() + " words \u00B7 " + summary.fileName();
    }

    /** The copy-group badge: "same wire text as 2 others", or null for a source alone in its group. */
    public String groupBadge() {
        int n = summary.copies();
        return n == 0 ? null : "same wire text as " + n + (n == 1 ? " other" : " others");
    }

    /** "7 flags · 2 high", or "no flags"; the base shows nothing. */
    public String flagBadge() {
        if (base()) {
            return "";
        }
        if (flags == 0) {
            return "no flags";
        }
        return flags + (flags == 1 ? " flag" : " flags") + (highFlags > 0 ? " \u00B7 " + highFlags + " high" : "");
    }
}

package app.corroborate.ui.sources;

import app.corroborate.review.SourceSummary;

/**
 * One source as the sources list shows it.
 *
 * @param flags     flags raised on it against the base
 * @param highFlags of which high severity
 */
public record SourceRow(SourceSummary summary, int flags, int highFlags) {

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

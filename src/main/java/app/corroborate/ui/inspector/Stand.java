package app.corroborate.ui.inspector;

import app.corroborate.claim.Status;
import java.util.List;

/**
 * What one independent group of sources says about the flagged fact: the sources (copies of one wire text
 * together, counted once), whether they agree with the base, differ (with their text) or are silent.
 *
 * @param sources indexes of the sources in the group that take this stand
 * @param labels  their names, in the same order
 * @param text    what they say, null when silent
 */
public record Stand(List<Integer> sources, List<String> labels, Status status, String text) {

    public Stand {
        sources = List.copyOf(sources);
        labels = List.copyOf(labels);
    }

    /** "Rediff, Lokmat (same wire text)". */
    public String who() {
        return String.join(", ", labels) + (labels.size() > 1 ? " (same wire text)" : "");
    }
}

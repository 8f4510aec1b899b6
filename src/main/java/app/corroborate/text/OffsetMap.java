package app.corroborate.text;

/**
 * Maps offsets of a normalised text back to the original it was made from.
 *
 * <p>Guarantees: for every normalised range {@code [s, e)} the original range returned covers exactly the
 * characters that produced it; an empty range maps to an empty original range at the matching position.
 */
public final class OffsetMap {

    private final int[] starts;
    private final int[] ends;
    private final int originalLength;

    OffsetMap(int[] starts, int[] ends, int originalLength) {
        this.starts = starts;
        this.ends = ends;
        this.originalLength = originalLength;
    }

    /** Length of the normalised text. */
    public int length() {
        return starts.length;
    }

    public int originalStart(int normalizedIndex) {
        return normalizedIndex >= starts.length ? originalLength : starts[normalizedIndex];
    }

    public int originalEnd(int normalizedEnd) {
        return normalizedEnd == 0 ? (starts.length == 0 ? 0 : starts[0]) : ends[normalizedEnd - 1];
    }

    public Span toOriginal(int start, int end) {
        if (start < 0 || end < start || end > starts.length) {
            throw new IndexOutOfBoundsException("[" + start + ", " + end + ") of " + starts.length);
        }
        if (start == end) {
            int at = originalStart(start);
            return Span.at(at);
        }
        return new Span(starts[start], ends[end - 1]);
    }
}

package app.corroborate.text;

/**
 * A half-open range {@code [start, end)} of character offsets into an original text.
 *
 * <p>Guarantees {@code 0 <= start <= end}. An empty span marks a position (an insertion point).
 */
public record Span(int start, int end) implements Comparable<Span>, java.io.Serializable {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public static Span at(int position) {
        return new Span(position, position);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The text this span covers in {@code source}. */
    public String of(CharSequence source) {
        return source.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}

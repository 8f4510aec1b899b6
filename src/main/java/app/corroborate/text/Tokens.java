package app.corroborate.text;

/**
 * The tokens of one text in compact parallel arrays (no object per token), in text order.
 *
 * <p>Guarantees: token {@code i} covers {@code [start(i), end(i))} of the original text, spans are disjoint and
 * ascending, {@code id(i)} is the id of its normalised form in the dictionary the text was tokenised with.
 */
public final class Tokens {

    private static final TokenKind[] KINDS = TokenKind.values();
    static final int KIND_MASK = 0x0F;
    static final int CAPITAL = 0x10;

    private final int[] starts;
    private final int[] ends;
    private final int[] ids;
    private final byte[] kinds;
    private final int count;

    Tokens(int[] starts, int[] ends, int[] ids, byte[] kinds, int count) {
        this.starts = starts;
        this.ends = ends;
        this.ids = ids;
        this.kinds = kinds;
        this.count = count;
    }

    public int count() {
        return count;
    }

    public int start(int i) {
        return starts[check(i)];
    }

    public int end(int i) {
        return ends[check(i)];
    }

    public int id(int i) {
        return ids[check(i)];
    }

    public TokenKind kind(int i) {
        return KINDS[kinds[check(i)] & KIND_MASK];
    }

    /** True if the token is written with an upper-case first letter. */
    public boolean capitalized(int i) {
        return (kinds[check(i)] & CAPITAL) != 0;
    }

    public Span span(int i) {
        return new Span(start(i), end(i));
    }

    /** Index of the first token that starts at or after {@code offset} (or {@link #count()}). */
    public int firstStartingAtOrAfter(int offset) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** These tokens with every id passed through {@code map} (see {@link TokenDictionary#absorb}). */
    public Tokens remapped(int[] map) {
        int[] mapped = new int[count];
        for (int i = 0; i < count; i++) {
            mapped[i] = map[ids[i]];
        }
        return new Tokens(starts, ends, mapped, kinds, count);
    }

    private int check(int i) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException(i + " of " + count);
        }
        return i;
    }
}

package app.corroborate.text;

/**
 * A figure as the text states it: its value or range, and how the text hedges it.
 *
 * @param span  the whole phrase in the original text, hedge included ("at least 145", "10 to 12")
 * @param low   the smallest value stated
 * @param high  the largest value stated (equal to {@code low} unless a range)
 * @param hedge how exact the figure is claimed to be
 */
public record NumberPhrase(Span span, double low, double high, Hedge hedge) {

    /** How a figure is qualified. */
    public enum Hedge {
        EXACT,
        LOWER_BOUND,
        UPPER_BOUND,
        APPROXIMATE,
        RANGE,
        /** An order of magnitude only: "dozens", "hundreds", "thousands". */
        VAGUE
    }

    public boolean vague() {
        return hedge == Hedge.VAGUE;
    }

    /** True if {@code value} lies in this phrase's range. */
    public boolean covers(double value) {
        return value >= low && value <= high;
    }
}

package app.corroborate.flag;

import app.corroborate.text.NumberPhrase;

/**
 * Two values of one figure told with more or less precision: an exact count given as "about" itself rounded, or one
 * value the other rounded to its own significant digits. Pure; no state.
 */
final class Roundings {

    private Roundings() {}

    /**
     * One value is the other rounded to its own significant digits, two or more of them ("186 million" and
     * "186,400,000", "about 28,000" and "28,400", "87 per cent" and "86.6 per cent"): the same figure told more or
     * less precisely. A rounding to one digit ("680,000" told as "700,000") moves the figure too far to vouch for.
     */
    static boolean oneOfTheOther(NumberPhrase x, NumberPhrase y) {
        if (x.low() != x.high() || y.low() != y.high() || x.low() <= 0 || y.low() <= 0) {
            return false;
        }
        return rounds(x.low(), y.low()) || rounds(y.low(), x.low());
    }

    /**
     * {@code precise} rounded to the significant digits of {@code round} (two or more) is {@code round}, and
     * {@code round} reads as a rounding: an amount in millions or more, a figure ending in two zeros or more, or a
     * whole number against a fraction ("310 millimetres" against "311" is a change, "87 per cent" against "86.6" not).
     */
    private static boolean rounds(double precise, double round) {
        java.math.BigDecimal r = java.math.BigDecimal.valueOf(round).stripTrailingZeros();
        int digits = r.precision();
        if (digits < 2
                || java.math.BigDecimal.valueOf(precise).stripTrailingZeros().precision() <= digits) {
            return false;
        }
        boolean looksRound =
                round >= ROUND_SCALE || round % 100 == 0 || round == Math.rint(round) && precise != Math.rint(precise);
        if (!looksRound) {
            return false;
        }
        return java.math.BigDecimal.valueOf(precise)
                        .round(new java.math.MathContext(digits, java.math.RoundingMode.HALF_UP))
                        .compareTo(r)
                == 0;
    }

    /** An amount this large is given rounded to its millions, whatever its last digits. */
    static final double ROUND_SCALE = 1_000_000;

    /**
     * An exact figure given as "about" itself rounded to the version's last non-zero digit ("19,050 food packs"
     * as "about 19,000", "120 staff" as "about 120"): a faithful reading of the same count, where the other way
     * round (an approximate figure stated as exact) claims a precision the source never gave.
     */
    static boolean withAHedge(NumberPhrase x, NumberPhrase y) {
        if (x.hedge() != NumberPhrase.Hedge.EXACT
                || y.hedge() != NumberPhrase.Hedge.APPROXIMATE
                || x.low() != x.high()
                || y.low() != y.high()
                || y.low() <= 0
                || y.low() != Math.rint(y.low())
                || java.math.BigDecimal.valueOf(y.low()).stripTrailingZeros().precision() < 2) {
            return false;
        }
        double unit = 1;
        while (y.low() % (unit * 10) == 0) {
            unit *= 10;
        }
        return Math.abs(x.low() - y.low()) < unit / 2;
    }
}

package app.corroborate.text;

import java.util.function.IntFunction;

/**
 * Shares written as fractions ("a third of the schools", "by nearly half", "two-thirds of"), read in per cent for
 * {@link NumberPhrases}: a share compares with a share or a percentage, never with a count.
 *
 * <p>Guarantees: a fraction is a share only with "of" after it or a cue before it ("by", "nearly", "more than"),
 * and never before a span of time or distance ("a quarter of a century", "half past", "half an hour"). Constant
 * work per token.
 */
final class Shares {

    private Shares() {}

    /** A share in per cent, and the token after its words. */
    record Share(double percent, int next) {}

    /**
     * A share written as a fraction, in per cent: "a third", "half", "two thirds", "three-quarters", read only
     * where it is one: "of" after it ("a third of the schools") or a cue before it ("by half", "more than a
     * quarter", "nearly half"). "The third quarter" and "half an hour" are no shares. Null when there is none.
     */
    static Share at(IntFunction<String> form, int i, int to) {
        String f = form.apply(i);
        double part;
        int next;
        int dash = f.indexOf('-');
        if (dash > 0 && NumberWords.FRACTIONS.containsKey(f.substring(dash + 1))) {
            Integer n = NumberWords.WORDS.get(f.substring(0, dash));
            if (n == null || n < 1 || n > 4) {
                return null;
            }
            part = n * NumberWords.FRACTIONS.get(f.substring(dash + 1));
            next = i + 1;
        } else if (f.equals("half")) {
            part = 50;
            next = i + 1;
        } else if (i + 1 < to && NumberWords.FRACTIONS.containsKey(form.apply(i + 1))) {
            String fraction = form.apply(i + 1);
            Integer n = f.equals("a") ? Integer.valueOf(1) : NumberWords.WORDS.get(f);
            boolean plural = fraction.endsWith("s");
            if (n == null || n < 1 || n > 4 || plural != n > 1 || fraction.equals("half")) {
                return null;
            }
            part = n * NumberWords.FRACTIONS.get(fraction);
            next = i + 2;
        } else {
            return null;
        }
        boolean ofAfter = next < to && form.apply(next).equals("of");
        boolean measure = next < to && NOT_A_SHARE_AFTER.contains(form.apply(next)) // "half past", "half an hour"
                || ofAfter && next + 1 < to && ofAMeasure(form, next + 1, to); // "a quarter of a century"
        boolean cueBefore = i > 0 && NumberWords.SHARE_CUES.contains(form.apply(i - 1));
        return (ofAfter || cueBefore) && !measure ? new Share(part, next) : null;
    }

    /** Spans of time or distance a fraction may be of: "a quarter of a century", "the first half of the year". */
    private static final java.util.Set<String> MEASURES = java.util.Set.of(
            "century",
            "centuries",
            "decade",
            "year",
            "years",
            "season",
            "month",
            "months",
            "week",
            "day",
            "hour",
            "hours",
            "minute",
            "mile",
            "miles",
            "kilometre",
            "kilometer",
            "metre",
            "meter",
            "game",
            "match",
            "term",
            "quarter",
            "time",
            "way",
            "cup",
            "inch",
            "second");

    /** After "of": "a"/"an" (a measure: "of a century", "of an hour") or "the" and a span ("of the year"). */
    private static boolean ofAMeasure(IntFunction<String> form, int k, int to) {
        String f = form.apply(k);
        return f.equals("a") || f.equals("an") || f.equals("the") && k + 1 < to && MEASURES.contains(form.apply(k + 1));
    }

    /** Words after "half" that make it a time or a measure, not a share ("half past", "half an hour"). */
    private static final java.util.Set<String> NOT_A_SHARE_AFTER =
            java.util.Set.of("past", "an", "a", "hour", "time", "century", "decade", "mile", "marathon", "way");

    /** True if {@code form} is the last word of a share ("third", "half", "two-thirds"). */
    static boolean word(String form) {
        int dash = form.indexOf('-');
        return NumberWords.FRACTIONS.containsKey(dash > 0 ? form.substring(dash + 1) : form);
    }
}

package app.corroborate.text;

import java.util.Map;

/**
 * The words figures are written with, as data for {@link NumberPhrases}: number words, scale words (Indian
 * numbering and newsroom abbreviations included), hedges of one, two and three words, the currency signs a hedge
 * may stand before, the verbs of movement that make "up to" a destination, units of time, vague amounts and the
 * fractions of a share.
 */
final class NumberWords {

    private NumberWords() {}

    static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("zero", 0),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12),
            Map.entry("thirteen", 13),
            Map.entry("fourteen", 14),
            Map.entry("fifteen", 15),
            Map.entry("sixteen", 16),
            Map.entry("seventeen", 17),
            Map.entry("eighteen", 18),
            Map.entry("nineteen", 19),
            Map.entry("twenty", 20),
            Map.entry("thirty", 30),
            Map.entry("forty", 40),
            Map.entry("fifty", 50),
            Map.entry("sixty", 60),
            Map.entry("seventy", 70),
            Map.entry("eighty", 80),
            Map.entry("ninety", 90),
            Map.entry("dozen", 12),
            Map.entry("hundred", 100),
            Map.entry("thousand", 1000));
    /** The ordinals that end a compound ordinal ("twenty-first", "seventy-second"): no unit after a number. */
    static final java.util.Set<String> ORDINALS =
            java.util.Set.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth");

    /**
     * Scale words, Indian numbering (lakh, crore) and the newsroom abbreviations included, so that one amount
     * restated in another system (412 crore, 4.12 billion, 4,120 mn) reads as one value.
     */
    static final Map<String, Double> SCALES = Map.ofEntries(
            Map.entry("hundred", 1e2),
            Map.entry("thousand", 1e3),
            Map.entry("million", 1e6),
            Map.entry("billion", 1e9),
            Map.entry("trillion", 1e12),
            Map.entry("mn", 1e6),
            Map.entry("bn", 1e9),
            Map.entry("tn", 1e12),
            Map.entry("lakh", 1e5),
            Map.entry("lakhs", 1e5),
            Map.entry("lac", 1e5),
            Map.entry("lacs", 1e5),
            Map.entry("crore", 1e7),
            Map.entry("crores", 1e7),
            Map.entry("cr", 1e7),
            Map.entry("dozen", 12.0));

    static final Map<String, NumberPhrase.Hedge> HEDGES_2 = Map.of(
            "at least",
            NumberPhrase.Hedge.LOWER_BOUND,
            "more than",
            NumberPhrase.Hedge.LOWER_BOUND,
            "upwards of",
            NumberPhrase.Hedge.LOWER_BOUND,
            "at most",
            NumberPhrase.Hedge.UPPER_BOUND,
            "up to",
            NumberPhrase.Hedge.UPPER_BOUND,
            "fewer than",
            NumberPhrase.Hedge.UPPER_BOUND,
            "less than",
            NumberPhrase.Hedge.UPPER_BOUND,
            "close to",
            NumberPhrase.Hedge.APPROXIMATE,
            "an estimated",
            NumberPhrase.Hedge.APPROXIMATE,
            "older than",
            NumberPhrase.Hedge.LOWER_BOUND);
    /** Three-word hedges, read before the two-word ones ("no more than" is an upper bound, not "more than"). */
    static final Map<String, NumberPhrase.Hedge> HEDGES_3 = Map.of(
            "a minimum of", NumberPhrase.Hedge.LOWER_BOUND,
            "no fewer than", NumberPhrase.Hedge.LOWER_BOUND,
            "no less than", NumberPhrase.Hedge.LOWER_BOUND,
            "in excess of", NumberPhrase.Hedge.LOWER_BOUND,
            "a maximum of", NumberPhrase.Hedge.UPPER_BOUND,
            "no more than", NumberPhrase.Hedge.UPPER_BOUND);

    /**
     * Verbs of movement before "up to": the figure is where something goes ("fines go up to $1,200", "rose up to
     * 40"), the same statement as "rise to", while "by up to" and a bare "up to" bound the figure.
     */
    static final java.util.Set<String> MOTION = java.util.Set.of(
            "go",
            "goes",
            "went",
            "gone",
            "going",
            "rise",
            "rises",
            "rose",
            "risen",
            "rising",
            "climb",
            "climbs",
            "climbed",
            "climbing",
            "jump",
            "jumps",
            "jumped",
            "jumping",
            "move",
            "moves",
            "moved",
            "moving",
            "shot",
            "soar",
            "soars",
            "soared",
            "soaring",
            "head",
            "heads",
            "headed",
            "heading",
            "run",
            "runs",
            "ran");

    /** A currency sign between a hedge and its figure ("over ₹150 crore", "about $3 million", "some ₱87 million"). */
    static final java.util.Set<String> CURRENCY = java.util.Set.of(
            "$", "\u20B9", "\u20AC", "\u00A3", "\u00A5", "\u20B1", "\u20A6", "\u20B5", "\u09F3", "\u20A8", "\u20A9",
            "\u20BA", "\u20B4", "\u20BD", "\u0E3F", "rs", "rs.", "inr", "us$", "a$");

    static final Map<String, NumberPhrase.Hedge> HEDGES_1 = Map.of(
            "over",
            NumberPhrase.Hedge.LOWER_BOUND,
            "under",
            NumberPhrase.Hedge.UPPER_BOUND,
            "nearly",
            NumberPhrase.Hedge.UPPER_BOUND,
            "almost",
            NumberPhrase.Hedge.UPPER_BOUND,
            "about",
            NumberPhrase.Hedge.APPROXIMATE,
            "around",
            NumberPhrase.Hedge.APPROXIMATE,
            "roughly",
            NumberPhrase.Hedge.APPROXIMATE,
            "approximately",
            NumberPhrase.Hedge.APPROXIMATE,
            "some",
            NumberPhrase.Hedge.APPROXIMATE,
            "above",
            NumberPhrase.Hedge.LOWER_BOUND);

    static final java.util.Set<String> TIME_UNITS = java.util.Set.of(
            "seconds",
            "minutes",
            "hours",
            "days",
            "weeks",
            "months",
            "years",
            "decades",
            "nights",
            "weekends",
            "hour",
            "day",
            "week",
            "month",
            "year");

    static final Map<String, double[]> VAGUE = Map.of(
            "dozens",
            new double[] {24, 99},
            "scores",
            new double[] {40, 199},
            "hundreds",
            new double[] {200, 999},
            "thousands",
            new double[] {2000, 9999},
            "millions",
            new double[] {2e6, 9.99e8},
            "billions",
            new double[] {2e9, 9.99e11});

    /**
     * Fractions a share is written with, in per cent ("a third of the schools", "nearly half", "two-thirds of"),
     * singular and plural: a share compares with a share or a percentage, never with a count.
     */
    static final Map<String, Double> FRACTIONS = Map.of(
            "half", 50.0,
            "third", 100.0 / 3,
            "thirds", 100.0 / 3,
            "quarter", 25.0,
            "quarters", 25.0,
            "fifth", 20.0,
            "fifths", 20.0);

    /** Words before a share that make it one ("by half", "more than a third", "nearly half"). */
    static final java.util.Set<String> SHARE_CUES = java.util.Set.of(
            "by", "than", "nearly", "almost", "about", "around", "roughly", "some", "over", "under", "just", "only");
}

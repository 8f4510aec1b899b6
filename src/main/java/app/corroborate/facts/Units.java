package app.corroborate.facts;

import app.corroborate.text.NumberPhrase;
import app.corroborate.text.Stemmer;
import java.util.List;
import java.util.Set;

/**
 * Units of measure as a story writes them ("23km", "23 kilometres", "110 kph", "60,000 US gallons") and the amounts
 * it gives in two units, a figure with its conversion in brackets ("98km/h (61mph)").
 *
 * <p>Guarantees: one stem for each unit however it is written; a conversion is read only where nothing but a unit
 * of measure (or one word), a bracket, a hedge or a currency stands between the two figures. Pure; the conversions
 * of a document are read once and kept with it.
 */
final class Units {

    private Units() {}

    /**
     * Units of measure by the stems of their spellings and abbreviations, so that "23km", "23 kilometres" and a
     * "23-kilometer" road count the same thing (a speed by its distance: "110 kph" and "110 km per hour").
     */
    private static final java.util.Map<String, String> MEASURE_UNITS = measureUnits(
            "km: kilometre kilometr kilomet km kms kph kmph kmh",
            "metre: metre metr meter",
            "cm: centimetre centimetr centimet cm",
            "mm: millimetre millimetr millimet mm",
            "mile: mile mi mph",
            "kg: kilogram kilogramm kg kilo",
            "tonne: tonne tonn",
            "litre: litre litr liter",
            "hectare: hectare hectar ha",
            "foot: feet foot ft",
            "inch: inch");

    /** Each unit's dimension and its size in that dimension's base unit (metres, kilograms, litres, square metres). */
    private static final java.util.Map<String, double[]> SIZES = java.util.Map.ofEntries(
            java.util.Map.entry("km", new double[] {0, 1000}),
            java.util.Map.entry("metre", new double[] {0, 1}),
            java.util.Map.entry("cm", new double[] {0, 0.01}),
            java.util.Map.entry("mm", new double[] {0, 0.001}),
            java.util.Map.entry("mile", new double[] {0, 1609.344}),
            java.util.Map.entry("foot", new double[] {0, 0.3048}),
            java.util.Map.entry("inch", new double[] {0, 0.0254}),
            java.util.Map.entry("kg", new double[] {1, 1}),
            java.util.Map.entry("tonne", new double[] {1, 1000}),
            java.util.Map.entry("litre", new double[] {2, 1}),
            java.util.Map.entry("hectare", new double[] {3, 10_000}),
            java.util.Map.entry("square-metre", new double[] {3, 1}),
            java.util.Map.entry("square-km", new double[] {3, 1_000_000}),
            java.util.Map.entry("square-mile", new double[] {3, 2_589_988}),
            java.util.Map.entry("square-foot", new double[] {3, 0.0929}),
            java.util.Map.entry("cubic-metre", new double[] {2, 1000}));

    /**
     * How far an amount and its conversion may lie apart and still be one amount: a writer converting rounds ("about
     * nine metres" as "30ft", 29.5 ft), to within a twentieth.
     */
    static final double CONVERSION_ROUNDING = 0.05;

    /**
     * True if two figures give one amount in two units of one dimension ("about nine metres", "30ft"; "23km", "14
     * miles"), within {@link #CONVERSION_ROUNDING}.
     */
    static boolean converted(java.util.Set<String> unitA, double a, java.util.Set<String> unitB, double b) {
        double[] x = size(unitA);
        double[] y = size(unitB);
        if (x == null || y == null || x[0] != y[0] || x[1] == y[1]) {
            return false;
        }
        double p = a * x[1];
        double q = b * y[1];
        return Math.max(p, q) > 0 && Math.abs(p - q) <= CONVERSION_ROUNDING * Math.max(Math.abs(p), Math.abs(q));
    }

    /** The dimension a unit measures (0 length, 1 mass, 2 volume, 3 area), or -1 for a count of things. */
    static int dimension(java.util.Set<String> unit) {
        double[] s = size(unit);
        return s == null ? -1 : (int) s[0];
    }

    private static double[] size(java.util.Set<String> unit) {
        for (String u : unit) {
            double[] s = SIZES.get(u);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    private static java.util.Map<String, String> measureUnits(String... rows) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (String row : rows) {
            String[] parts = row.split(":\\s*");
            for (String form : parts[1].split(" ")) {
                out.put(form, parts[0]);
            }
        }
        return out;
    }

    /** The words a unit of measure is written with (as in {@link #MEASURE_UNITS}, and the few that qualify them). */
    private static List<String> unitWords() {
        List<String> out = new java.util.ArrayList<>(List.of(
                "us",
                "imperial",
                "metric",
                "square",
                "cubic",
                "per",
                "hour",
                "h",
                "gallons?",
                "barrels?",
                "acres?",
                "kilometres?",
                "kilometers?",
                "metres?",
                "meters?",
                "miles?",
                "feet",
                "foot",
                "litres?",
                "liters?",
                "tonnes?",
                "tons?",
                "pounds?",
                "lbs?",
                "ounces?",
                "oz",
                "degrees?",
                "knots?"));
        MEASURE_UNITS.keySet().forEach(u -> out.add(java.util.regex.Pattern.quote(u)));
        return out;
    }

    /** The stem a unit word counts by: one name for each unit of measure however it is written. */
    static String stem(String form) {
        String stem = Stemmer.stem(form);
        return MEASURE_UNITS.getOrDefault(stem, stem);
    }

    /**
     * Between a figure and its conversion: perhaps its unit (one word, or up to three words of units of measure:
     * "km/h", "US gallons", "km per hour"), an opening bracket, a hedge, a currency ("23km (14 miles)", "25,000 rupees
     * (about $300)", "98km/h (61mph)"). Words that are not units ("15 people in Dhaka (12 of them children)") make
     * the bracket another figure.
     */
    private static final java.util.regex.Pattern CONVERSION = java.util.regex.Pattern.compile(
            "(\\s*-?[\\p{L}]{1,12}\\.?|(\\s*[-/]?(?:" + String.join("|", unitWords()) + ")\\.?){1,3})?"
                    + "\\s*[(\\[]\\s*((about|around|roughly|some|nearly|approximately|approx\\.|rs\\.?|inr|usd|us|eur|gbp|aed"
                    + "|[$\u20ac\u00a3\u20b9\u00a5])\\s*)*");

    /** True for a word that writes a unit of measure ("metres", "km", "mph"). */
    /**
     * The one unit word of an area or a volume ("square-metre" for "square metres", "cubic-metre"), or null when
     * {@code qualifier} and {@code form} are no such pair: four square metres are an area, never a length.
     */
    static String power(String qualifier, String form) {
        return (qualifier.equals("square") || qualifier.equals("cubic")) && isUnit(form)
                ? qualifier + "-" + stem(form)
                : null;
    }

    static boolean isUnit(String form) {
        return MEASURE_UNITS.containsKey(Stemmer.stem(form));
    }

    /**
     * The pairs of values the document gives as one amount in two units, a figure with its conversion in
     * brackets ("Rs 412 crore ($49.6 million)"), as "low|low" both ways round.
     */
    static Set<String> conversions(DocumentAnalysis doc) {
        return doc.memo(CONVERSION, d -> {
            Set<String> out = new java.util.HashSet<>();
            for (SentenceInfo s : d.sentences()) {
                List<NumberPhrase> n = s.numbers();
                for (int k = 0; k + 1 < n.size(); k++) {
                    int from = n.get(k).span().end();
                    int to = n.get(k + 1).span().start();
                    if (from <= to
                            && CONVERSION
                                    .matcher(d.text()
                                            .subSequence(from, to)
                                            .toString()
                                            .toLowerCase(java.util.Locale.ROOT))
                                    .matches()) {
                        out.add(n.get(k).low() + "|" + n.get(k + 1).low());
                        out.add(n.get(k + 1).low() + "|" + n.get(k).low());
                    }
                }
            }
            return out;
        });
    }
}

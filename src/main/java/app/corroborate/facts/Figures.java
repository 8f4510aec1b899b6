package app.corroborate.facts;

import app.corroborate.text.NumberPhrase;
import app.corroborate.text.NumberPhrases;
import app.corroborate.text.Span;
import app.corroborate.text.TokenKind;
import app.corroborate.text.Tokens;
import app.corroborate.text.WordLists;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a figure counts: the words right after it ("145 militants", "17 law enforcement personnel") or, for a
 * figure at the end of a list line, right before it ("Militants Killed: 145"); and whether it is part of a date.
 *
 * <p>Guarantees: unit words are stems, at most three, stopping at function words and punctuation.
 */
public final class Figures {

    private static final Set<String> STOP = Set.of(
            "and",
            "or",
            "of",
            "in",
            "on",
            "at",
            "for",
            "to",
            "from",
            "by",
            "with",
            "over",
            "after",
            "before",
            "the",
            "a",
            "an",
            "were",
            "was",
            "are",
            "is",
            "had",
            "have",
            "has",
            "who",
            "that",
            "which",
            "since",
            "during",
            "across",
            "into",
            "than",
            "as",
            "per",
            "each",
            "more",
            "less",
            "killed",
            "dead",
            "following",
            "including",
            "amid",
            "near",
            "behind",
            "toward",
            "towards",
            "through",
            "under",
            "within",
            "without",
            "about",
            "around",
            "until",
            "while",
            "when",
            "where",
            "because",
            "but",
            "so",
            "if");
    /** Nouns that name what the figure after them measures: "magnitude 6.4", "level 3", "category 5". */
    private static final Set<String> MEASURES = Set.of(
            "magnitude",
            "level",
            "levels",
            "category",
            "grade",
            "phase",
            "stage",
            "tier",
            "rank",
            "score",
            "size",
            "aged",
            "age",
            "number",
            "no",
            "gate",
            "platform",
            "terminal",
            "route",
            "line",
            "flight");

    /** Unit words that make a figure an age rather than a count or a duration. */
    private static final Set<String> AGE_WORDS = Set.of("old", "aged", "age");

    private Figures() {}

    /** Durations in hours, by the stems the unit words take ("decades" stems to "decad"). */
    private static final java.util.Map<String, Double> HOURS = java.util.Map.ofEntries(
            java.util.Map.entry("minute", 1 / 60.0),
            java.util.Map.entry("minut", 1 / 60.0),
            java.util.Map.entry("hour", 1.0),
            java.util.Map.entry("day", 24.0),
            java.util.Map.entry("night", 24.0),
            java.util.Map.entry("week", 168.0),
            java.util.Map.entry("month", 730.0),
            java.util.Map.entry("year", 8760.0),
            java.util.Map.entry("decade", 87600.0),
            java.util.Map.entry("decad", 87600.0));

    /** A figure in a document with what it counts. */
    public record Figure(NumberPhrase phrase, Set<String> unit, Span span) {

        /** The figure in hours when it counts time (48 hours and two days are equal), else NaN. */
        public double hours() {
            for (String u : unit) {
                Double h = HOURS.get(u.endsWith("s") ? u.substring(0, u.length() - 1) : u);
                if (h != null) {
                    return phrase.low() * h;
                }
            }
            return Double.NaN;
        }

        /** Same quantity: equal value counting the same thing, or equal durations in different units. */
        public boolean sameQuantity(Figure other) {
            double h = hours();
            if (!Double.isNaN(h) && Math.abs(h - other.hours()) < 1e-9) {
                return true;
            }
            return phrase.low() == other.phrase.low()
                    && phrase.high() == other.phrase.high()
                    && (sameUnit(other) || unit.isEmpty() || other.unit.isEmpty());
        }

        /**
         * True if the two figures may be readings of one quantity by their kind: an age ("a 60-year-old man", "aged
         * 60") only with an age or a bare figure, a labelled number ("Route 9", "Flight 12") only with a figure
         * under the same label, never with a count of something; a span of time ("six months") only with another.
         */
        public boolean sameKind(Figure other) {
            if (Double.isNaN(hours()) != Double.isNaN(other.hours())) {
                return false;
            }
            if (age() != other.age()) {
                return age() ? other.unit.isEmpty() : unit.isEmpty();
            }
            if (age() && !AgedPersons.agree(unit, other.unit)) {
                return false; // a woman's age is not a boy's
            }
            if (labelled() || other.labelled()) {
                return sameLabel(other);
            }
            return true;
        }

        /** An age: "a 60-year-old man", "60 years old", "aged 60". */
        public boolean age() {
            for (String u : unit) {
                if (u.endsWith("-old") || AGE_WORDS.contains(u)) {
                    return true;
                }
            }
            return false;
        }

        /** A number under a label before it ("Route 9", "magnitude 6.4"): it names or grades, it does not count. */
        boolean labelled() {
            return span.start() < phrase.span().start()
                    && !unit.isEmpty()
                    && MEASURES.contains(unit.iterator().next());
        }

        private boolean sameLabel(Figure other) {
            for (String u : unit) {
                for (String o : other.unit) {
                    if (u.startsWith(o) || o.startsWith(u)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** The dimension the figure measures (0 length, 1 mass, 2 volume, 3 area), or -1 for a count. */
        public int dimension() {
            return Units.dimension(unit);
        }

        public boolean sameUnit(Figure other) {
            if (unit.isEmpty() || other.unit.isEmpty()) {
                return false;
            }
            for (String u : unit) {
                if (other.unit.contains(u)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The figure a number phrase of the document states (read once per phrase and document). */
    public static Figure of(DocumentAnalysis doc, NumberPhrase p) {
        java.util.Map<NumberPhrase, Figure> known =
                doc.memo(Figure.class, d -> new java.util.concurrent.ConcurrentHashMap<>());
        Figure found = known.get(p);
        if (found == null) {
            found = read(doc, p);
            known.put(p, found);
        }
        return found;
    }

    private static Figure read(DocumentAnalysis doc, NumberPhrase p) {
        Tokens t = doc.tokens();
        SentenceInfo sentence = doc.sentenceAt(p.span().start());
        int limit = sentence == null ? t.count() : sentence.tokenTo();
        int floor = sentence == null ? 0 : sentence.tokenFrom();
        Set<String> unit = new LinkedHashSet<>();
        int first = t.firstStartingAtOrAfter(p.span().start());
        if (first > floor && MEASURES.contains(doc.form(first - 1))) {
            unit.add(doc.form(first - 1));
            return new Figure(p, unit, new Span(t.start(first - 1), p.span().end()));
        }
        if (first - 1 > floor
                && doc.form(first - 1).equals("of")
                && MEASURES.contains(doc.form(first - 2))
                && !unitFollows(doc, p, limit)) {
            unit.add(doc.form(first - 2)); // "a magnitude of 6.0" grades as "magnitude 6.0" does
            return new Figure(p, unit, new Span(t.start(first - 2), p.span().end()));
        }
        int end = p.span().end();
        int i = t.firstStartingAtOrAfter(p.span().end());
        if (ageInApposition(doc, p, first, i, floor, limit)) {
            unit.add("aged"); // "Ms Harriet Kobusingye, 31, was among the injured"
            return new Figure(p, unit, p.span());
        }
        if (i > 0 && NumberPhrases.shareWord(doc.form(i - 1))) {
            unit.add("percent"); // "a third of the schools": a share, compared with shares and percentages
            return new Figure(p, unit, p.span());
        }
        String glued = i > 0 ? NumberPhrases.gluedUnit(doc.form(i - 1)) : null;
        if (glued != null) {
            unit.add(Units.stem(glued));
        }
        if (i < limit && doc.form(i).equals("-") && t.start(i) == p.span().end()
                || p.vague() && i < limit && doc.form(i).equals("of")) {
            i++;
        }
        for (; i < limit && unit.size() < 3 && t.kind(i) == TokenKind.WORD; i++) {
            String f = doc.form(i);
            if (f.equals("per") && i + 1 < limit && doc.form(i + 1).equals("cent")) {
                unit.add("percent");
                end = t.end(++i);
                continue;
            }
            if (STOP.contains(f)) {
                break;
            }
            String power = i + 1 < limit && t.kind(i + 1) == TokenKind.WORD ? Units.power(f, doc.form(i + 1)) : null;
            unit.add(power != null ? power : Units.stem(f));
            end = t.end(power != null ? ++i : i);
        }
        if (unit.isEmpty() && i < limit && doc.form(i).equals("%")) {
            unit.add("percent");
            end = t.end(i);
        }
        int start = p.span().start();
        if (unit.isEmpty() && endsSentence(t, i, limit)) {
            for (int k = first - 1; k >= floor && unit.size() < 3 && first - k <= 4; k--) {
                if (t.kind(k) == TokenKind.WORD) {
                    if (!STOP.contains(doc.form(k))) {
                        unit.add(Units.stem(doc.form(k)));
                    }
                    start = t.start(k);
                } else if (!doc.form(k).equals(":")) {
                    break;
                }
            }
        }
        return new Figure(p, unit, new Span(start, end));
    }

    /** The oldest age a figure between commas after a name is read as. */
    private static final int OLDEST = 110;

    /**
     * A whole number between commas right after a name of two capitalised words ("Agnes Nambozo, 34, was asleep",
     * "Ms Kobusingye, 31,"): the newsroom's way of giving a person's age, never a count ("arrested in Lusaka, 14,
     * were charged" and "(Labour, 45)" stay counts).
     */
    private static boolean ageInApposition(
            DocumentAnalysis doc, NumberPhrase p, int first, int after, int floor, int limit) {
        Tokens t = doc.tokens();
        boolean whole = p.hedge() == NumberPhrase.Hedge.EXACT && p.low() == Math.rint(p.low());
        return whole
                && p.low() >= 1
                && p.low() <= OLDEST
                && first - 2 >= floor
                && first - 3 >= floor
                && doc.form(first - 1).equals(",")
                && t.kind(first - 2) == TokenKind.WORD
                && t.capitalized(first - 2)
                && t.kind(first - 3) == TokenKind.WORD
                && t.capitalized(first - 3)
                && after < limit
                && doc.form(after).equals(",")
                && after == first + 1;
    }

    /** The two figures give one amount in two units of one dimension ("about nine metres" and "30ft"). */
    public static boolean converted(Figure a, Figure b) {
        return Units.converted(a.unit(), a.phrase().low(), b.unit(), b.phrase().low());
    }

    /**
     * The pairs of values the document gives as one amount in two units, a figure with its conversion in
     * brackets ("Rs 412 crore ($49.6 million)"), as "low|low" both ways round (see {@link Units#conversions}).
     */
    public static Set<String> conversions(DocumentAnalysis doc) {
        return Units.conversions(doc);
    }

    /** A unit of measure follows the figure: it counts by it ("a level of 5.5 metres" counts metres). */
    private static boolean unitFollows(DocumentAnalysis doc, NumberPhrase p, int limit) {
        String glued = NumberPhrases.gluedUnit(doc.form(
                Math.max(0, doc.tokens().firstStartingAtOrAfter(p.span().end()) - 1)));
        if (glued != null && Units.isUnit(glued)) {
            return true;
        }
        int i = doc.tokens().firstStartingAtOrAfter(p.span().end());
        return i < limit && doc.tokens().kind(i) == TokenKind.WORD && Units.isUnit(doc.form(i));
    }

    /** True if nothing but punctuation follows token {@code i} up to {@code limit}. */
    private static boolean endsSentence(Tokens t, int i, int limit) {
        for (int k = i; k < limit; k++) {
            if (t.kind(k) != TokenKind.PUNCT) {
                return false;
            }
        }
        return true;
    }

    /** True for a figure that is part of a date or a year, not a count. */
    public static boolean isDatePart(DocumentAnalysis doc, NumberPhrase p) {
        Tokens t = doc.tokens();
        int first = t.firstStartingAtOrAfter(p.span().start());
        int last = t.firstStartingAtOrAfter(p.span().end()) - 1;
        int before = first > 0 && doc.form(first - 1).equals(".") ? first - 2 : first - 1;
        boolean monthBefore = before >= 0 && WordLists.isMonth(doc.form(before).replace(".", ""));
        boolean monthAfter =
                last + 1 < t.count() && WordLists.isMonth(doc.form(last + 1).replace(".", ""));
        return monthBefore || monthAfter || isYear(doc, p) || DateMentions.isTimePart(doc, p);
    }

    /** Determiners before four digits that make them a year naming which one ("the 2022 polls"), not a count. */
    private static final Set<String> YEAR_DETERMINERS = Set.of("the", "its", "their", "his", "her", "this", "that");

    /**
     * A bare four-digit figure that reads as a year ("in 1897", "since 2011", "the 2022 polls"), or a span of two such years ("from
     * 2017 to 2022"), not a count ("1800 workers").
     */
    public static boolean isYear(DocumentAnalysis doc, NumberPhrase p) {
        int first = doc.tokens().firstStartingAtOrAfter(p.span().start());
        boolean years = p.hedge() == NumberPhrase.Hedge.RANGE && yearLike(p.low()) && yearLike(p.high());
        if (p.hedge() != NumberPhrase.Hedge.EXACT && !years
                || !DateMentions.digits(doc.form(first), 4, 4)
                || !yearLike(p.low())) {
            return false;
        }
        if (first > 0 && YEAR_DETERMINERS.contains(doc.form(first - 1))) {
            return true; // "the 2022 elections", "its 1958 bridge": a year naming which one
        }
        int next = doc.tokens().firstStartingAtOrAfter(p.span().end());
        boolean countsSomething = next < doc.tokens().count()
                && doc.tokens().kind(next) == TokenKind.WORD
                && !STOP.contains(doc.form(next))
                && !WordLists.isMonth(doc.form(next));
        return !countsSomething;
    }

    private static boolean yearLike(double value) {
        return value >= 1500 && value <= 2100 && value == Math.rint(value);
    }
}

package app.corroborate.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads figures out of tokens: digits (1,600; 3.5), number words (twelve, twenty-five, a dozen), scale words
 * (1.2 million), hedges (at least, roughly, up to) and ranges (10-12, 10 to 12, between 10 and 12). "One" is
 * left out: it is far more often a pronoun ("one of the deadliest") than a count.
 *
 * <p>Guarantees: one phrase per figure, ascending and disjoint, spans into the original text; a year-like or
 * ordinal token (2nd, 1990s) is not read as a count. Linear in the number of tokens.
 */
public final class NumberPhrases {

    private static final java.util.regex.Pattern THOUSANDS =
            java.util.regex.Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    /** Indian digit grouping: 25,00,000 (25 lakh), 4,12,00,00,000. */
    private static final java.util.regex.Pattern INDIAN =
            java.util.regex.Pattern.compile("\\d{1,2}(,\\d{2})+,\\d{3}(\\.\\d+)?");

    private final TokenDictionary dictionary;
    /** By token id: 0 not known yet, 1 may open a figure, 2 never does (see {@link #mayStart}). */
    private byte[] opens = new byte[0];

    public NumberPhrases(TokenDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The figures among tokens {@code [from, to)}. */
    public List<NumberPhrase> find(Tokens tokens, int from, int to) {
        List<NumberPhrase> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (tokens.kind(i) != TokenKind.NUMBER && !mayStart(tokens.id(i))) {
                i++;
                continue;
            }
            NumberPhrase vague = vague(tokens, i, to);
            if (vague != null) {
                out.add(vague);
                i = tokens.firstStartingAtOrAfter(vague.span().end());
                continue;
            }
            Value v = value(tokens, i, to);
            if (v == null) {
                i++;
                continue;
            }
            NumberPhrase phrase = extend(tokens, i, v, from, to);
            out.add(phrase);
            i = tokens.firstStartingAtOrAfter(phrase.span().end());
        }
        return out;
    }

    /** "hundreds", "tens of thousands": an order of magnitude, not a figure. */
    private NumberPhrase vague(Tokens tokens, int i, int to) {
        String f = form(tokens, i);
        int last = i;
        double scale = 1;
        if ((f.equals("tens") || f.equals("hundreds"))
                && i + 2 < to
                && form(tokens, i + 1).equals("of")
                && NumberWords.VAGUE.containsKey(form(tokens, i + 2))
                && !form(tokens, i + 2).equals("dozens")) {
            scale = f.equals("tens") ? 10 : 100;
            last = i + 2;
            f = form(tokens, last);
        }
        double[] range = NumberWords.VAGUE.get(f);
        if (range == null) {
            return null;
        }
        return new NumberPhrase(
                new Span(tokens.start(i), tokens.end(last)),
                range[0] * scale,
                range[1] * scale,
                NumberPhrase.Hedge.VAGUE);
    }

    private NumberPhrase extend(Tokens tokens, int first, Value v, int from, int to) {
        Value upper = rangeEnd(tokens, v.next, to);
        int startToken = first;
        NumberPhrase.Hedge hedge = NumberPhrase.Hedge.EXACT;
        int lead = first - 1 >= from
                        && (NumberWords.CURRENCY.contains(form(tokens, first - 1)) || currencyPrefix(tokens, first))
                ? first - 1
                : first;
        if (lead < first && lead - 1 >= from && letteredDollar(tokens, lead)) {
            lead--; // "S$640,000", "NZ$12", "J$25,000": the letters belong to the sign
        }
        String before1 = lead - 1 >= from ? form(tokens, lead - 1) : "";
        String before2 = lead - 2 >= from ? form(tokens, lead - 2) + " " + before1 : "";
        String before3 = lead - 3 >= from ? form(tokens, lead - 3) + " " + before2 : "";
        if (upper != null && upper.linkedByAnd && !before1.equals("between")) {
            upper = null; // "12 dead and 30 injured" is two figures; "between 12 and 30" is a range
        }
        if (upper != null && first - 1 >= from && before1.equals("between")) {
            startToken = first - 1;
        } else if (upper == null && NumberWords.HEDGES_3.containsKey(before3)) {
            hedge = NumberWords.HEDGES_3.get(before3);
            startToken = lead - 3;
        } else if (upper == null
                && before2.equals("up to")
                && lead - 3 >= from
                && NumberWords.MOTION.contains(form(tokens, lead - 3))) {
            // "fines go up to $1,200": where the figure goes, not a bound on it
        } else if (upper == null && NumberWords.HEDGES_2.containsKey(before2)) {
            hedge = NumberWords.HEDGES_2.get(before2);
            startToken = lead - 2;
        } else if (upper == null
                && NumberWords.HEDGES_1.containsKey(before1)
                && !durationOver(tokens, before1, v.next, to)) {
            hedge = NumberWords.HEDGES_1.get(before1);
            startToken = lead - 1;
        }
        int endToken = upper != null ? upper.next : v.next;
        Span span = new Span(tokens.start(startToken), tokens.end(endToken - 1));
        if (upper != null) {
            return new NumberPhrase(span, v.amount, upper.amount, NumberPhrase.Hedge.RANGE);
        }
        return new NumberPhrase(span, v.amount, v.amount, hedge);
    }

    /** "over 40 hours" tells a duration, not "more than 40". */
    private boolean durationOver(Tokens tokens, String hedge, int next, int to) {
        return hedge.equals("over") && next < to && NumberWords.TIME_UNITS.contains(form(tokens, next));
    }

    private Value rangeEnd(Tokens tokens, int i, int to) {
        if (i + 1 >= to) {
            return null;
        }
        String link = form(tokens, i);
        boolean tight =
                link.equals("-") && tokens.end(i - 1) == tokens.start(i) && tokens.end(i) == tokens.start(i + 1);
        if (tight || link.equals("to") || link.equals("and")) {
            Value v = value(tokens, i + 1, to);
            if (v == null || !v.numeric) {
                return null;
            }
            return link.equals("and") ? v.joinedByAnd() : v;
        }
        return null;
    }

    private record Value(double amount, int next, boolean numeric, boolean linkedByAnd) {

        Value(double amount, int next, boolean numeric) {
            this(amount, next, numeric, false);
        }

        Value joinedByAnd() {
            return new Value(amount, next, numeric, true);
        }
    }

    /** The value starting at token {@code i}, or null if none starts there. */
    private Value value(Tokens tokens, int i, int to) {
        String f = form(tokens, i);
        if (tokens.kind(i) == TokenKind.NUMBER) {
            Double d = parseDigits(f);
            return d == null ? null : withScale(tokens, d, i + 1, to, true);
        }
        if (f.equals("a") && i + 1 < to && form(tokens, i + 1).equals("dozen")) {
            return new Value(12, i + 2, false);
        }
        Shares.Share share = Shares.at(k -> form(tokens, k), i, to);
        if (share != null) {
            return new Value(share.percent(), share.next(), false);
        }
        Integer w = wordValue(f);
        if (w == null || f.equals("hundred") || f.equals("thousand")) {
            return null;
        }
        return withScale(tokens, w, i + 1, to, false);
    }

    /** True if {@code form} is the last word of a share ("third", "half", "two-thirds"). */
    public static boolean shareWord(String form) {
        return Shares.word(form);
    }

    private Value withScale(Tokens tokens, double amount, int next, int to, boolean numeric) {
        if (next < to) {
            Double scale = NumberWords.SCALES.get(form(tokens, next));
            if (scale != null) {
                return new Value(scaled(amount, scale), next + 1, numeric);
            }
            // a scale word joined by a hyphen: "a ₹412-crore fraud", "a $5-million deal"
            Double joined = next + 1 < to && form(tokens, next).equals("-")
                    ? NumberWords.SCALES.get(form(tokens, next + 1))
                    : null;
            if (joined != null) {
                return new Value(scaled(amount, joined), next + 2, numeric);
            }
        }
        return new Value(amount, next, numeric);
    }

    /**
     * A decimal times a scale without the binary noise (4.12 × 1e9 is not exactly 412 × 1e7 in doubles): the
     * product rounded to the digits the decimal states.
     */
    static double scaled(double amount, double scale) {
        return new java.math.BigDecimal(Double.toString(amount))
                .multiply(new java.math.BigDecimal(scale))
                .doubleValue();
    }

    /** Scale letters written against a figure: "2k", "1.6m", "2.4bn". */
    private static final Map<String, Double> SUFFIX_SCALES = Map.of("", 1.0, "k", 1e3, "m", 1e6, "bn", 1e9);
    /** Unit abbreviations written glued to their figure ("23km", "5kg", "40mph"): the figure is the digits. */
    private static final java.util.Set<String> GLUED_UNITS = java.util.Set.of(
            "km", "kms", "kg", "kgs", "cm", "mm", "mi", "ft", "ha", "mph", "kph", "kmh", "kw", "mw", "gw", "kwh", "mwh",
            "gwh", "gb", "tb");

    /**
     * The unit glued to a digit token ("km" of "23km"), or the age written in one word with a number word
     * ("year-old" of "nine-year-old"), or null when it has none.
     */
    public static String gluedUnit(String form) {
        String age = ageSuffix(form);
        if (age != null && wordValue(form) != null) {
            return age.substring(1); // "nine-year-old": the age is the word's own unit
        }
        int joined = joinedUnit(form);
        if (joined > 0) {
            return form.substring(joined + 1); // "seven-kilometer": the word after the number word
        }
        int end = digitsEnd(form);
        if (end == 0 || end == form.length()) {
            return null;
        }
        String suffix = form.substring(end).toLowerCase(java.util.Locale.ROOT);
        return GLUED_UNITS.contains(suffix) ? suffix : null;
    }

    private static int digitsEnd(String form) {
        int end = 0;
        while (end < form.length()
                && (Character.isDigit(form.charAt(end))
                        || form.charAt(end) == ','
                        || form.charAt(end) == '.'
                        || form.charAt(end) == ' ')) {
            end++;
        }
        return end;
    }

    /**
     * The value of a digit token (1,600; 12 000; 3.5; 2k; 23km), or null when it is not a plain figure (2nd, 1990s).
     */
    public static Double parseDigits(String form) {
        int end = digitsEnd(form);
        String suffix = form.substring(end);
        Double scale = gluedUnit(form) != null ? Double.valueOf(1) : SUFFIX_SCALES.get(suffix);
        if (scale == null) {
            return null;
        }
        String digits = form.substring(0, end).replace(" ", ""); // "12 000": grouped by a space (see Tokenizer)
        boolean thousandsGroups =
                THOUSANDS.matcher(digits).matches() || INDIAN.matcher(digits).matches();
        String clean = thousandsGroups ? digits.replace(",", "") : digits.replace(',', '.');
        try {
            double d = Double.parseDouble(clean);
            return scale == 1 ? d : scaled(d, scale);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The ages written after a number word in one word ("nine-year-old", "three-month-old"). */
    private static final List<String> AGE_SUFFIXES =
            List.of("-year-old", "-years-old", "-year-olds", "-month-old", "-week-old", "-day-old");

    /** The age suffix of a number word written with it ("-year-old" of "nine-year-old"), or null. */
    private static String ageSuffix(String f) {
        for (String suffix : AGE_SUFFIXES) {
            if (f.endsWith(suffix) && f.length() > suffix.length()) {
                return suffix;
            }
        }
        return null;
    }

    private static Integer wordValue(String f) {
        String age = ageSuffix(f);
        if (age != null) {
            String number = f.substring(0, f.length() - age.length());
            return number.indexOf('-') >= 0 && ageSuffix(number) != null ? null : wordValue(number);
        }
        Integer direct = NumberWords.WORDS.get(f);
        if (direct != null) {
            return direct;
        }
        int joined = joinedUnit(f);
        if (joined > 0) {
            return plainWordValue(f.substring(0, joined));
        }
        return plainWordValue(f);
    }

    /**
     * Where a number word ends that is written with its unit in one hyphenated word ("seven-kilometer zone",
     * "twenty-five-day strike", "three-storey building"), or -1: the rest is one word of letters, of at least
     * {@value #JOINED_UNIT} letters, and no number, scale, ordinal or share word itself ("twenty-five", "two-thirds",
     * "twenty-first", "twenty-million" are no figure with a unit).
     */
    private static int joinedUnit(String f) {
        for (int dash = f.indexOf('-'); dash > 0; dash = f.indexOf('-', dash + 1)) {
            String rest = f.substring(dash + 1);
            if (plainWordValue(f.substring(0, dash)) != null
                    && rest.length() >= JOINED_UNIT
                    && rest.chars().allMatch(Character::isLetter)
                    && !NumberWords.WORDS.containsKey(rest)
                    && !NumberWords.SCALES.containsKey(rest)
                    && !NumberWords.ORDINALS.contains(rest)
                    && !Shares.word(rest)) {
                return dash;
            }
        }
        return -1;
    }

    /** Letters the word after a hyphenated number word needs to be its unit: "seven-day" yes, "two-a" no. */
    static final int JOINED_UNIT = 3;

    /** The value of a number word, or of tens and ones joined by a hyphen ("twenty-five"), or null. */
    private static Integer plainWordValue(String f) {
        Integer direct = NumberWords.WORDS.get(f);
        if (direct != null) {
            return direct;
        }
        int dash = f.indexOf('-');
        if (dash > 0) {
            Integer tens = NumberWords.WORDS.get(f.substring(0, dash));
            Integer ones = NumberWords.WORDS.get(f.substring(dash + 1));
            if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) {
                return tens + ones;
            }
        }
        return null;
    }

    /**
     * True if a word of this form can open a figure ("a" dozen, a number word, an order of magnitude); known once
     * per form, so that the words that never do are passed over without a lookup.
     */
    private boolean mayStart(int id) {
        if (id >= opens.length) {
            opens = java.util.Arrays.copyOf(opens, Math.max(id + 1, dictionary.size()));
        }
        if (opens[id] == 0) {
            String f = dictionary.form(id);
            boolean may = f.equals("a")
                    || f.equals("half")
                    || f.indexOf('-') > 0 && shareWord(f)
                    || f.equals("tens")
                    || f.equals("hundreds")
                    || NumberWords.VAGUE.containsKey(f)
                    || wordValue(f) != null;
            opens[id] = (byte) (may ? 1 : 2);
        }
        return opens[id] == 1;
    }

    /**
     * The word before the figure at {@code first} is a currency abbreviation written against it ("Sh412", "KSh90":
     * see {@link Tokenizer}): a capitalised word of one to three letters that ends where the figure starts.
     */
    public static boolean currencyPrefix(Tokens tokens, int first) {
        int w = first - 1;
        return w >= 0
                && tokens.kind(w) == TokenKind.WORD
                && tokens.kind(first) == TokenKind.NUMBER
                && tokens.end(w) == tokens.start(first)
                && tokens.capitalized(w)
                && tokens.end(w) - tokens.start(w) <= 3;
    }

    /** The sign at {@code sign} is a dollar sign with a country's capitals written against it ("S$", "NZ$"). */
    private boolean letteredDollar(Tokens tokens, int sign) {
        int w = sign - 1;
        return "$".equals(form(tokens, sign))
                && tokens.kind(w) == TokenKind.WORD
                && tokens.end(w) == tokens.start(sign)
                && tokens.capitalized(w)
                && tokens.end(w) - tokens.start(w) <= 3;
    }

    private String form(Tokens tokens, int i) {
        return dictionary.form(tokens.id(i));
    }
}

package app.corroborate.flag;

import app.corroborate.collate.Comparison;
import app.corroborate.facts.ContentWords;
import app.corroborate.facts.Figures;
import app.corroborate.facts.SentenceInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A figure in a version's headline that misprints the base's: its digits transposed ("K421m missing" over a story
 * of K412 million, "1,420 ACRES" for 1,240 acres) or shifted by a place ("$3.8m" for $38 million). A headline is read
 * first and often alone, so the slip matters even where the story below keeps the right figure. Base figures are
 * looked up by the sorted digits of their value, once per base.
 *
 * <p>Guarantees: only headlines about the base's story (sharing at least {@value #TOPIC} content words with the
 * base's headlines and opening sentences), only a base figure of the same unit (or, for an amount of money,
 * another amount) whose value the version's misprints that way, and never a value the base states; other
 * differences in a headline (a rounder figure, another count) are left to the reader, as headlines compress.
 */
final class HeadlineFigures {

    /** Content words a headline must share with the base's opening to be about its story, not another's. */
    static final int TOPIC = 2;

    /** The base's opening sentences read for the story's topic. */
    static final int OPENING = 3;

    private HeadlineFigures() {}

    static List<Finding> findings(
            Comparison c,
            Map<String, List<Figures.Figure>> baseByUnit,
            Set<String> changes,
            Set<app.corroborate.text.Span> used) {
        List<Finding> out = new ArrayList<>();
        Set<String> topic = null;
        for (SentenceInfo s : c.version().sentences()) {
            if (!s.headline()) {
                continue;
            }
            topic = topic == null ? topic(c) : topic;
            Set<String> words = withNeighbours(c, s);
            if (words.stream().filter(topic::contains).count() < TOPIC) {
                continue;
            }
            for (Figures.Figure v : NumberRule.figures(c.version(), s)) {
                Figures.Figure b = used.contains(v.span()) || v.phrase().vague() ? null : misprinted(c, v, baseByUnit);
                Finding f = b == null ? null : NumberRule.compare(c, b, v);
                if (f != null && changes.add(NumberRule.change(b, v))) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** The content words of the base's headlines and first {@value #OPENING} other sentences. */
    private static Set<String> topic(Comparison c) {
        Set<String> out = new HashSet<>();
        int statements = 0;
        for (SentenceInfo s : c.base().sentences()) {
            if (!s.headline() && statements++ >= OPENING) {
                break;
            }
            out.addAll(ContentWords.of(c.base(), s.span()));
        }
        return out;
    }

    private static Figures.Figure misprinted(
            Comparison c, Figures.Figure v, Map<String, List<Figures.Figure>> baseByUnit) {
        if (!c.base().figuresValued(v.phrase().low(), v.phrase().high()).isEmpty()) {
            return null;
        }
        boolean money = amount(c.version(), v);
        for (Figures.Figure b : bySignature(c).getOrDefault(signature(v.phrase().low()), List.of())) {
            boolean sameThing = money ? amount(c.base(), b) : !v.unit().isEmpty() && b.sameUnit(v);
            if (sameThing
                    && !b.phrase().vague()
                    && b.sameKind(v)
                    && slip(b.phrase().low(), v.phrase().low(), true)) {
                return b;
            }
        }
        return null;
    }

    /**
     * The content words of a headline with those of the headline lines right before and after it: a headline
     * broken over lines (a print page's, "K421m missing from / miners' pension fund") is one.
     */
    private static Set<String> withNeighbours(Comparison c, SentenceInfo s) {
        Set<String> out = new HashSet<>(ContentWords.of(c.version(), s.span()));
        for (int j : new int[] {s.index() - 1, s.index() + 1}) {
            if (j >= 0
                    && j < c.version().sentences().size()
                    && c.version().sentence(j).headline()) {
                out.addAll(ContentWords.of(c.version(), c.version().sentence(j).span()));
            }
        }
        return out;
    }

    /** Signs written before an amount. */
    private static final String SIGNS = "$\u20AC\u00A3\u00A5\u20B9\u20B1\u20A6\u20B5\u09F3\u20A8\u20A9";

    /** The figure is an amount of money: a currency sign or abbreviation written before it or opening it. */
    private static boolean amount(app.corroborate.facts.DocumentAnalysis doc, Figures.Figure f) {
        int at = f.phrase().span().start();
        while (at > 0 && doc.text().charAt(at - 1) == ' ') {
            at--;
        }
        return NumberRule.money(doc, f)
                || at > 0 && SIGNS.indexOf(doc.text().charAt(at - 1)) >= 0
                || SIGNS.indexOf(doc.text().charAt(f.phrase().span().start())) >= 0;
    }

    /** The base's figures by the sorted significant digits of their value, built once per base. */
    private static Map<String, List<Figures.Figure>> bySignature(Comparison c) {
        return c.base()
                .memo(Signatures.class, d -> {
                    Map<String, List<Figures.Figure>> out = new java.util.HashMap<>();
                    for (SentenceInfo s : d.sentences()) {
                        for (Figures.Figure f : NumberRule.figures(d, s)) {
                            if (f.phrase().low() > 0
                                    && f.phrase().low() == f.phrase().high()) {
                                out.computeIfAbsent(signature(f.phrase().low()), k -> new ArrayList<>())
                                        .add(f);
                            }
                        }
                    }
                    return new Signatures(out);
                })
                .map();
    }

    private record Signatures(Map<String, List<Figures.Figure>> map) {}

    private static String signature(double value) {
        if (value <= 0 || Double.isInfinite(value) || Double.isNaN(value)) {
            return "";
        }
        char[] d = digits(value);
        Arrays.sort(d);
        return new String(d);
    }

    /**
     * Two values one of which misprints the other: the same digits in another order within one order of magnitude,
     * or ten times apart when both count one named thing or are amounts of money ({@code counted}).
     */
    static boolean slip(double a, double b, boolean counted) {
        if (a <= 0 || b <= 0 || a == b) {
            return false;
        }
        if (Math.abs(a / b - 10) < 1e-9 || Math.abs(b / a - 10) < 1e-9) {
            return counted; // "30" against "three": a place shifted only where both count one named thing
        }
        if (Math.max(a, b) / Math.min(a, b) >= 10) {
            return false;
        }
        char[] x = digits(a);
        char[] y = digits(b);
        if (x.length < 2 || x.length != y.length) {
            return false;
        }
        Arrays.sort(x);
        Arrays.sort(y);
        return Arrays.equals(x, y);
    }

    /** The significant digits of a value, without a decimal point or trailing zeros ("412" for 412 million). */
    private static char[] digits(double value) {
        String s = java.math.BigDecimal.valueOf(value)
                .stripTrailingZeros()
                .unscaledValue()
                .toString();
        return s.toCharArray();
    }
}

package app.corroborate.flag;

import app.corroborate.collate.Comparison;
import app.corroborate.facts.ContentWords;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.Figures;
import app.corroborate.facts.RecordClaims;
import app.corroborate.facts.Spelling;
import app.corroborate.facts.Titles;
import app.corroborate.text.NameFinder;
import app.corroborate.text.NumberPhrase;
import app.corroborate.text.Quotations;
import app.corroborate.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a fact of the version is stated by any other independent source (the base or a source that is not a
 * copy of the version): a figure counting the same thing, a name (by its distinctive words), a quotation (by its
 * words), a statement (by its content words).
 */
final class Novelty {

    static final double NEW_STATEMENT = 0.4;
    static final double NEW_EVENT = 0.5;

    private final Comparison c;
    private final List<DocumentAnalysis> others;

    Novelty(Comparison c) {
        this.c = c;
        this.others = new ArrayList<>(c.independent());
        this.others.add(0, c.base());
    }

    /** Words before a figure written out that point back to things the story has counted: "the other two". */
    private static final java.util.Set<String> POINTING_BACK = java.util.Set.of("the", "other", "these", "those");

    /** A figure no other source states; a figure in words that points back ("the two sides") is not a claim. */
    /** Figures one rounded value may stand for beyond which the value is too common to place one count. */
    static final int ROUNDING_BUCKET = 12;

    boolean newFigure(NumberPhrase n) {
        if (pointsBack(c.version(), n) || convertsKnown(n)) {
            return false;
        }
        return unstated(n);
    }

    /**
     * The figure is the conversion of another figure of its sentence that other sources state ("25,000 rupees (about
     * $300)"): the page converted a known amount, it claimed nothing new.
     */
    private boolean convertsKnown(NumberPhrase n) {
        var s = c.version().sentenceAt(n.span().start());
        Set<String> pairs = Figures.conversions(c.version());
        return s != null
                && s.numbers().stream()
                        .anyMatch(m -> m != n
                                && m.span().end() <= n.span().start()
                                && pairs.contains(m.low() + "|" + n.low())
                                && !pointsBack(c.version(), m)
                                && !unstated(m));
    }

    private boolean unstated(NumberPhrase n) {
        Figures.Figure f = Figures.of(c.version(), n);
        for (DocumentAnalysis d : others) {
            for (Figures.Figure g : d.figuresLike(f)) {
                if (f.sameQuantity(g) || sameValueNamedAround(f, d, g) || sameValueNamedAround(g, c.version(), f)) {
                    return false;
                }
            }
            if (n.hedge() == NumberPhrase.Hedge.APPROXIMATE) {
                List<Figures.Figure> rounding = d.figuresRoundingTo(n.low());
                for (Figures.Figure g : rounding.size() > ROUNDING_BUCKET ? List.<Figures.Figure>of() : rounding) {
                    if (f.sameUnit(g) && Roundings.withAHedge(g.phrase(), n)) {
                        return false; // "about 19,000 food packs" where another source counts 19,050
                    }
                }
            }
        }
        return true;
    }

    /**
     * The same value, and the other source's sentence holding it uses the words this figure is read as counting:
     * "the 24 Gate 7 turnstiles" and "24 turnstiles at Gate 7" state one figure, whichever word follows it. Asked
     * both ways: "his operation was postponed, one of 410 cancelled" restates "410 planned operations".
     */
    private static boolean sameValueNamedAround(Figures.Figure f, DocumentAnalysis d, Figures.Figure g) {
        if (f.unit().isEmpty()
                || f.phrase().low() != g.phrase().low()
                || f.phrase().high() != g.phrase().high()) {
            return false;
        }
        app.corroborate.facts.SentenceInfo s = d.sentenceAt(g.span().start());
        if (s == null) {
            return false;
        }
        java.util.Set<String> around = new java.util.HashSet<>();
        for (int i = s.tokenFrom(); i < s.tokenTo(); i++) {
            around.add(d.stem(i));
        }
        return around.containsAll(f.unit());
    }

    /** An exact figure written in words right after "the", "other", "these" or "those". */
    static boolean pointsBack(DocumentAnalysis d, NumberPhrase n) {
        int k = d.tokens().firstStartingAtOrAfter(n.span().start());
        return n.hedge() == NumberPhrase.Hedge.EXACT
                && k > 0
                && d.tokens().kind(k) == app.corroborate.text.TokenKind.WORD
                && POINTING_BACK.contains(d.form(k - 1));
    }

    /**
     * A name none of whose distinctive words another source uses; acronyms are not claims, nor the page's own name
     * ("told the Herald" on the Herald's page).
     */
    boolean newName(NameFinder.Name n) {
        String written = c.versionText(n.span()).replaceAll("['\u2019]s$", "");
        if (written.replace(".", "").chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                || demonym(n)) {
            return false;
        }
        List<String> distinctive = n.words().stream()
                .map(Spelling::plain)
                .map(w -> w.endsWith("'s") ? w.substring(0, w.length() - 2) : w)
                .map(Novelty::withoutAffix)
                .filter(w -> w.length() >= 3 && !Titles.isTitle(w) && !ContentWords.FUNCTION.contains(w))
                .toList();
        if (app.corroborate.facts.OwnNames.all(c.version(), distinctive)) {
            return false;
        }
        String joined = String.join("", distinctive);
        boolean partOfKnown = others.stream()
                .anyMatch(d -> d.memo(JOINED, Novelty::allJoinedNames).contains(joined));
        return !distinctive.isEmpty()
                && !partOfKnown
                && distinctive.stream().allMatch(w -> others.stream()
                        .noneMatch(d -> d.hasWord(w) || d.hasNameWord(w) || spelledLike(d, w)));
    }

    /** Endings that make an adjective of a name ("Lyon-based", "Cork-born"): the name is the claim, not the ending. */
    private static final java.util.regex.Pattern AFFIX =
            java.util.regex.Pattern.compile("-(based|born|bred|led|owned|run|made|registered|listed)$");

    private static String withoutAffix(String word) {
        return AFFIX.matcher(word).replaceFirst("");
    }

    /** Endings of the adjectives of nationality and origin ("Danish", "Kenyan", "Japanese", "European"). */
    private static final java.util.regex.Pattern DEMONYM = java.util.regex.Pattern.compile(".{3,}(ish|ian|ean|ese|an)");

    /**
     * A one-word name shaped like an adjective of nationality and followed by a lower-case word ("the first Danish
     * city"): it qualifies a noun, it names no one, so it is not a claim of its own.
     */
    private boolean demonym(NameFinder.Name n) {
        if (n.words().size() != 1 || !DEMONYM.matcher(n.words().get(0)).matches()) {
            return false;
        }
        String text = c.version().text();
        int k = n.span().end();
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k < text.length() && k > n.span().end() && Character.isLowerCase(text.charAt(k));
    }

    /** A known name written another way (Nushki for Noshki) is the name-spelling rule's finding, not a new name. */
    private static boolean spelledLike(DocumentAnalysis d, String word) {
        return d.hasNameWordSpelledLike(word);
    }

    private static final Object JOINED = new Object();

    /** Every name of the source written as one plain word, all in one string (a name is found by substring). */
    private static String allJoinedNames(DocumentAnalysis d) {
        return String.join("|", d.joinedNames());
    }

    boolean newQuote(Quotations.Quotation q) {
        Set<String> words = ContentWords.of(c.version(), q.inner());
        return others.stream().allMatch(d -> d.quotesLike(words).isEmpty());
    }

    /** True if no other independent source states this record claim (see {@link RecordClaims}). */
    boolean newRecord(String key) {
        return others.stream().noneMatch(d -> RecordClaims.statedBy(d, key));
    }

    /** Share of the span's content words that no other source uses. */
    double newWords(Span span) {
        Set<String> words = ContentWords.of(c.version(), span);
        if (words.isEmpty()) {
            return 0;
        }
        long fresh = words.stream()
                .filter(w -> others.stream().noneMatch(d -> d.hasStem(w)))
                .count();
        return (double) fresh / words.size();
    }
}

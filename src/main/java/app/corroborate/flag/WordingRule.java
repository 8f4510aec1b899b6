package app.corroborate.flag;

import app.corroborate.align.AlignedPair;
import app.corroborate.align.Edit;
import app.corroborate.collate.Comparison;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.text.Span;
import app.corroborate.text.TokenKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A substitution that changes how actors or events are characterised ("Islamist militants" became "rebels",
 * "opened the spillway gates" became "dumped water", "poorest" dropped). Two signals must agree: the edit is a
 * local substitution inside an aligned sentence (at most {@value #MAX_TOKENS} words a side, not a rewrite of the
 * whole sentence), and the stance classes of the lexicon terms on the two sides differ, beyond swapping one
 * neutral term for another. Apart from the lexicon, a statement the outlet characterises instead of reporting
 * ("said" became "was swift to pin it on the storm, saying") is loaded (see {@link CharacterisedStatement}), as is
 * a statement retold elsewhere with a judging verb of saying (see {@link RetoldSpeech}), and so
 * is an edit the lexicon does not cover whose replacing words carry markedly stronger connotation than the base
 * sentence, by a published sentiment lexicon (see {@link ConnotationShift}): the hand-made list sits on top of a
 * general signal, so a charged word it lacks is still found.
 *
 * <p>Guarantees: at most one finding per edit (the lexicon first), and one per pair for a characterised statement;
 * linear in the pairs' tokens (hash lookups per word).
 */
public final class WordingRule implements FlagRule {

    static final int MAX_TOKENS = 6;

    private final Lexicon lexicon;
    private final ConnotationShift connotation;
    private final RetoldSpeech retold;
    private final ChargedOwnSentences own;

    public WordingRule(Lexicon lexicon, Valence valence) {
        this.lexicon = lexicon;
        this.connotation = new ConnotationShift(valence, lexicon);
        this.retold = new RetoldSpeech(lexicon);
        this.own = new ChargedOwnSentences(lexicon);
    }

    @Override
    public List<Finding> apply(Comparison c) {
        List<Finding> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AlignedPair p : c.paired()) {
            Finding characterised = CharacterisedStatement.in(c, p);
            if (characterised != null && seen.add(characterised.baseSpan() + "|" + characterised.variantSpan())) {
                out.add(characterised);
            }
            for (Edit e : p.edits()) {
                Finding f = lexiconChange(c, p, e);
                if (f == null) {
                    f = idiomIn(c, p, e);
                }
                if (f == null) {
                    f = connotation.in(c, p, e);
                }
                if (f == null) {
                    f = own.inEdit(c, p, e);
                }
                if (f != null && seen.add(f.baseSpan() + "|" + f.variantSpan())) {
                    out.add(f);
                }
            }
        }
        for (Finding f : retold.in(c)) {
            if (seen.add(f.baseSpan() + "|" + f.variantSpan())) {
                out.add(f);
            }
        }
        for (Finding f : own.in(c)) {
            if (out.stream()
                    .noneMatch(o -> o.variantSpan() != null && o.variantSpan().overlaps(f.variantSpan()))) {
                out.add(f);
            }
        }
        return out;
    }

    /** A local substitution that changes the stance classes of the lexicon terms, or null. */
    private Finding lexiconChange(Comparison c, AlignedPair p, Edit e) {
        if (words(c.base(), e.base()) > MAX_TOKENS || words(c.version(), e.other()) > MAX_TOKENS) {
            return null;
        }
        Set<String> was = classes(c.base(), e.base());
        Set<String> now = classes(c.version(), e.other());
        boolean characterisation = e.base().isEmpty()
                && words(c.version(), e.other()) <= 2
                && now.stream().anyMatch(x -> !x.equals("neutral-speech") && !x.equals("neutral-outcome"));
        boolean loaded = !was.equals(now) && (hasLoaded(was) || hasLoaded(now) || characterisation);
        return loaded ? finding(c, p, e, was, now) : null;
    }

    private Finding finding(Comparison c, AlignedPair p, Edit e, Set<String> was, Set<String> now) {
        Span base = e.base().isEmpty() ? p.base() : e.base();
        Span variant = e.other().isEmpty() ? p.other() : e.other();
        return new Finding(
                FlagKind.WORDING_LOADED,
                Severity.MEDIUM,
                base,
                variant,
                change(c, e) + ": " + describe(was) + " gave way to " + describe(now)
                        + ", which changes how the actors or events are characterised.");
    }

    /** What the edit did, in the editor's words: "'a' became 'b'", "'b' was added", "'a' was left out". */
    static String change(Comparison c, Edit e) {
        if (e.base().isEmpty()) {
            return "'" + c.versionText(e.other()) + "' was added";
        }
        if (e.other().isEmpty()) {
            return "'" + c.baseText(e.base()) + "' was left out";
        }
        return "'" + c.baseText(e.base()) + "' became '" + c.versionText(e.other()) + "'";
    }

    private static String describe(Set<String> classes) {
        if (classes.isEmpty()) {
            return "plain wording";
        }
        return String.join(" and ", classes.stream().map(Lexicon::describe).toList());
    }

    private static boolean hasLoaded(Set<String> classes) {
        return classes.stream().anyMatch(c -> !Lexicon.neutral(c));
    }

    private static int words(DocumentAnalysis doc, Span span) {
        int[] r = doc.tokenRange(span);
        return r[1] - r[0];
    }

    private Set<String> classes(DocumentAnalysis doc, Span span) {
        Set<String> out = new LinkedHashSet<>();
        int[] r = doc.tokenRange(span);
        for (int i = r[0]; i < r[1]; i++) {
            if (doc.tokens().kind(i) != TokenKind.WORD) {
                continue;
            }
            int longest = lexicon.mayStartPhrase(doc.form(i)) ? Math.min(Lexicon.LONGEST, r[1] - i) : 1;
            for (int n = longest; n >= 1; n--) {
                String cls = lexicon.classOf(phrase(doc, i, n));
                if (cls != null) {
                    out.add(tookLives(doc, i, n) ? "neutral-outcome" : cls);
                    i += n - 1;
                    break;
                }
            }
        }
        return out;
    }

    /** Words after "claimed" that make it a toll, not a statement ("claimed two lives", "claimed the life of"). */
    private static final Set<String> LIVES = Set.of("life", "lives");

    /**
     * "The outbreak has claimed two lives": a verb of saying of the list used for deaths it caused, within the
     * {@value #LIVES_WINDOW} words after it.
     */
    private static boolean tookLives(DocumentAnalysis doc, int i, int n) {
        if (n != 1 || !doc.form(i).startsWith("claim")) {
            return false;
        }
        for (int k = i + 1; k <= i + LIVES_WINDOW && k < doc.tokens().count(); k++) {
            if (LIVES.contains(doc.form(k))) {
                return true;
            }
            if (doc.tokens().kind(k) == TokenKind.PUNCT && !doc.form(k).equals("-")) {
                return false; // the sentence or its clause ends first
            }
        }
        return false;
    }

    private static final int LIVES_WINDOW = 3;

    /**
     * An idiom of the lexicon ({@value Lexicon#IDIOM} to {@value Lexicon#LONGEST} words, loaded) that an edit too long for a local
     * substitution brings in ("blaze kills four guards" became "four burnt to death in huge overnight blaze"), where the base
     * sentence has no term of its class: an idiom is distinctive enough to stand out of a rewrite. Null otherwise.
     */
    private Finding idiomIn(Comparison c, AlignedPair p, Edit e) {
        DocumentAnalysis v = c.version();
        int[] r = v.tokenRange(e.other());
        Set<String> before = classes(c.base(), p.base());
        for (int i = r[0]; i + Lexicon.IDIOM <= r[1]; i++) {
            if (!lexicon.mayStartPhrase(v.form(i))) {
                continue;
            }
            int n = Math.min(Lexicon.LONGEST, r[1] - i);
            String cls = null;
            for (; n >= Lexicon.IDIOM && cls == null; n--) {
                cls = lexicon.classOf(phrase(v, i, n));
            }
            n++;
            if (cls != null && !Lexicon.neutral(cls) && !before.contains(cls)) {
                Span at = new Span(v.tokens().start(i), v.tokens().end(i + n - 1));
                Span base = e.base().isEmpty() ? p.base() : e.base();
                return new Finding(
                        FlagKind.WORDING_LOADED,
                        Severity.MEDIUM,
                        base,
                        at,
                        "'" + c.versionText(at) + "' is " + Lexicon.describe(cls) + " where the base sentence has "
                                + describe(before) + ", which changes how the events are characterised.");
            }
        }
        return null;
    }

    static String phrase(DocumentAnalysis doc, int from, int words) {
        StringBuilder b = new StringBuilder(doc.form(from));
        for (int k = from + 1; k < from + words; k++) {
            b.append(' ').append(doc.form(k));
        }
        return b.toString();
    }
}

package app.corroborate.flag;

import app.corroborate.collate.Comparison;
import app.corroborate.facts.Counts;
import app.corroborate.facts.Figures;
import app.corroborate.text.NumberPhrase;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The base figure a version's figure retells when several base figures share its unit: the one stated in the same
 * words around it ("312 patients with heat-related illness between Saturday and noon" retold as "321 patients with
 * heat-related illness admitted ... between Saturday and noon", not the "260 patients" of a ward), when it shares at
 * least {@value #SHARED} content words of its clause with the version's figure and clearly more than any other
 * candidate does. A figure without a unit word (an amount, "₱421.6 million in cash and goods") is read against the
 * base's figures without one.
 *
 * <p>Guarantees: never a figure whose value the version states, nor one for a figure whose value the base states
 * (counting a comparable thing): a value both sides give is not a change. Candidates are the base figures sharing
 * a word of the unit, read through the base's unit index; a unit shared by more than {@value #CANDIDATES} figures
 * names the story's subject, not one count, and is skipped.
 */
final class RetoldInContext {

    /**
     * Content words of the clause around the figure both must share, beyond the unit: a unit and one more word
     * ("patients ... admitted") place a figure in nearly any sentence of a story about one ward; three place one
     * statement. Chosen on the keyed stories' merged and retold sentences (three to six shared words), against
     * unrelated figures of one unit in the same story (one or two).
     */
    static final int SHARED = 3;

    /**
     * The margin by which the chosen base figure must share more context words than the runner-up. A figure
     * without a unit word has no unit among its context words: one fewer shared word, and a margin one less, place it.
     */
    static final int MARGIN = 2;

    /** Base figures of one unit word beyond which the word is the story's subject and places nothing. */
    static final int CANDIDATES = 12;

    /** The key under which a unit index holds the figures that have no unit word. */
    static final String NO_UNIT = "";

    private RetoldInContext() {}

    static Figures.Figure of(Comparison c, Figures.Figure v, Map<String, List<Figures.Figure>> baseByUnit) {
        Set<Figures.Figure> candidates = new HashSet<>();
        for (String word : v.unit().isEmpty() ? Set.of(NO_UNIT) : v.unit()) {
            List<Figures.Figure> found = baseByUnit.getOrDefault(word, List.of());
            if (found.size() <= CANDIDATES) {
                candidates.addAll(found);
            }
        }
        Figures.Figure best = null;
        int most = 0;
        int second = 0;
        for (Figures.Figure b : candidates) {
            if (b.phrase().vague() || !b.sameKind(v) || !Counts.comparableUnits(b, v)) {
                continue;
            }
            int shared = NumberRule.sharedContext(c, b, v);
            if (shared > most) {
                second = most;
                most = shared;
                best = b;
            } else if (shared > second) {
                second = shared;
            }
        }
        boolean bare = v.unit().isEmpty();
        if (best == null
                || consistent(best, v)
                || most < (bare ? SHARED - 1 : SHARED)
                || most - second < (bare ? MARGIN - 1 : MARGIN)
                || RetoldFigures.valued(c.version(), best)
                || RetoldFigures.valued(c.base(), v)
                || NumberRule.countOtherThings(c, best, v)) {
            return null;
        }
        return best;
    }

    /**
     * The version's figure is a bound or an estimate the base's value satisfies ("almost $9 million" for $8.7
     * million, "more than 400" for 412): a looser reading of the figure placed by its words, no change worth a flag
     * where the two sentences are not aligned.
     */
    private static boolean consistent(Figures.Figure b, Figures.Figure v) {
        NumberPhrase x = b.phrase();
        NumberPhrase y = v.phrase();
        return switch (y.hedge()) {
            case LOWER_BOUND -> x.low() >= y.low();
            case UPPER_BOUND -> x.high() <= y.high();
            case APPROXIMATE -> Math.abs(x.low() - y.low())
                    <= ESTIMATE * Math.max(Math.abs(x.low()), Math.abs(y.low()));
            default -> false;
        };
    }

    /** How far an estimate ("about", "some") may lie from the base's value and still read it: a twentieth. */
    static final double ESTIMATE = 0.05;
}

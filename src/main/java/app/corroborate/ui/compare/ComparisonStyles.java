package app.corroborate.ui.compare;

import app.corroborate.align.AlignedPair;
import app.corroborate.align.Alignment;
import app.corroborate.align.Edit;
import app.corroborate.align.Relation;
import app.corroborate.flag.Flag;
import app.corroborate.flag.FlagKind;
import app.corroborate.source.Exclusion;
import app.corroborate.source.SourceDocument;
import app.corroborate.text.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Maps a comparison to the text styles of one pane: page furniture, sentences only this side has, moved
 * sentences, word edits (deleted, inserted, replaced) and flagged spans by kind. A pure function of the
 * alignment and the flags, tested without a window and safe to run off the UI thread.
 *
 * <p>Guarantees: the spans cover exactly the text's length; a character carries every style that applies to it
 * (style classes combine: a flagged inserted word is both); linear in the text length plus the number of spans.
 */
public final class ComparisonStyles {

    private static final String[] NAMES = {
        "furniture", "dropped", "added", "moved", "del", "ins", "rep", "flag", "annotated"
    };
    private static final int FURNITURE = 1;
    private static final int DROPPED = 1 << 1;
    private static final int ADDED = 1 << 2;
    private static final int MOVED = 1 << 3;
    private static final int DEL = 1 << 4;
    private static final int INS = 1 << 5;
    private static final int REP = 1 << 6;
    private static final int FLAG = 1 << 7;
    private static final int ANNOTATED = 1 << 8;
    private static final int KIND_SHIFT = 9;
    private static final int LOW_BITS = (1 << KIND_SHIFT) - 1;

    private ComparisonStyles() {}

    /** The styles of {@code side}'s text; {@code flags} are the compared version's flags. */
    public static StyleSpans<Collection<String>> of(
            Side side, SourceDocument doc, Alignment alignment, List<Flag> flags) {
        return of(side, doc, alignment, flags, List.of());
    }

    /** The same, with the passages the editor annotated on this side marked too. */
    public static StyleSpans<Collection<String>> of(
            Side side, SourceDocument doc, Alignment alignment, List<Flag> flags, Collection<Span> annotated) {
        return of(side, doc, alignment, flags, annotated, true);
    }

    /**
     * The same; without {@code wordEdits} the word edits no flag is about (neutral rewording) are left plain,
     * while sentences only one side has, moves, flags and annotations are still marked.
     */
    public static StyleSpans<Collection<String>> of(
            Side side,
            SourceDocument doc,
            Alignment alignment,
            List<Flag> flags,
            Collection<Span> annotated,
            boolean wordEdits) {
        int[] mask = new int[doc.text().length()];
        for (Exclusion e : doc.excluded()) {
            mark(mask, e.span(), FURNITURE);
        }
        for (AlignedPair p : alignment.pairs()) {
            markPair(mask, side, p, wordEdits);
        }
        for (Span a : annotated) {
            mark(mask, a, ANNOTATED);
        }
        for (Flag f : flags) {
            Span s = side == Side.BASE ? f.baseSpan() : f.variantSpan();
            if (s != null) {
                mark(mask, s, FLAG | (f.kind().ordinal() + 1) << KIND_SHIFT);
            }
        }
        return toSpans(mask);
    }

    private static void markPair(int[] mask, Side side, AlignedPair p, boolean wordEdits) {
        Span mine = side == Side.BASE ? p.base() : p.other();
        if (mine == null) {
            return;
        }
        if (p.relation() == Relation.DROPPED || p.relation() == Relation.ADDED) {
            mark(mask, mine, side == Side.BASE ? DROPPED : ADDED);
            return;
        }
        if (p.relation() == Relation.MOVED) {
            mark(mask, mine, MOVED);
        }
        if (!wordEdits) {
            return;
        }
        for (Edit e : p.edits()) {
            Span s = side == Side.BASE ? e.base() : e.other();
            int bit = e.op() == Edit.Op.REPLACE ? REP : side == Side.BASE ? DEL : INS;
            if (e.op() == Edit.Op.INSERT && side == Side.BASE || e.op() == Edit.Op.DELETE && side == Side.OTHER) {
                continue;
            }
            mark(mask, s, bit);
        }
    }

    /** Adds the style bits to the span; a flag kind replaces an earlier one (one kind shown per character). */
    private static void mark(int[] mask, Span s, int bits) {
        int low = bits & LOW_BITS;
        int kind = bits & ~LOW_BITS;
        int end = Math.min(s.end(), mask.length);
        for (int i = Math.max(0, s.start()); i < end; i++) {
            int m = mask[i] | low;
            mask[i] = kind == 0 ? m : m & LOW_BITS | kind;
        }
    }

    private static StyleSpans<Collection<String>> toSpans(int[] mask) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>(Math.max(16, mask.length / 64));
        Map<Integer, Collection<String>> names = new HashMap<>();
        if (mask.length == 0) {
            b.add(List.of(), 0);
            return b.create();
        }
        int runStart = 0;
        for (int i = 1; i <= mask.length; i++) {
            if (i == mask.length || mask[i] != mask[runStart]) {
                b.add(names.computeIfAbsent(mask[runStart], ComparisonStyles::classes), i - runStart);
                runStart = i;
            }
        }
        return b.create();
    }

    /** The style classes of one mask: its flags plus {@code flag-<kind>} for a flagged span. */
    static Collection<String> classes(int mask) {
        List<String> out = new ArrayList<>();
        for (int bit = 0; bit < NAMES.length; bit++) {
            if ((mask & 1 << bit) != 0) {
                out.add(NAMES[bit]);
            }
        }
        int kind = mask >>> KIND_SHIFT;
        if (kind > 0) {
            out.add("flag-" + FlagKind.values()[kind - 1].id());
        }
        return List.copyOf(out);
    }
}

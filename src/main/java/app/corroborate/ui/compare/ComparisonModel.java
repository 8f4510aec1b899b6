package app.corroborate.ui.compare;

import app.corroborate.align.Alignment;
import app.corroborate.align.Relation;
import app.corroborate.flag.Flag;
import app.corroborate.review.CaseAnalysis;
import app.corroborate.review.SourceSummary;
import app.corroborate.source.SourceDocument;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;

/**
 * Everything the comparison panes show for one compared pair, computed off the UI thread: both texts with their
 * styles, the alignment, the compared version's flags, the scroll map and the differences F7 walks.
 */
public record ComparisonModel(SourceSummary baseSource, SourceSummary otherSource, SourceDocument base,
        SourceDocument other, Alignment alignment, List<Flag> flags, StyleSpans<Collection<String>> baseStyles,
        StyleSpans<Collection<String>> otherStyles, ScrollMap scrollMap, List<Difference> differences,
        Paragraphs baseParagraphs, Paragraphs otherParagraphs) {

    /** The comparison of source {@code index} with the base of the analysis. */
    public static ComparisonModel of(CaseAnalysis analysis, int index) {
        SourceDocument base = analysis.documents().get(0);
        SourceDocument other = analysis.documents().get(index);
        Alignment alignment = analysis.collation().toBase().get(index);
        List<Flag> flags = analysis.flagsOf(index);
        ScrollMap map = ScrollMap.of(alignment, base.text().length(), other.text().length());
        return new ComparisonModel(analysis.sources().get(0), analysis.sources().get(index), base, other, alignment,
                flags, ComparisonStyles.of(Side.BASE, base, alignment, flags),
                ComparisonStyles.of(Side.OTHER, other, alignment, flags), map, Differences.of(alignment, map),
                Paragraphs.of(base.text()), Paragraphs.of(other.text()));
    }

    public int index() {
        return otherSource.index();
    }

    public SourceDocument document(Side side) {
        return side == Side.BASE ? base : other;
    }

    public Paragraphs paragraphs(Side side) {
        return side == Side.BASE ? baseParagraphs : otherParagraphs;
    }

    /** "14 same · 5 changed · 1 moved · 2 added · 3 dropped". */
    public String summary() {
        StringBuilder b = new StringBuilder();
        for (Relation r : Relation.values()) {
            long n = alignment.count(r);
            if (n > 0) {
                b.append(b.length() == 0 ? "" : " \u00B7 ").append(n).append(' ').append(r.id());
            }
        }
        return b.toString();
    }
}

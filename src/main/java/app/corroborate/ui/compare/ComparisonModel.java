package app.corroborate.ui.compare;

import app.corroborate.align.Alignment;
import app.corroborate.align.Relation;
import app.corroborate.flag.Flag;
import app.corroborate.review.AnnotationPlaces;
import app.corroborate.review.CaseAnalysis;
import app.corroborate.review.SourceSummary;
import app.corroborate.source.SourceDocument;
import app.corroborate.store.Annotation;
import app.corroborate.text.Span;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.StyledDocument;

/**
 * Everything the comparison panes show for one compared pair, computed off the UI thread: both texts with their
 * styles, the alignment, the compared version's flags, the scroll map and the differences F7 walks.
 */
public record ComparisonModel(
        SourceSummary baseSource,
        SourceSummary otherSource,
        SourceDocument base,
        SourceDocument other,
        Alignment alignment,
        List<Flag> flags,
        StyleSpans<Collection<String>> baseStyles,
        StyleSpans<Collection<String>> otherStyles,
        ScrollMap scrollMap,
        List<Difference> differences,
        Paragraphs baseParagraphs,
        Paragraphs otherParagraphs,
        StyledDocument<Collection<String>, String, Collection<String>> baseDocument,
        StyledDocument<Collection<String>, String, Collection<String>> otherDocument,
        Map<String, Span> baseNotes,
        Map<String, Span> otherNotes) {

    /** The comparison of source {@code index} with the base of the analysis. */
    public static ComparisonModel of(CaseAnalysis analysis, int index) {
        return of(analysis, index, List.of());
    }

    /** The same, with the editor's annotations placed and marked in both texts. */
    public static ComparisonModel of(CaseAnalysis analysis, int index, List<Annotation> annotations) {
        return of(analysis, index, annotations, true);
    }

    /** The same; without {@code wordEdits} neutral rewording is not marked (see {@link ComparisonStyles}). */
    public static ComparisonModel of(
            CaseAnalysis analysis, int index, List<Annotation> annotations, boolean wordEdits) {
        SourceDocument base = analysis.documents().get(0);
        SourceDocument other = analysis.documents().get(index);
        Alignment alignment = analysis.toBase().get(index);
        List<Flag> flags = analysis.flagsOf(index);
        ScrollMap map =
                ScrollMap.of(alignment, base.text().length(), other.text().length());
        Map<String, Span> baseNotes =
                AnnotationPlaces.in(annotations, analysis.stored().get(0), base.text());
        Map<String, Span> otherNotes =
                AnnotationPlaces.in(annotations, analysis.stored().get(index), other.text());
        StyleSpans<Collection<String>> baseStyles =
                ComparisonStyles.of(Side.BASE, base, alignment, flags, baseNotes.values(), wordEdits);
        StyleSpans<Collection<String>> otherStyles =
                ComparisonStyles.of(Side.OTHER, other, alignment, flags, otherNotes.values(), wordEdits);
        return new ComparisonModel(
                analysis.sources().get(0),
                analysis.sources().get(index),
                base,
                other,
                alignment,
                flags,
                baseStyles,
                otherStyles,
                map,
                Differences.of(alignment, map),
                Paragraphs.of(base.text()),
                Paragraphs.of(other.text()),
                document(base.text(), baseStyles),
                document(other.text(), otherStyles),
                baseNotes,
                otherNotes);
    }

    /**
     * The styled text as the pane's model holds it, built here (off the UI thread) so that showing a large source
     * costs the pane one replacement, not a parse and a restyle.
     */
    static StyledDocument<Collection<String>, String, Collection<String>> document(
            String text, StyleSpans<Collection<String>> styles) {
        List<List<String>> paragraphs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                paragraphs.add(List.of(text.substring(start, i)));
                start = i + 1;
            }
        }
        return ReadOnlyStyledDocumentBuilder.constructDocument(
                SegmentOps.styledTextOps(),
                List.of(),
                b -> b.addParagraphs(paragraphs, withoutLineBreaks(text, styles)));
    }

    /** The styles of the characters between line breaks: a document's paragraphs do not hold their breaks. */
    private static StyleSpans<Collection<String>> withoutLineBreaks(
            String text, StyleSpans<Collection<String>> styles) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>(styles.getSpanCount());
        int at = 0;
        for (StyleSpan<Collection<String>> span : styles) {
            int breaks = 0;
            for (int i = at; i < at + span.getLength(); i++) {
                breaks += text.charAt(i) == '\n' ? 1 : 0;
            }
            b.add(span.getStyle(), span.getLength() - breaks);
            at += span.getLength();
        }
        return b.create();
    }

    public int index() {
        return otherSource.index();
    }

    /** Where the editor's annotations lie on {@code side}, by annotation id. */
    public Map<String, Span> notes(Side side) {
        return side == Side.BASE ? baseNotes : otherNotes;
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
                b.append(b.length() == 0 ? "" : " \u00B7 ")
                        .append(n)
                        .append(' ')
                        .append(r.id());
            }
        }
        return b.toString();
    }
}

package app.corroborate.ui.sources;

import app.corroborate.source.Exclusion;
import app.corroborate.source.SourceDocument;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** Maps a source's excluded furniture to text styles: a pure function, testable without a window. */
public final class FurnitureStyles {

    private FurnitureStyles() {
    }

    public static StyleSpans<Collection<String>> of(SourceDocument doc) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int at = 0;
        List<Exclusion> sorted = doc.excluded().stream()
                .sorted((x, y) -> x.span().compareTo(y.span())).toList();
        for (Exclusion e : sorted) {
            if (e.span().start() < at) {
                continue;
            }
            b.add(List.of(), e.span().start() - at);
            b.add(List.of("furniture"), e.span().length());
            at = e.span().end();
        }
        b.add(List.of(), doc.text().length() - at);
        return b.create();
    }
}

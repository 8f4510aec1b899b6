package app.corroborate.align;

import app.corroborate.source.SourceDocument;
import app.corroborate.text.Span;
import java.util.List;

/**
 * One version of a story as the aligner sees it: an id, the original text and its story sentences.
 *
 * @param sentences ascending, disjoint half-open ranges into {@code text}
 */
public record Version(String id, String text, List<Span> sentences) implements java.io.Serializable {

    public Version {
        sentences = List.copyOf(sentences);
    }

    public static Version of(SourceDocument doc) {
        return new Version(doc.path(), doc.text(), doc.sentences());
    }
}

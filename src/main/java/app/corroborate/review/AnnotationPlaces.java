package app.corroborate.review;

import app.corroborate.store.Anchoring;
import app.corroborate.store.Annotation;
import app.corroborate.store.StoredSource;
import app.corroborate.text.Span;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the annotations of a source lie in the text the comparison shows. The case anchors an annotation on the
 * text it kept at import; when the text shown is that same text, the kept position is used as it is, otherwise the
 * quote is placed again by its words and context (never guessed: an annotation that cannot be placed with
 * confidence is left out, as the store would orphan it).
 */
public final class AnnotationPlaces {

    private AnnotationPlaces() {}

    /** The span of each placed, non-orphaned annotation of {@code source}, by annotation id. */
    public static Map<String, Span> in(Iterable<Annotation> annotations, StoredSource source, String shown) {
        Map<String, Span> out = new LinkedHashMap<>();
        boolean same = source.text() != null && source.text().equals(shown);
        for (Annotation a : annotations) {
            if (!a.sourceId().equals(source.id()) || a.orphaned() || a.position() == null) {
                continue;
            }
            Optional<Span> at = same && a.position().end() <= shown.length()
                    ? Optional.of(a.position())
                    : Anchoring.place(shown, a.selector(), a.position().start());
            at.ifPresent(s -> out.put(a.id(), s));
        }
        return out;
    }
}

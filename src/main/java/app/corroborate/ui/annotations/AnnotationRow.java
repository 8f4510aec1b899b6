package app.corroborate.ui.annotations;

import app.corroborate.store.Annotation;

/**
 * One annotation as the list shows it, with the source it is on.
 *
 * @param sourceIndex the source's position in the analysis (0 the base), -1 when the source is no longer there
 * @param colour      the source's colour number, -1 when the source is no longer there
 */
public record AnnotationRow(Annotation annotation, int sourceIndex, String sourceLabel, int colour) {

    public String id() {
        return annotation.id();
    }

    /** The passage, on one line. */
    public String quote() {
        return annotation.selector().exact().strip().replaceAll("\\s+", " ");
    }
}

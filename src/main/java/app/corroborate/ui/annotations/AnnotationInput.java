package app.corroborate.ui.annotations;

import app.corroborate.store.Verdict;
import java.util.Arrays;
import java.util.List;

/** What the editor typed for an annotation: the note, a verdict and tags. */
public record AnnotationInput(String note, Verdict verdict, List<String> tags) {

    public AnnotationInput {
        tags = List.copyOf(tags);
    }

    /** Tags as typed, separated by commas: trimmed, blanks dropped, duplicates kept once. */
    public static List<String> tags(String typed) {
        return typed == null
                ? List.of()
                : Arrays.stream(typed.split(","))
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .distinct()
                        .toList();
    }
}

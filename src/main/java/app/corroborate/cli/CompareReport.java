package app.corroborate.cli;

import app.corroborate.align.AlignedPair;
import app.corroborate.align.Alignment;
import app.corroborate.text.Span;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The {@code compare --json} contract, schema 1. Fields may be added; none renamed or dropped. */
@JsonPropertyOrder({"schema", "base", "other", "pairs"})
record CompareReport(int schema, String base, String other, List<Pair> pairs) {

    @JsonPropertyOrder({"relation", "link", "similarity", "base", "other", "edits"})
    record Pair(String relation, String link, double similarity, Range base, Range other, List<EditJson> edits) {}

    @JsonPropertyOrder({"op", "base", "other"})
    record EditJson(String op, Range base, Range other) {}

    record Range(int start, int end) {
        static Range of(Span s) {
            return s == null ? null : new Range(s.start(), s.end());
        }
    }

    static CompareReport of(Alignment alignment) {
        return new CompareReport(
                1,
                alignment.base().id(),
                alignment.other().id(),
                alignment.pairs().stream().map(CompareReport::pair).toList());
    }

    private static Pair pair(AlignedPair p) {
        List<EditJson> edits = p.edits().stream()
                .map(e -> new EditJson(e.op().id(), Range.of(e.base()), Range.of(e.other())))
                .toList();
        return new Pair(
                p.relation().id(), p.link().id(), p.similarity(), Range.of(p.base()), Range.of(p.other()), edits);
    }
}

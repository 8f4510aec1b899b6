package app.corroborate.cli;

import app.corroborate.source.Exclusion;
import app.corroborate.source.SourceDocument;
import app.corroborate.text.Span;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** The {@code extract --json} contract, schema 1. Fields may be added; none renamed or dropped. */
@JsonPropertyOrder({
    "schema",
    "path",
    "format",
    "encoding",
    "sha256",
    "title",
    "outlet",
    "published",
    "byline",
    "text",
    "excluded",
    "sentences",
    "warnings"
})
record ExtractReport(
        int schema,
        String path,
        String format,
        String encoding,
        String sha256,
        String title,
        String outlet,
        String published,
        String byline,
        String text,
        List<Excluded> excluded,
        List<Range> sentences,
        List<Warning> warnings) {

    /** Something the editor should know about the source: undecodable bytes, bidirectional controls. */
    record Warning(String kind, int count, String message) {}

    record Excluded(int start, int end, String reason) {}

    record Range(int start, int end) {
        static Range of(Span s) {
            return new Range(s.start(), s.end());
        }
    }

    static ExtractReport of(SourceDocument d) {
        List<Excluded> excluded =
                d.excluded().stream().map(ExtractReport::excluded).toList();
        List<Range> sentences = d.sentences().stream().map(Range::of).toList();
        var m = d.metadata();
        return new ExtractReport(
                1,
                d.path(),
                d.format().id(),
                d.encoding(),
                d.sha256(),
                m.title(),
                m.outlet(),
                m.published(),
                m.byline(),
                d.text(),
                excluded,
                sentences,
                d.warnings().stream()
                        .map(w -> new Warning(w.kind(), w.count(), w.message()))
                        .toList());
    }

    private static Excluded excluded(Exclusion e) {
        return new Excluded(e.span().start(), e.span().end(), e.reason().id());
    }
}

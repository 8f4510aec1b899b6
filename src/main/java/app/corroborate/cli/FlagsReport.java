package app.corroborate.cli;

import app.corroborate.collate.Collation;
import app.corroborate.flag.Flag;
import app.corroborate.text.Span;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/** The {@code flags --json} contract, schema 1. Fields may be added; none renamed or dropped. */
@JsonPropertyOrder({"schema", "base", "sources", "groups", "flags"})
record FlagsReport(int schema, String base, List<String> sources, List<List<String>> groups, List<FlagJson> flags) {

    @JsonPropertyOrder({"id", "kind", "severity", "source", "base_span", "variant_span", "explanation"})
    record FlagJson(
            String id,
            String kind,
            String severity,
            String source,
            @JsonProperty("base_span") SpanText baseSpan,
            @JsonProperty("variant_span") SpanText variantSpan,
            String explanation) {}

    record SpanText(int start, int end, String text) {
        static SpanText of(Span s, String text) {
            return s == null ? null : new SpanText(s.start(), s.end(), s.of(text));
        }
    }

    static FlagsReport of(Collation c, List<Flag> flags) {
        List<String> sources =
                c.analyses().stream().map(a -> a.document().path()).toList();
        String baseText = c.analyses().get(c.base()).text();
        List<FlagJson> out = new ArrayList<>();
        for (Flag f : flags) {
            String text = c.analyses().get(sources.indexOf(f.source())).text();
            out.add(new FlagJson(
                    f.id(),
                    f.kind().id(),
                    f.severity().id(),
                    f.source(),
                    SpanText.of(f.baseSpan(), baseText),
                    SpanText.of(f.variantSpan(), text),
                    f.explanation()));
        }
        return new FlagsReport(1, sources.get(c.base()), sources, c.groupPaths(), out);
    }
}

package app.corroborate.cli;

import app.corroborate.claim.Claim;
import app.corroborate.claim.ClaimsMatrix;
import app.corroborate.claim.Support;
import app.corroborate.collate.Collation;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code claims --json} contract, schema 1. Fields may be added; none renamed or dropped. */
@JsonPropertyOrder({"schema", "sources", "groups", "claims"})
record ClaimsReport(int schema, List<String> sources, List<List<String>> groups, List<ClaimJson> claims) {

    @JsonPropertyOrder({"id", "text", "kind", "origin", "independent_sources", "support"})
    record ClaimJson(
            String id,
            String text,
            String kind,
            String origin,
            @com.fasterxml.jackson.annotation.JsonProperty("independent_sources") int independentSources,
            Map<String, SupportJson> support) {}

    record SupportJson(String status, FlagsReport.SpanText span) {}

    static ClaimsReport of(Collation c, ClaimsMatrix m) {
        List<ClaimJson> claims =
                m.claims().stream().map(claim -> json(c, m, claim)).toList();
        return new ClaimsReport(1, m.sources(), m.groups(), claims);
    }

    private static ClaimJson json(Collation c, ClaimsMatrix m, Claim claim) {
        Map<String, SupportJson> support = new LinkedHashMap<>();
        claim.support()
                .forEach((path, s) -> support.put(path, support(c, m.sources().indexOf(path), s)));
        return new ClaimJson(claim.id(), claim.text(), claim.kind().id(), claim.origin(), claim.agreeing(), support);
    }

    private static SupportJson support(Collation c, int source, Support s) {
        String text = c.analyses().get(source).text();
        return new SupportJson(s.status().id(), FlagsReport.SpanText.of(s.span(), text));
    }
}

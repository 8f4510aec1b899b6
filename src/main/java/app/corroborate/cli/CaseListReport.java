package app.corroborate.cli;

import app.corroborate.claim.Claim;
import app.corroborate.flag.Flag;
import app.corroborate.review.CaseAnalysis;
import app.corroborate.store.Annotation;
import app.corroborate.store.CaseException;
import app.corroborate.store.CaseInfo;
import app.corroborate.store.CaseStore;
import app.corroborate.store.StoredSource;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.store.VerdictRecord;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code case list --json} contract, schema 1. Fields may be added; none renamed or dropped. */
@JsonPropertyOrder({
    "schema",
    "case",
    "sources",
    "flags",
    "claims",
    "annotations",
    "orphaned_verdicts",
    "removed_sources"
})
record CaseListReport(
        int schema,
        @JsonProperty("case") CaseJson caseInfo,
        List<SourceJson> sources,
        List<FlagJson> flags,
        List<ClaimJson> claims,
        List<AnnotationJson> annotations,
        @JsonProperty("orphaned_verdicts") List<OrphanJson> orphanedVerdicts,
        @JsonProperty("removed_sources") List<SourceJson> removedSources) {

    record CaseJson(String title, String editor, String created) {}

    /** A source; {@code address}, {@code final_address} and {@code retrieved} are null unless it was fetched. */
    @JsonPropertyOrder({
        "id",
        "path",
        "outlet",
        "sha256",
        "file_name",
        "base",
        "title",
        "address",
        "final_address",
        "retrieved",
        "removed"
    })
    record SourceJson(
            String id,
            String path,
            String outlet,
            String sha256,
            @JsonProperty("file_name") String fileName,
            boolean base,
            String title,
            String address,
            @JsonProperty("final_address") String finalAddress,
            String retrieved,
            String removed) {}

    @JsonPropertyOrder({"id", "kind", "source", "verdict", "note", "severity", "explanation"})
    record FlagJson(
            String id, String kind, String source, String verdict, String note, String severity, String explanation) {}

    @JsonPropertyOrder({"id", "text", "verdict", "note", "kind"})
    record ClaimJson(String id, String text, String verdict, String note, String kind) {}

    @JsonPropertyOrder({"id", "source", "exact", "verdict", "note", "orphaned", "tags", "start", "end"})
    record AnnotationJson(
            String id,
            String source,
            String exact,
            String verdict,
            String note,
            boolean orphaned,
            List<String> tags,
            Integer start,
            Integer end) {}

    record OrphanJson(String target, String id, String verdict, String note) {}

    static CaseListReport of(CaseStore store, CaseAnalysis analysis) throws CaseException {
        CaseInfo info = store.info();
        Map<String, VerdictRecord> verdicts = new HashMap<>();
        store.verdicts().forEach(v -> verdicts.put(v.target().id() + ":" + v.targetId(), v));
        Set<String> seen = new HashSet<>();
        List<SourceJson> sources =
                store.sources().stream().map(CaseListReport::source).toList();
        List<FlagJson> flags =
                analysis.flags().stream().map(f -> flag(f, verdicts, seen)).toList();
        List<ClaimJson> claims = analysis.claims().claims().stream()
                .map(c -> claim(c, verdicts, seen))
                .toList();
        List<AnnotationJson> annotations =
                store.annotations().stream().map(CaseListReport::annotation).toList();
        List<OrphanJson> orphans = verdicts.entrySet().stream()
                .filter(e -> !seen.contains(e.getKey()))
                .map(e -> new OrphanJson(
                        e.getValue().target().id(),
                        e.getValue().targetId(),
                        e.getValue().verdict().id(),
                        e.getValue().note()))
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .toList();
        return new CaseListReport(
                1,
                new CaseJson(info.title(), info.editor(), info.created().toString()),
                sources,
                flags,
                claims,
                annotations,
                orphans,
                store.removedSources().stream().map(CaseListReport::source).toList());
    }

    private static SourceJson source(StoredSource s) {
        return new SourceJson(
                s.id(),
                s.path(),
                s.outlet(),
                s.sha256(),
                s.fileName(),
                s.base(),
                s.title(),
                s.web() == null ? null : s.web().address(),
                s.web() == null ? null : s.web().finalAddress(),
                s.web() == null ? null : s.web().retrieved().toString(),
                s.removed() == null ? null : s.removed().toString());
    }

    private static FlagJson flag(Flag f, Map<String, VerdictRecord> verdicts, Set<String> seen) {
        String key = Target.FLAG.id() + ":" + f.id();
        seen.add(key);
        VerdictRecord v = verdicts.get(key);
        return new FlagJson(
                f.id(),
                f.kind().id(),
                f.source(),
                v == null ? Verdict.UNREVIEWED.id() : v.verdict().id(),
                v == null ? null : v.note(),
                f.severity().id(),
                f.explanation());
    }

    private static ClaimJson claim(Claim c, Map<String, VerdictRecord> verdicts, Set<String> seen) {
        String key = Target.CLAIM.id() + ":" + c.id();
        seen.add(key);
        VerdictRecord v = verdicts.get(key);
        return new ClaimJson(
                c.id(),
                c.text(),
                v == null ? Verdict.UNREVIEWED.id() : v.verdict().id(),
                v == null ? null : v.note(),
                c.kind().id());
    }

    private static AnnotationJson annotation(Annotation a) {
        return new AnnotationJson(
                a.id(),
                a.sourceId(),
                a.selector().exact(),
                a.verdict().id(),
                a.note(),
                a.orphaned(),
                a.tags(),
                a.position() == null ? null : a.position().start(),
                a.position() == null ? null : a.position().end());
    }
}

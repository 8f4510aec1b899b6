package app.corroborate.export;

import app.corroborate.claim.Claim;
import app.corroborate.flag.Flag;
import app.corroborate.review.CaseAnalysis;
import app.corroborate.review.SourceSummary;
import app.corroborate.review.VerdictSnapshots;
import app.corroborate.store.Annotation;
import app.corroborate.store.CaseException;
import app.corroborate.store.CaseInfo;
import app.corroborate.store.CaseStore;
import app.corroborate.store.StoredSource;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.store.VerdictRecord;
import app.corroborate.store.VerdictSnapshot;
import app.corroborate.store.VerdictSnapshot.Passage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link Summary} of a case from its store (verdicts, their snapshots, annotations) and its current
 * analysis. One implementation for the window and the command line.
 *
 * <p>Guarantees: only reads the case; an item whose verdict has a snapshot is shown as the snapshot has it;
 * linear in the number of flags, claims, verdicts and annotations.
 */
public final class SummaryBuilder {

    private final VerdictSnapshots live;
    private final Clock clock;
    private final String appVersion;

    public SummaryBuilder(VerdictSnapshots live, Clock clock, String appVersion) {
        this.live = live;
        this.clock = clock;
        this.appVersion = appVersion;
    }

    public Summary build(CaseStore store, CaseAnalysis analysis, Publisher publisher) throws CaseException {
        CaseInfo info = store.info();
        List<SummarySource> sources = sources(store.sources(), analysis);
        Map<String, VerdictRecord> verdicts = new HashMap<>();
        store.verdicts().forEach(v -> verdicts.put(key(v.target(), v.targetId()), v));
        Map<String, VerdictSnapshot> snapshots = new HashMap<>();
        store.snapshots().forEach(s -> snapshots.put(key(s.target(), s.targetId()), s));
        Map<String, Integer> groups = new HashMap<>();
        sources.forEach(s -> groups.put(s.id(), s.copyGroup()));
        Map<String, String> shas = new HashMap<>();
        sources.forEach(s -> shas.put(s.id(), s.sha256()));

        List<Item> items = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Flag f : analysis.flags()) {
            seen.add(key(Target.FLAG, f.id()));
            items.add(item(live.of(analysis, f), verdicts, snapshots, groups, shas, true));
        }
        for (Claim c : analysis.claims().claims()) {
            seen.add(key(Target.CLAIM, c.id()));
            items.add(item(live.of(analysis, c), verdicts, snapshots, groups, shas, true));
        }
        for (VerdictRecord v : store.verdicts()) {
            if (!seen.contains(key(v.target(), v.targetId())) && v.verdict() != Verdict.UNREVIEWED) {
                items.add(gone(v, snapshots.get(key(v.target(), v.targetId())), groups, shas));
            }
        }
        return assemble(info, publisher, sources, items, annotations(store, sources));
    }

    private Summary assemble(
            CaseInfo info,
            Publisher publisher,
            List<SummarySource> sources,
            List<Item> items,
            List<AnnotationEntry> annotations) {
        List<Item> verified = byVerdict(items, Verdict.VERIFIED);
        List<Item> contested = new ArrayList<>(byVerdict(items, Verdict.FALSE));
        contested.addAll(byVerdict(items, Verdict.DISPUTED));
        List<Item> unverifiable = byVerdict(items, Verdict.UNVERIFIABLE);
        List<Item> unreviewed = byVerdict(items, Verdict.UNREVIEWED);
        Summary.Counts counts = new Summary.Counts(
                items.size(),
                verified.size(),
                byVerdict(items, Verdict.FALSE).size(),
                byVerdict(items, Verdict.DISPUTED).size(),
                unverifiable.size(),
                unreviewed.size());
        return new Summary(
                info.title(),
                info.editor(),
                info.created(),
                clock.instant(),
                appVersion,
                publisher,
                sources,
                counts,
                verified,
                contested,
                unverifiable,
                unreviewed,
                annotations);
    }

    /** Claims before flags, each in analysis order. */
    private static List<Item> byVerdict(List<Item> items, Verdict verdict) {
        List<Item> out = new ArrayList<>();
        for (Target t : new Target[] {Target.CLAIM, Target.FLAG}) {
            items.stream()
                    .filter(i -> i.verdict() == verdict && i.target() == t)
                    .forEach(out::add);
        }
        return out;
    }

    private static Item item(
            VerdictSnapshot now,
            Map<String, VerdictRecord> verdicts,
            Map<String, VerdictSnapshot> snapshots,
            Map<String, Integer> groups,
            Map<String, String> shas,
            boolean current) {
        String key = key(now.target(), now.targetId());
        VerdictRecord v = verdicts.get(key);
        VerdictSnapshot kept = v == null ? null : snapshots.get(key);
        VerdictSnapshot s = kept != null ? kept : now;
        Verdict verdict = v == null ? Verdict.UNREVIEWED : v.verdict();
        return new Item(
                s.target(),
                s.targetId(),
                s.kind(),
                s.severity(),
                s.text(),
                s.explanation(),
                verdict,
                v == null ? null : v.note(),
                v == null ? null : v.evidence(),
                v == null ? null : v.author(),
                v == null ? null : v.updated(),
                s.passages(),
                supporters(s, groups),
                current,
                kept != null,
                changed(s, shas));
    }

    /** A verdict on a flag or claim the current engine no longer raises: its snapshot, or just its verdict. */
    private static Item gone(
            VerdictRecord v, VerdictSnapshot s, Map<String, Integer> groups, Map<String, String> shas) {
        if (s == null) {
            return new Item(
                    v.target(),
                    v.targetId(),
                    "",
                    null,
                    "",
                    null,
                    v.verdict(),
                    v.note(),
                    v.evidence(),
                    v.author(),
                    v.updated(),
                    List.of(),
                    List.of(),
                    false,
                    false,
                    false);
        }
        return new Item(
                s.target(),
                s.targetId(),
                s.kind(),
                s.severity(),
                s.text(),
                s.explanation(),
                v.verdict(),
                v.note(),
                v.evidence(),
                v.author(),
                v.updated(),
                s.passages(),
                supporters(s, groups),
                false,
                true,
                changed(s, shas));
    }

    /** The claim's agreeing sources, one entry per copy group: "Wire (with Daily, Post)". */
    private static List<String> supporters(VerdictSnapshot s, Map<String, Integer> groups) {
        if (s.target() != Target.CLAIM) {
            return List.of();
        }
        Map<Object, List<String>> byGroup = new LinkedHashMap<>();
        for (Passage p : s.passages()) {
            if (p.role().equals("agrees")) {
                Object group = groups.containsKey(p.sourceId()) ? groups.get(p.sourceId()) : p.sourceId();
                byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(p.label());
            }
        }
        List<String> out = new ArrayList<>();
        for (List<String> labels : byGroup.values()) {
            out.add(
                    labels.size() == 1
                            ? labels.get(0)
                            : labels.get(0) + " (with " + String.join(", ", labels.subList(1, labels.size())) + ")");
        }
        return out;
    }

    private static boolean changed(VerdictSnapshot s, Map<String, String> shas) {
        return s.passages().stream()
                .anyMatch(p -> shas.containsKey(p.sourceId())
                        && !shas.get(p.sourceId()).equals(p.sha256()));
    }

    private static List<SummarySource> sources(List<StoredSource> stored, CaseAnalysis analysis) {
        Map<String, SourceSummary> summaries = new HashMap<>();
        analysis.sources().forEach(s -> summaries.put(s.id(), s));
        List<SummarySource> out = new ArrayList<>();
        Map<Integer, Integer> groupNumbers = new LinkedHashMap<>();
        for (StoredSource s : stored) {
            SourceSummary sum = summaries.get(s.id());
            int group = sum == null ? -1 - out.size() : sum.group();
            int number = groupNumbers.computeIfAbsent(group, g -> groupNumbers.size() + 1);
            String label = sum != null
                    ? sum.label()
                    : s.outlet() != null && !s.outlet().isBlank() ? s.outlet() : s.fileName();
            String url = s.web() != null
                    ? s.web().finalAddress()
                    : s.path() != null && s.path().matches("(?i)https?://\\S+") ? s.path() : null;
            out.add(new SummarySource(
                    s.id(),
                    label,
                    s.outlet(),
                    s.title(),
                    s.published(),
                    s.fileName(),
                    s.sha256(),
                    number,
                    s.imported(),
                    url,
                    s.text(),
                    s.web()));
        }
        return out;
    }

    private static List<AnnotationEntry> annotations(CaseStore store, List<SummarySource> sources)
            throws CaseException {
        Map<String, StoredSource> byId = new HashMap<>();
        store.sources().forEach(s -> byId.put(s.id(), s));
        List<AnnotationEntry> out = new ArrayList<>();
        for (Annotation a : store.annotations()) {
            StoredSource s = byId.get(a.sourceId());
            String label = sources.stream()
                    .filter(x -> x.id().equals(a.sourceId()))
                    .map(SummarySource::label)
                    .findFirst()
                    .orElse(a.sourceId());
            String sha = s != null && s.textSha256().equals(a.textSha256()) ? s.sha256() : null;
            out.add(new AnnotationEntry(
                    a.id(),
                    a.sourceId(),
                    label,
                    a.selector().exact(),
                    a.selector().prefix(),
                    a.selector().suffix(),
                    a.orphaned() ? null : a.position(),
                    sha,
                    a.note(),
                    a.verdict(),
                    a.tags(),
                    a.orphaned(),
                    a.author(),
                    a.created()));
        }
        return out;
    }

    private static String key(Target target, String id) {
        return target.id() + ":" + id;
    }
}

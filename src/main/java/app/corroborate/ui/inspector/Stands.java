package app.corroborate.ui.inspector;

import app.corroborate.align.AlignedPair;
import app.corroborate.align.Alignment;
import app.corroborate.align.Relation;
import app.corroborate.claim.Claim;
import app.corroborate.claim.Status;
import app.corroborate.claim.Support;
import app.corroborate.flag.Flag;
import app.corroborate.review.CaseAnalysis;
import app.corroborate.review.SourceSummary;
import app.corroborate.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What every source says about the fact of a claim, grouped so that copies of one wire text that say the same
 * count once. Pure.
 *
 * <p>Guarantees: every source of the analysis appears in exactly one stand; stands come in source order of
 * their first member; within a copy group, sources that say the same thing share one stand.
 */
public final class Stands {

    private Stands() {}

    public static List<Stand> of(Claim claim, CaseAnalysis analysis) {
        return grouped(analysis, s -> claim.support().getOrDefault(s.path(), Support.NONE));
    }

    /**
     * What every source says in the sentence that faces the flagged base text, when no claim covers it: the same
     * words (agrees), other words (differs, with its sentence) or nothing (absent). Empty for a flag with no base
     * text.
     */
    public static List<Stand> ofSentence(Flag flag, CaseAnalysis analysis) {
        if (flag.baseSpan() == null || analysis.toBase().isEmpty()) {
            return List.of();
        }
        return grouped(analysis, s -> facing(flag.baseSpan(), analysis.toBase().get(s.index())));
    }

    /**
     * How every source spells the name of a name-spelling flag: as the base does (agrees), as the flagged source
     * does (differs), or not at all (absent). The sentence around the name would differ for reasons of its own in
     * a rewrite; the spelling is the fact in question.
     */
    public static List<Stand> ofSpelling(Flag flag, CaseAnalysis analysis) {
        int flagged = analysis.indexOf(flag.source());
        if (flag.baseSpan() == null || flag.variantSpan() == null || flagged < 0) {
            return List.of();
        }
        String asBase = flag.baseSpan().of(analysis.documents().get(0).text());
        String asVariant =
                flag.variantSpan().of(analysis.documents().get(flagged).text());
        return grouped(analysis, s -> {
            String text = analysis.documents().get(s.index()).text();
            Support differs = occurrence(text, asVariant, Status.DIFFERS);
            return differs != null && !asVariant.equals(asBase)
                    ? differs
                    : java.util.Objects.requireNonNullElse(occurrence(text, asBase, Status.AGREES), Support.NONE);
        });
    }

    private static Support occurrence(String text, String name, Status status) {
        int at = text.indexOf(name);
        return at < 0 ? null : new Support(status, new Span(at, at + name.length()));
    }

    /** One stand per copy group and what it says, in source order. */
    private static List<Stand> grouped(CaseAnalysis analysis, Function<SourceSummary, Support> supportOf) {
        Map<String, List<SourceSummary>> members = new LinkedHashMap<>();
        Map<String, Support> said = new LinkedHashMap<>();
        for (SourceSummary s : analysis.sources()) {
            Support support = supportOf.apply(s);
            String text = text(support, analysis, s.index());
            String key = s.group() + "\u0000" + support.status() + "\u0000" + (text == null ? "" : normal(text));
            members.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            said.putIfAbsent(key, support);
        }
        List<Stand> out = new ArrayList<>();
        members.forEach((key, group) -> out.add(new Stand(
                group.stream().map(SourceSummary::index).toList(),
                group.stream().map(SourceSummary::label).toList(),
                said.get(key).status(),
                text(said.get(key), analysis, group.get(0).index()))));
        return out;
    }

    private static Support facing(Span baseSpan, Alignment alignment) {
        for (AlignedPair p : alignment.pairs()) {
            if (p.paired() && p.base().overlaps(baseSpan)) {
                return new Support(p.relation() == Relation.SAME ? Status.AGREES : Status.DIFFERS, p.other());
            }
        }
        return Support.NONE;
    }

    /** How many independent groups agree with the claim as its origin states it. */
    public static long agreeingGroups(List<Stand> stands, CaseAnalysis analysis) {
        return stands.stream()
                .filter(s -> s.status() == Status.AGREES)
                .map(s -> analysis.sources().get(s.sources().get(0)).group())
                .distinct()
                .count();
    }

    private static String text(Support support, CaseAnalysis analysis, int index) {
        return support.span() == null
                ? null
                : support.span().of(analysis.documents().get(index).text()).strip();
    }

    private static String normal(String s) {
        return s.replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}

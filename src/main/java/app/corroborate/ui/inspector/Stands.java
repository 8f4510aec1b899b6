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

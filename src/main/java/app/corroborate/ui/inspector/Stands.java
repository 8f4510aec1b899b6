package app.corroborate.ui.inspector;

import app.corroborate.claim.Claim;
import app.corroborate.claim.Status;
import app.corroborate.claim.Support;
import app.corroborate.review.CaseAnalysis;
import app.corroborate.review.SourceSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every source says about the fact of a claim, grouped so that copies of one wire text that say the same
 * count once. Pure.
 *
 * <p>Guarantees: every source of the analysis appears in exactly one stand; stands come in source order of
 * their first member; within a copy group, sources that say the same thing share one stand.
 */
public final class Stands {

    private Stands() {
    }

    public static List<Stand> of(Claim claim, CaseAnalysis analysis) {
        Map<String, List<SourceSummary>> grouped = new LinkedHashMap<>();
        Map<String, Support> supportOf = new LinkedHashMap<>();
        for (SourceSummary s : analysis.sources()) {
            Support support = claim.support().getOrDefault(s.path(), Support.NONE);
            String text = text(support, analysis, s.index());
            String key = s.group() + "\u0000" + support.status() + "\u0000" + (text == null ? "" : normal(text));
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            supportOf.putIfAbsent(key, support);
        }
        List<Stand> out = new ArrayList<>();
        grouped.forEach((key, members) -> {
            Support support = supportOf.get(key);
            out.add(new Stand(members.stream().map(SourceSummary::index).toList(),
                    members.stream().map(SourceSummary::label).toList(), support.status(),
                    text(support, analysis, members.get(0).index())));
        });
        return out;
    }

    /** How many independent groups agree with the claim as its origin states it. */
    public static long agreeingGroups(List<Stand> stands, CaseAnalysis analysis) {
        return stands.stream().filter(s -> s.status() == Status.AGREES)
                .map(s -> analysis.sources().get(s.sources().get(0)).group()).distinct().count();
    }

    private static String text(Support support, CaseAnalysis analysis, int index) {
        return support.span() == null ? null : support.span().of(analysis.documents().get(index).text()).strip();
    }

    private static String normal(String s) {
        return s.replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}

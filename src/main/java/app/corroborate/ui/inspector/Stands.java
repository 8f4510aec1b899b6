package app.corroborate.ui.inspector;

import app.corroborate.align.AlignedPair;
import app.corroborate.align.Alignment;
import app.corroborate.claim.Claim;
import app.corroborate.claim.ClaimKind;
import app.corroborate.claim.Status;
import app.corroborate.claim.Support;
import app.corroborate.flag.Flag;
import app.corroborate.flag.FlagKind;
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

    /**
     * What every source says about the fact a flag is about: how each spells the name of a name-spelling flag; the
     * stands on the claim of the flag's own kind that the flagged text states (a figure for a changed number, a
     * quote for an altered quote, an attributed statement for a changed attribution, a dated event for a date);
     * else, each source's sentence facing the flagged base text; else the stands on any claim the flag touches.
     * An attribution flag never shows the stands on a figure that happens to share its sentence.
     */
    public static List<Stand> forFlag(Flag flag, CaseAnalysis analysis) {
        if (flag.kind() == FlagKind.NAME_SPELLING) {
            return ofSpelling(flag, analysis);
        }
        List<Claim> claims = analysis.claimsAbout(flag);
        java.util.Set<ClaimKind> fitting = app.corroborate.review.ClaimLinks.fitting(flag.kind());
        for (Claim c : claims) {
            if (fitting.contains(c.kind())) {
                return of(c, analysis);
            }
        }
        List<Stand> bySentence = ofSentence(flag, analysis);
        return bySentence.isEmpty() && !claims.isEmpty() ? of(claims.get(0), analysis) : bySentence;
    }

    /** What every source says about a claim, copies that say the same together. */
    public static List<Stand> of(Claim claim, CaseAnalysis analysis) {
        return grouped(analysis, s -> claim.support().getOrDefault(s.path(), Support.NONE));
    }

    /**
     * What every source says in the sentence that faces the flagged base text, when no claim covers it: a sentence
     * that keeps the flagged words (agrees: "officials said" is still there), one that does not (differs, with its
     * sentence) or nothing (absent). Empty for a flag with no base text.
     */
    public static List<Stand> ofSentence(Flag flag, CaseAnalysis analysis) {
        if (flag.baseSpan() == null || analysis.toBase().isEmpty()) {
            return List.of();
        }
        String flagged = normal(flag.baseSpan().of(analysis.documents().get(0).text()));
        return grouped(analysis, s -> {
            Support facing = facing(flag.baseSpan(), analysis.toBase().get(s.index()));
            String said = text(facing, analysis, s.index());
            return said == null || normal(said).contains(flagged) ? facing : new Support(Status.DIFFERS, facing.span());
        });
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
                return new Support(Status.AGREES, p.other());
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
        return s.replaceAll("\\s+", " ")
                .replaceAll("[\u2018\u2019]", "'")
                .replaceAll("[\u201C\u201D]", "\"")
                .toLowerCase(java.util.Locale.ROOT);
    }
}

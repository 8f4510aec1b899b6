package app.corroborate.review;

import app.corroborate.claim.Claim;
import app.corroborate.claim.ClaimKind;
import app.corroborate.claim.Support;
import app.corroborate.flag.Flag;
import app.corroborate.flag.FlagKind;
import app.corroborate.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The link between the two kinds of verdict an editor sets: a verdict on a flag judges one version's text where
 * it differs from the base; a verdict on a claim of the matrix judges the fact itself. A flag is about the claim
 * that states the fact its kind is about (a figure for a changed number, a quote for an altered quote, an
 * attributed statement for a changed attribution, a dated event for a date) in the flagged text of the version or
 * of the base. Pure; built once per analysis.
 *
 * <p>Guarantees: a flag links to at most one claim, the first in the matrix's order of the claims of a fitting
 * kind whose statement overlaps one of the flag's spans (as {@link CaseAnalysis#claimsAbout} reads overlap);
 * names, dropped sentences, loaded wording and rewordings link to none (no claim states them); {@link #flagsOn}
 * lists exactly the flags that link to a claim, in the analysis's flag order. Built in time near linear in flags
 * and claims (statements are looked up by position, not compared with every flag).
 */
public final class ClaimLinks {

    /** The kinds of claim that state the fact a kind of flag is about. */
    private static final Map<FlagKind, Set<ClaimKind>> FITTING = Map.of(
            FlagKind.NUMBER, Set.of(ClaimKind.FIGURE),
            FlagKind.DATE, Set.of(ClaimKind.EVENT),
            FlagKind.QUOTE_ALTERED, Set.of(ClaimKind.QUOTE),
            FlagKind.ATTRIBUTION, Set.of(ClaimKind.ATTRIBUTION, ClaimKind.QUOTE),
            FlagKind.SINGLE_SOURCE_CLAIM,
                    Set.of(ClaimKind.FIGURE, ClaimKind.QUOTE, ClaimKind.ATTRIBUTION, ClaimKind.EVENT));

    private final Map<String, Claim> claimByFlag;
    private final Map<String, List<Flag>> flagsByClaim;

    private ClaimLinks(Map<String, Claim> claimByFlag, Map<String, List<Flag>> flagsByClaim) {
        this.claimByFlag = claimByFlag;
        this.flagsByClaim = flagsByClaim;
    }

    /** The links of every flag of {@code analysis}. */
    public static ClaimLinks of(CaseAnalysis analysis) {
        Statements statements = new Statements(analysis.claims().claims());
        String base = analysis.documents().isEmpty()
                ? null
                : analysis.documents().get(0).path();
        Map<String, Claim> claimByFlag = new HashMap<>();
        Map<String, List<Flag>> flagsByClaim = new LinkedHashMap<>();
        for (Flag f : analysis.flags()) {
            Set<ClaimKind> fitting = fitting(f.kind());
            if (fitting.isEmpty()) {
                continue;
            }
            int best = Math.min(
                    statements.first(f.source(), f.variantSpan(), fitting),
                    statements.first(base, f.baseSpan(), fitting));
            if (best < Integer.MAX_VALUE) {
                Claim c = analysis.claims().claims().get(best);
                claimByFlag.put(f.id(), c);
                flagsByClaim.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(f);
            }
        }
        return new ClaimLinks(claimByFlag, flagsByClaim);
    }

    /** The kinds of claim that state the fact a flag of {@code kind} is about (empty: none does). */
    public static Set<ClaimKind> fitting(FlagKind kind) {
        return FITTING.getOrDefault(kind, Set.of());
    }

    /** The claim the flag is about, if the matrix holds one. */
    public Optional<Claim> claimOf(Flag flag) {
        return Optional.ofNullable(claimByFlag.get(flag.id()));
    }

    /** The flags about the claim with this id (none: empty). */
    public List<Flag> flagsOn(String claimId) {
        return flagsByClaim.getOrDefault(claimId, List.of());
    }

    /**
     * The statements of the claims in each source, sorted by start, for finding those a span overlaps without
     * reading every claim.
     */
    private static final class Statements {

        private record Statement(int start, int end, int claim, ClaimKind kind) {}

        private final Map<String, List<Statement>> byPath = new HashMap<>();
        private final Map<String, Integer> longest = new HashMap<>();

        Statements(List<Claim> claims) {
            for (int i = 0; i < claims.size(); i++) {
                Claim c = claims.get(i);
                for (Map.Entry<String, Support> e : c.support().entrySet()) {
                    Span s = e.getValue().span();
                    if (s != null) {
                        byPath.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                                .add(new Statement(s.start(), s.end(), i, c.kind()));
                        longest.merge(e.getKey(), s.end() - s.start(), Math::max);
                    }
                }
            }
            byPath.values().forEach(l -> l.sort(Comparator.comparingInt(Statement::start)));
        }

        /**
         * The lowest claim index of a fitting kind whose statement in {@code path} overlaps {@code span} (an empty
         * span: contains its position); {@link Integer#MAX_VALUE} when none does.
         */
        int first(String path, Span span, Set<ClaimKind> fitting) {
            List<Statement> list = path == null || span == null ? null : byPath.get(path);
            if (list == null) {
                return Integer.MAX_VALUE;
            }
            int from = lowerBound(list, span.start() - longest.get(path));
            int best = Integer.MAX_VALUE;
            for (int k = from; k < list.size() && list.get(k).start() <= span.end(); k++) {
                Statement s = list.get(k);
                if (s.claim() < best && fitting.contains(s.kind()) && touches(s, span)) {
                    best = s.claim();
                }
            }
            return best;
        }

        private static boolean touches(Statement s, Span span) {
            Span own = new Span(s.start(), s.end());
            return own.overlaps(span) || span.isEmpty() && own.contains(span.start());
        }

        private static int lowerBound(List<Statement> list, int start) {
            int lo = 0;
            int hi = list.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (list.get(mid).start() < start) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}

package app.corroborate.claim;

import app.corroborate.collate.Collation;
import app.corroborate.facts.ContentWords;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.Figures;
import app.corroborate.facts.Fingerprints;
import app.corroborate.facts.Quotes;
import app.corroborate.text.Normalizer;
import app.corroborate.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the claims matrix: the facts of every source, grouped across sources into claims, each source's
 * stand on each claim, and how many independent groups state it.
 *
 * <p>Guarantees: the base's facts come first, then facts that only later sources add; a fact already counted
 * in an earlier claim (its span is that claim's support in the source) does not make a second claim; claim ids
 * are fingerprints of kind, origin hash and wording, stable across runs on the same sources.
 */
public final class ClaimEngine {

    public ClaimsMatrix build(Collation c) {
        List<String> paths = c.analyses().stream().map(a -> a.document().path()).toList();
        List<Set<Span>> covered = new ArrayList<>();
        paths.forEach(p -> covered.add(new HashSet<>()));
        List<Claim> claims = new ArrayList<>();
        List<Fact> made = new ArrayList<>();
        Map<String, Integer> seenIds = new java.util.HashMap<>();
        for (int origin : order(c)) {
            DocumentAnalysis doc = c.analyses().get(origin);
            for (Fact fact : FactFinder.in(doc, origin)) {
                if (covered.get(origin).stream().anyMatch(s -> s.overlaps(fact.span()))
                        && fact.kind() != ClaimKind.EVENT && fact.kind() != ClaimKind.ATTRIBUTION
                        || covered.get(origin).contains(fact.span()) || restates(c, made, fact)) {
                    continue;
                }
                made.add(fact);
                Claim claim = claim(c, fact, paths, covered);
                int n = seenIds.merge(claim.id(), 1, Integer::sum);
                claims.add(n == 1 ? claim : new Claim(claim.id() + "-" + n, claim.kind(), claim.text(), claim.origin(),
                        claim.span(), claim.support(), claim.agreeing()));
            }
        }
        return new ClaimsMatrix(paths, c.groupPaths(), claims);
    }

    /** True if an earlier claim already states this figure or quote (a later source repeating it). */
    private static boolean restates(Collation c, List<Fact> made, Fact fact) {
        DocumentAnalysis doc = c.analyses().get(fact.source());
        for (Fact m : made) {
            DocumentAnalysis other = c.analyses().get(m.source());
            if (m.kind() == ClaimKind.FIGURE && fact.kind() == ClaimKind.FIGURE) {
                Figures.Figure a = Figures.of(other, m.figure());
                Figures.Figure b = Figures.of(doc, fact.figure());
                if (a.sameUnit(b) && a.sameQuantity(b)) {
                    return true;
                }
            } else if (m.kind() == ClaimKind.QUOTE && fact.kind() == ClaimKind.QUOTE
                    && ContentWords.jaccard(ContentWords.of(other, m.quote().inner()),
                            ContentWords.of(doc, fact.quote().inner())) >= Quotes.SAME_QUOTE) {
                return true;
            }
        }
        return false;
    }

    private static List<Integer> order(Collation c) {
        List<Integer> order = new ArrayList<>();
        order.add(c.base());
        for (int i = 0; i < c.size(); i++) {
            if (i != c.base()) {
                order.add(i);
            }
        }
        return order;
    }

    private static Claim claim(Collation c, Fact fact, List<String> paths, List<Set<Span>> covered) {
        DocumentAnalysis origin = c.analyses().get(fact.source());
        Map<String, Support> support = new LinkedHashMap<>();
        Set<Integer> agreeingGroups = new HashSet<>();
        for (int t = 0; t < c.size(); t++) {
            Support s = t == fact.source() ? new Support(Status.AGREES, fact.span())
                    : SupportFinder.find(fact, origin, c.analyses().get(t), c.alignment(fact.source(), t));
            support.put(paths.get(t), s);
            if (s.span() != null) {
                covered.get(t).add(s.span());
            }
            if (s.status() == Status.AGREES) {
                agreeingGroups.add(c.group()[t]);
            }
        }
        String text = fact.span().of(origin.text()).strip();
        return new Claim(id(fact.kind(), origin, text), fact.kind(), text, paths.get(fact.source()), fact.span(),
                support, agreeingGroups.size());
    }

    private static String id(ClaimKind kind, DocumentAnalysis origin, String text) {
        return Fingerprints.of(kind.id() + "\u0000" + origin.document().sha256() + "\u0000"
                + Normalizer.normalize(text).text());
    }
}

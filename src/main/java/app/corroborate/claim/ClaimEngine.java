package app.corroborate.claim;

import app.corroborate.collate.Collation;
import app.corroborate.facts.ContentWords;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.Figures;
import app.corroborate.facts.Fingerprints;
import app.corroborate.facts.SentenceInfo;
import app.corroborate.text.Normalizer;
import app.corroborate.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
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
        List<Covered> covered = new ArrayList<>();
        c.analyses().forEach(a -> covered.add(new Covered(a)));
        List<Claim> claims = new ArrayList<>();
        Made made = new Made(c);
        Map<String, Integer> seenIds = new HashMap<>();
        for (int origin : order(c)) {
            DocumentAnalysis doc = c.analyses().get(origin);
            for (Fact fact : FactFinder.in(doc, origin)) {
                boolean sentenceFact = fact.kind() == ClaimKind.EVENT || fact.kind() == ClaimKind.ATTRIBUTION;
                Covered here = covered.get(origin);
                if (here.overlaps(fact.sentence(), fact.span()) && !sentenceFact
                        || here.contains(fact.sentence(), fact.span()) || made.restates(fact)) {
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

    /** The spans of a source that support a claim already made, by sentence (a span never leaves its sentence). */
    private static final class Covered {
        private final DocumentAnalysis doc;
        private final Map<Integer, Set<Span>> bySentence = new HashMap<>();

        Covered(DocumentAnalysis doc) {
            this.doc = doc;
        }

        void add(Span span) {
            SentenceInfo s = doc.sentenceAt(span.start());
            bySentence.computeIfAbsent(s == null ? -1 : s.index(), k -> new HashSet<>()).add(span);
        }

        boolean overlaps(int sentence, Span span) {
            return bySentence.getOrDefault(sentence, Set.of()).stream().anyMatch(s -> s.overlaps(span));
        }

        boolean contains(int sentence, Span span) {
            return bySentence.getOrDefault(sentence, Set.of()).contains(span);
        }
    }

    /**
     * The figures and quotes already made claims, indexed so that a later source repeating one is found without
     * comparing it with every claim: figures by value and by duration, quotes by their words.
     */
    private static final class Made {
        private final Collation c;
        private final Map<String, List<Figures.Figure>> figures = new HashMap<>();
        private final Map<Integer, Set<Span>> quotes = new HashMap<>();

        Made(Collation c) {
            this.c = c;
        }

        void add(Fact fact) {
            DocumentAnalysis doc = c.analyses().get(fact.source());
            if (fact.kind() == ClaimKind.FIGURE) {
                Figures.Figure f = Figures.of(doc, fact.figure());
                for (String k : keys(f)) {
                    figures.computeIfAbsent(k, x -> new ArrayList<>()).add(f);
                }
            } else if (fact.kind() == ClaimKind.QUOTE) {
                quotes.computeIfAbsent(fact.source(), k -> new HashSet<>()).add(fact.quote().outer());
            }
        }

        /** True if an earlier claim already states this figure or quote (a later source repeating it). */
        boolean restates(Fact fact) {
            DocumentAnalysis doc = c.analyses().get(fact.source());
            if (fact.kind() == ClaimKind.FIGURE) {
                Figures.Figure b = Figures.of(doc, fact.figure());
                for (String k : keys(b)) {
                    for (Figures.Figure a : figures.getOrDefault(k, List.of())) {
                        if (a.sameUnit(b) && a.sameQuantity(b)) {
                            return true;
                        }
                    }
                }
                return false;
            }
            if (fact.kind() != ClaimKind.QUOTE) {
                return false;
            }
            Set<String> words = ContentWords.of(doc, fact.quote().inner());
            for (Map.Entry<Integer, Set<Span>> made : quotes.entrySet()) {
                for (DocumentAnalysis.QuoteAt q : c.analyses().get(made.getKey()).quotesLike(words)) {
                    if (made.getValue().contains(q.quote().outer())) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static List<String> keys(Figures.Figure f) {
            String value = f.phrase().low() + "|" + f.phrase().high();
            return Double.isNaN(f.hours()) ? List.of(value) : List.of(value, "h" + Math.round(f.hours() * 3600));
        }
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

    private static Claim claim(Collation c, Fact fact, List<String> paths, List<Covered> covered) {
        DocumentAnalysis origin = c.analyses().get(fact.source());
        Map<String, Support> support = new LinkedHashMap<>();
        Set<Integer> agreeingGroups = new HashSet<>();
        for (int t = 0; t < c.size(); t++) {
            Support s = t == fact.source() ? new Support(Status.AGREES, fact.span())
                    : SupportFinder.find(fact, origin, c.analyses().get(t), c.pairedWith(fact.source(), t,
                            fact.sentence()));
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

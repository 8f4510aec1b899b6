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
 * are fingerprints of kind, origin hash and wording, stable across runs on the same sources. Which facts of a
 * source make claims is decided in order; where every source stands on them is then found on all cores.
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
            List<Fact> facts = newFacts(c, origin, covered.get(origin), made);
            List<List<Support>> supports =
                    facts.parallelStream().map(f -> supports(c, f)).toList();
            for (int k = 0; k < facts.size(); k++) {
                Claim claim = claim(c, facts.get(k), supports.get(k), paths, covered);
                int n = seenIds.merge(claim.id(), 1, Integer::sum);
                claims.add(
                        n == 1
                                ? claim
                                : new Claim(
                                        claim.id() + "-" + n,
                                        claim.kind(),
                                        claim.text(),
                                        claim.origin(),
                                        claim.span(),
                                        claim.support(),
                                        claim.agreeing()));
            }
        }
        return new ClaimsMatrix(paths, c.groupPaths(), claims);
    }

    /**
     * The facts of a source that make new claims, in order: not a span an earlier claim already counts in the
     * source, not a figure or quote an earlier claim states. Each is marked made and covered in its own source at
     * once, as its claim will be (a claim's support in its origin is the fact itself), so that whether a fact is
     * new never waits for the support of the claims before it in the same source.
     */
    private static List<Fact> newFacts(Collation c, int origin, Covered here, Made made) {
        List<Fact> out = new ArrayList<>();
        for (Fact fact : FactFinder.in(c.analyses().get(origin), origin)) {
            boolean sentenceFact = fact.kind() == ClaimKind.EVENT || fact.kind() == ClaimKind.ATTRIBUTION;
            if (here.overlaps(fact.sentence(), fact.span()) && !sentenceFact
                    || here.contains(fact.sentence(), fact.span())
                    || made.restates(fact)) {
                continue;
            }
            made.add(fact);
            here.add(fact.span());
            out.add(fact);
        }
        return out;
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
            bySentence
                    .computeIfAbsent(s == null ? -1 : s.index(), k -> new HashSet<>())
                    .add(span);
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
                quotes.computeIfAbsent(fact.source(), k -> new HashSet<>())
                        .add(fact.quote().outer());
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
                for (DocumentAnalysis.QuoteAt q :
                        c.analyses().get(made.getKey()).quotesLike(words)) {
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

    /** Where each source stands on a fact (the origin agrees with itself), by source. Reads only. */
    private static List<Support> supports(Collation c, Fact fact) {
        DocumentAnalysis origin = c.analyses().get(fact.source());
        List<Support> out = new ArrayList<>(c.size());
        for (int t = 0; t < c.size(); t++) {
            out.add(
                    t == fact.source()
                            ? new Support(Status.AGREES, fact.span())
                            : SupportFinder.find(
                                    fact,
                                    origin,
                                    c.analyses().get(t),
                                    c.pairedWith(fact.source(), t, fact.sentence())));
        }
        return out;
    }

    private static Claim claim(
            Collation c, Fact fact, List<Support> supports, List<String> paths, List<Covered> covered) {
        DocumentAnalysis origin = c.analyses().get(fact.source());
        Map<String, Support> support = new LinkedHashMap<>();
        Set<Integer> agreeingGroups = new HashSet<>();
        for (int t = 0; t < c.size(); t++) {
            Support s = supports.get(t);
            support.put(paths.get(t), s);
            if (s.span() != null) {
                covered.get(t).add(s.span());
            }
            if (s.status() == Status.AGREES) {
                agreeingGroups.add(c.group()[t]);
            }
        }
        String text = fact.span().of(origin.text()).strip();
        return new Claim(
                id(fact.kind(), origin, text),
                fact.kind(),
                text,
                paths.get(fact.source()),
                fact.span(),
                support,
                agreeingGroups.size());
    }

    private static String id(ClaimKind kind, DocumentAnalysis origin, String text) {
        return Fingerprints.of(kind.id() + "\u0000" + origin.document().sha256() + "\u0000" + Normalizer.text(text));
    }
}

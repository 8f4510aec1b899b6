package app.corroborate.flag;

import app.corroborate.align.AlignedPair;
import app.corroborate.collate.Comparison;
import app.corroborate.facts.ContentWords;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.Quotes;
import app.corroborate.facts.SentenceInfo;
import app.corroborate.text.Quotations;
import app.corroborate.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Quotations that changed between a base sentence and its rewrite: words inside the marks altered; a
 * paraphrase presented as a direct quote; a direct quote replaced by a paraphrase; a quote given to another
 * speaker. A quotation counts when it has at least {@value Quotes#MIN_WORDS} words (single scare-quoted words are
 * wording, not quotes).
 */
public final class QuoteRule implements FlagRule {

    private static final double PARAPHRASED = 0.6;
    /** A rewrite renders a quote when it uses this share of the quote's words... */
    private static final double RENDERED = 0.3;
    /** ...or this share, framed as reported speech ("called it", "said that"). */
    private static final double REPORTED = 0.15;

    @Override
    public List<Finding> apply(Comparison c) {
        List<Finding> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<Integer, List<SentenceInfo>> partners = new TreeMap<>();
        for (AlignedPair p : c.paired()) {
            SentenceInfo b = c.base().sentence(p.baseIndex());
            SentenceInfo v = c.version().sentence(p.otherIndex());
            partners.computeIfAbsent(p.baseIndex(), k -> new ArrayList<>()).add(v);
            for (Finding f : compareVariantQuotes(c, b, v)) {
                if (seen.add(f.baseSpan() + "|" + f.variantSpan())) {
                    out.add(f);
                }
            }
        }
        partners.forEach((b, vs) -> out.addAll(paraphrasedQuotes(c, c.base().sentence(b), vs)));
        out.addAll(movedQuotes(c, seen));
        for (QuotesInPlace.Replaced r : QuotesInPlace.of(c).values()) {
            if (seen.add(r.was().outer() + "|" + r.now().outer())) {
                out.add(new Finding(
                        FlagKind.QUOTE_ALTERED,
                        Severity.HIGH,
                        r.was().outer(),
                        r.now().outer(),
                        "The quotation changed in place, under the same speech tag: '"
                                + Wording.quote(c.baseText(r.was().inner()), 70) + "' now reads '"
                                + Wording.quote(c.versionText(r.now().inner()), 70) + "'."));
            }
        }
        return out;
    }

    /**
     * Quotes whose sentence the version moved, merged or rewrote beyond pairing: each version quote is looked up
     * among all the base's quotes by its words; one found with other words is altered, wherever it stands.
     */
    private static List<Finding> movedQuotes(Comparison c, Set<String> seen) {
        List<Finding> out = new ArrayList<>();
        for (SentenceInfo v : c.version().sentences()) {
            for (Quotations.Quotation q : Quotes.of(c.version(), v)) {
                if (kept(c, v, q)) {
                    continue;
                }
                for (DocumentAnalysis.QuoteAt was : c.base().quotesLike(ContentWords.of(c.version(), q.inner()))) {
                    if (!sameWords(c, was.quote(), q) && seen.add(was.quote().outer() + "|" + q.outer())) {
                        out.add(new Finding(
                                FlagKind.QUOTE_ALTERED,
                                Severity.HIGH,
                                was.quote().outer(),
                                q.outer(),
                                "The quotation changed: '"
                                        + Wording.quote(c.baseText(was.quote().inner()), 70) + "' now reads '"
                                        + Wording.quote(c.versionText(q.inner()), 70) + "'."));
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** The words of a quotation as compared (see {@link QuoteWords#plain(String)}). */
    static String plain(String s) {
        return QuoteWords.plain(s);
    }

    /** {@link #plain(String)} of a span of a document, computed once per span. */
    static String plain(DocumentAnalysis doc, Span span) {
        return QuoteWords.plain(doc, span);
    }

    /**
     * True if a quotation of the version keeps the base's words: quoted so somewhere in the base, whole, as whole
     * sentences of a longer quote, or split around its attribution (on either side), or a part of a base quote worked into reported speech (she said the
     * company was "deeply sorry ..."), the rest told in the writer's words.
     */
    private static boolean kept(Comparison c, SentenceInfo v, Quotations.Quotation q) {
        String words = plain(c.version(), q.inner());
        if (VerbatimQuotes.quoted(c.base(), words)
                || VerbatimQuotes.sentencesOf(c.base(), words)
                || VerbatimQuotes.quoted(c.base(), VerbatimQuotes.joined(c.version(), v))
                || splitAcrossSentences(c, v)
                || VerbatimQuotes.holdsWhole(c.base(), c.versionText(q.inner()))) {
            return true;
        }
        return excerpt(c.version(), v, q) && VerbatimQuotes.partOf(c.base(), words);
    }

    /**
     * True if the sentence's quotations and those of the sentence before or after, joined, are a base quotation as
     * it stands: one quote split across two sentences around its attribution ("This was not an accident," she told
     * reporters. "Somebody set out ...").
     */
    private static boolean splitAcrossSentences(Comparison c, SentenceInfo v) {
        String own = VerbatimQuotes.joined(c.version(), v);
        int n = c.version().sentences().size();
        for (int j : new int[] {v.index() - 1, v.index() + 1}) {
            if (j < 0 || j >= n || own.isEmpty()) {
                continue;
            }
            String other = VerbatimQuotes.joined(c.version(), c.version().sentence(j));
            String both = j < v.index() ? other + " " + own : own + " " + other;
            if (!other.isEmpty() && VerbatimQuotes.quoted(c.base(), both.strip())) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that introduce a quotation as it stands ("said: ..."), not worked into the writer's sentence. */
    private static final Set<String> INTRODUCES = Set.of(
            "said",
            "says",
            "told",
            "added",
            "saying",
            "stated",
            "wrote",
            "declared",
            "asked",
            "tweeted",
            "posted",
            "explained",
            "insisted",
            "warned",
            "continued");

    /**
     * A quotation that may stand for part of a longer quote: worked into the writer's sentence, in a headline
     * (headlines trim quotes), or one whose opening mark the page lost, so where it starts is not known.
     */
    private static boolean excerpt(DocumentAnalysis doc, SentenceInfo s, Quotations.Quotation q) {
        return embedded(doc, s, q)
                || s.headline()
                || q.outer().start() == q.inner().start();
    }

    /**
     * True if the quotation is worked into reported speech: it follows a word of the writer's sentence in a
     * sentence that reports speech ("the agency "could no longer ...""), not a sentence start, a colon or a verb
     * of saying.
     */
    private static boolean embedded(DocumentAnalysis doc, SentenceInfo s, Quotations.Quotation q) {
        int first = doc.tokens().firstStartingAtOrAfter(q.outer().start());
        if (first <= s.tokenFrom() || doc.tokens().kind(first - 1) != app.corroborate.text.TokenKind.WORD) {
            return false;
        }
        return !INTRODUCES.contains(doc.form(first - 1)) && s.attribution() != null;
    }

    private static boolean sameWords(Comparison c, Quotations.Quotation was, Quotations.Quotation now) {
        return plain(c.base(), was.inner()).equals(plain(c.version(), now.inner()));
    }

    /** Quotes of the version's sentence compared with the base sentence: altered, reassigned or invented. */
    private List<Finding> compareVariantQuotes(Comparison c, SentenceInfo b, SentenceInfo v) {
        List<Finding> out = new ArrayList<>();
        List<Quotations.Quotation> baseQuotes = quotes(c.base(), b);
        List<Quotations.Quotation> variantQuotes = quotes(c.version(), v);
        for (Quotations.Quotation q : variantQuotes) {
            Set<String> words = ContentWords.of(c.version(), q.inner());
            Quotations.Quotation match = best(c.base(), baseQuotes, words);
            if (match == null && baseQuotes.size() == 1 && variantQuotes.size() == 1) {
                match = baseQuotes.get(0);
            }
            boolean kept = kept(c, v, q);
            if (match == null && kept && !baseQuotes.isEmpty()) {
                match = baseQuotes.get(0);
            }
            if (match != null) {
                out.addAll(alteredOrReassigned(c, b, v, match, q, kept));
            } else if (kept) {
                continue;
            } else if (ContentWords.covered(words, ContentWords.of(c.base(), b.span())) >= PARAPHRASED) {
                out.add(new Finding(
                        FlagKind.QUOTE_ALTERED,
                        Severity.HIGH,
                        b.span(),
                        q.outer(),
                        "Words the base reports without quotation marks are presented here as a direct quote: " + "'"
                                + Wording.quote(c.versionText(q.inner()), 80) + "'."));
            }
        }
        return out;
    }

    /** Quotes of a base sentence that its rewrite renders in its own words instead of quoting. */
    private List<Finding> paraphrasedQuotes(Comparison c, SentenceInfo b, List<SentenceInfo> partners) {
        List<Finding> out = new ArrayList<>();
        for (Quotations.Quotation q : quotes(c.base(), b)) {
            Set<String> words = ContentWords.of(c.base(), q.inner());
            boolean partnerQuotes =
                    partners.stream().anyMatch(v -> !quotes(c.version(), v).isEmpty());
            if (partnerQuotes || quotedAnywhere(c.version(), words)) {
                continue;
            }
            SentenceInfo best = null;
            double coverage = 0;
            for (SentenceInfo v : partners) {
                double cov = ContentWords.covered(words, ContentWords.of(c.version(), v.span()));
                boolean rendered = cov >= RENDERED || cov >= REPORTED && reportsSpeech(c, v);
                if (rendered && cov >= coverage) {
                    best = v;
                    coverage = cov;
                }
            }
            if (best != null && !(reportsSpeech(c, best) && restQuoted(c, b)) && !ReportedSpeech.keeps(c, b, q, best)) {
                out.add(new Finding(
                        FlagKind.QUOTE_ALTERED,
                        Severity.HIGH,
                        q.outer(),
                        best.span(),
                        "The direct quote '" + Wording.quote(c.baseText(q.inner()), 80)
                                + "' is replaced here by a paraphrase."));
            }
        }
        return out;
    }

    /** The findings on a quote kept across versions: its words changed, its speaker changed, or both. */
    private static List<Finding> alteredOrReassigned(
            Comparison c,
            SentenceInfo b,
            SentenceInfo v,
            Quotations.Quotation was,
            Quotations.Quotation now,
            boolean kept) {
        List<Finding> out = new ArrayList<>();
        if (!kept && !sameWords(c, was, now)) {
            out.add(new Finding(
                    FlagKind.QUOTE_ALTERED,
                    Severity.HIGH,
                    was.outer(),
                    now.outer(),
                    "The quotation changed: '" + Wording.quote(c.baseText(was.inner()), 70) + "' now reads '"
                            + Wording.quote(c.versionText(now.inner()), 70) + "'."));
        }
        if (Speakers.different(c, b.attribution(), v.attribution())) {
            out.add(new Finding(
                    FlagKind.QUOTE_ALTERED,
                    Severity.HIGH,
                    AttributionRule.spanOf(b.attribution()),
                    AttributionRule.spanOf(v.attribution()),
                    "The quotation is given to another speaker: "
                            + Speakers.describe(c.version(), v.attribution()) + " instead of "
                            + Speakers.describe(c.base(), b.attribution()) + "."));
        }
        return out;
    }

    /**
     * True if the base sentence goes on from a quotation next to it (one speech quoted across sentences) whose
     * words the version keeps quoted: the version cut the speech short and tells the rest in reported speech.
     */
    private static boolean restQuoted(Comparison c, SentenceInfo b) {
        for (int j : new int[] {b.index() - 1, b.index() + 1}) {
            if (j < 0 || j >= c.base().sentences().size()) {
                continue;
            }
            for (Quotations.Quotation q : quotes(c.base(), c.base().sentence(j))) {
                if (VerbatimQuotes.quoted(c.version(), plain(c.base(), q.inner()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True if the sentence reports what someone said: a verb of saying, or "called it", "calling them". */
    private static boolean reportsSpeech(Comparison c, SentenceInfo v) {
        if (v.attribution() != null) {
            return true;
        }
        for (int i = v.tokenFrom(); i + 1 < v.tokenTo(); i++) {
            String f = c.version().form(i);
            String next = c.version().form(i + 1);
            if ((f.equals("called") || f.equals("calling"))
                    && (next.equals("it") || next.equals("them") || next.equals("the") || next.equals("this"))) {
                return true;
            }
        }
        return false;
    }

    static List<Quotations.Quotation> quotes(DocumentAnalysis doc, SentenceInfo s) {
        return Quotes.of(doc, s);
    }

    private static Quotations.Quotation best(
            DocumentAnalysis doc, List<Quotations.Quotation> candidates, Set<String> words) {
        Quotations.Quotation best = null;
        double score = Quotes.SAME_QUOTE;
        for (Quotations.Quotation q : candidates) {
            double s = ContentWords.jaccard(words, ContentWords.of(doc, q.inner()));
            if (s >= score) {
                best = q;
                score = s;
            }
        }
        return best;
    }

    /** True if the document quotes these words somewhere (the quote moved to another sentence). */
    private static boolean quotedAnywhere(DocumentAnalysis doc, Set<String> words) {
        return !doc.quotesLike(words).isEmpty();
    }
}

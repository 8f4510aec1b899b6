package app.corroborate.flag;

import app.corroborate.align.AlignedPair;
import app.corroborate.align.Edit;
import app.corroborate.align.Relation;
import app.corroborate.collate.Comparison;
import app.corroborate.facts.Attribution;
import app.corroborate.facts.DateMentions;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.Figures;
import app.corroborate.facts.Quotes;
import app.corroborate.facts.RecordClaims;
import app.corroborate.facts.SentenceInfo;
import app.corroborate.text.NameFinder;
import app.corroborate.text.NumberPhrase;
import app.corroborate.text.Quotations;
import app.corroborate.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A claim only this source states, among independent sources: figures with what they count, direct quotes,
 * named people and organisations, and statements attributed to a speaker. Consecutive sentences that only
 * this version has are one passage and one flag (its explanation lists the claims); a claim inserted into an
 * aligned sentence is flagged on the inserted words. Page furniture and headlines never count.
 */
public final class SingleSourceRule implements FlagRule {

    @Override
    public List<Finding> apply(Comparison c) {
        Novelty novelty = new Novelty(c);
        Set<String> namesSeen = new HashSet<>();
        List<Finding> out = new ArrayList<>();
        int baseEnds = pastTheBase(c);
        for (List<Integer> passage : addedPassages(c)) {
            if (passage.get(0) >= baseEnds && sharedByFellow(c, passage)
                    || amidFurniture(c, passage)
                    || c.copyOfBase() && passage.size() >= COPY_PASSAGE) {
                continue;
            }
            List<String> claims = new ArrayList<>();
            for (int index : passage) {
                claims.addAll(claims(c, novelty, c.version().sentence(index), namesSeen));
            }
            if (!claims.isEmpty()) {
                Span span = new Span(
                        c.version().sentence(passage.get(0)).span().start(),
                        c.version()
                                .sentence(passage.get(passage.size() - 1))
                                .span()
                                .end());
                String what = passage.size() == 1 ? "this sentence" : "these " + passage.size() + " sentences";
                out.add(new Finding(
                        FlagKind.SINGLE_SOURCE_CLAIM,
                        Severity.MEDIUM,
                        null,
                        span,
                        "Only this source has " + what + ", with " + String.join("; ", claims) + "."));
            }
        }
        out.addAll(insertedClaims(c, novelty, namesSeen));
        return out;
    }

    /**
     * A copy of the wire text adds a sentence or two of its own; a run this long that only it has is the page's
     * other content (another article of an e-paper, notices, comments, a classified box). On the keyed stories, 9
     * passages of four sentences or more in copies were flagged, none keyed; of shorter ones, 15 of 30.
     */
    static final int COPY_PASSAGE = 4;

    /**
     * The share of a passage's content words another copy must use for the passage to be the wire's: three in
     * four, so that a copy's own added sentence on the same topic (sharing the story's vocabulary) is not taken.
     */
    static final double FELLOW_SHARE = 0.75;

    /** Another copy of the same wire text uses at least {@value #FELLOW_SHARE} of the passage's content words. */
    private static boolean sharedByFellow(Comparison c, List<Integer> passage) {
        Span span = new Span(
                c.version().sentence(passage.get(0)).span().start(),
                c.version().sentence(passage.get(passage.size() - 1)).span().end());
        java.util.Set<String> words = app.corroborate.facts.ContentWords.of(c.version(), span);
        return !words.isEmpty()
                && c.fellows().stream()
                        .anyMatch(d -> words.stream().filter(d::hasStem).count() >= FELLOW_SHARE * words.size());
    }

    /**
     * In a copy of the base, the first version sentence past its rendering of the base's last sentence: what a
     * copy carries beyond the end of the base, when another copy of the wire carries it too, is the wire's text
     * beyond the base's cut (a longer edition), not a claim of the outlet. Past the version's end for a version that is not a copy or does not reach the base's
     * end.
     */
    private static int pastTheBase(Comparison c) {
        int lastBase = c.base().sentences().size() - 1;
        while (lastBase >= 0 && c.base().sentence(lastBase).headline()) {
            lastBase--;
        }
        if (!c.copyOfBase() || lastBase < 0) {
            return Integer.MAX_VALUE;
        }
        int end = Integer.MAX_VALUE;
        for (AlignedPair p : c.pairedWithBase(lastBase)) {
            end = Math.min(end, p.otherIndex() + 1);
        }
        return end;
    }

    /**
     * In an independent report, a sentence paired with the base this loosely (the same topic, other facts) is
     * the report's own: its facts are read as added. Copies keep their pairs. Of 0.25, 0.35 and 0.45 on the keyed
     * stories, 0.35 found the most claims of independent reports without losing a rewrite's changed sentences.
     */
    static final double RETOLD = 0.35;

    /**
     * Runs of consecutive version sentences that are not aligned with the base (or only loosely, in an independent
     * report), in version order.
     */
    private static List<List<Integer>> addedPassages(Comparison c) {
        Set<Integer> added = new HashSet<>();
        c.alignment().pairs().stream()
                .filter(p -> p.relation() == Relation.ADDED)
                .forEach(p -> added.add(p.otherIndex()));
        if (!c.copyOfBase()) {
            for (int i = 0; i < c.version().sentences().size(); i++) {
                boolean loose = c.pairedWithVersion(i).stream().allMatch(p -> p.similarity() < RETOLD);
                if (loose && !c.pairedWithVersion(i).isEmpty()) {
                    added.add(i);
                }
            }
        }
        List<List<Integer>> passages = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int i = 0; i < c.version().sentences().size(); i++) {
            if (added.contains(i) && !current.isEmpty() && furnitureBetween(c, current.get(current.size() - 1), i)) {
                passages.add(current);
                current = new ArrayList<>();
            }
            if (added.contains(i)) {
                current.add(i);
            } else if (!current.isEmpty()) {
                passages.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            passages.add(current);
        }
        return passages;
    }

    /**
     * Page furniture (a caption, a "Read more" line) stands between two sentences: a passage ends there, so that its
     * flag never covers furniture.
     */
    private static boolean furnitureBetween(Comparison c, int before, int after) {
        int from = before < 0 ? 0 : c.version().sentence(before).span().end();
        int to = after >= c.version().sentences().size()
                ? c.version().text().length()
                : c.version().sentence(after).span().start();
        Span gap = new Span(from, Math.max(from, to));
        return c.version().document().excluded().stream().anyMatch(e -> e.span().overlaps(gap));
    }

    /**
     * A passage with page furniture (or the page's top) right before it and furniture right after it (between a
     * caption and a "Read more" list, a masthead's tagline above the byline, a footer line) is a piece of the page
     * the furniture rules did not name, not story text: no claim.
     */
    private static boolean amidFurniture(Comparison c, List<Integer> passage) {
        int first = passage.get(0);
        int last = passage.get(passage.size() - 1);
        boolean before = first == 0 || furnitureBetween(c, first - 1, first);
        boolean after = furnitureBetween(c, last, last + 1);
        int[] tokens = c.version()
                .tokenRange(new Span(
                        c.version().sentence(first).span().start(),
                        c.version().sentence(last).span().end()));
        return before && after && tokens[1] - tokens[0] <= PAGE_PIECE_TOKENS;
    }

    /**
     * The most tokens a piece of the page between furniture has: a tagline, a print-edition note, a "follow us" or
     * membership appeal (15 to 45 on the stories), where a story between its headline and a related list runs to
     * hundreds.
     */
    static final int PAGE_PIECE_TOKENS = 50;

    private static List<String> claims(Comparison c, Novelty novelty, SentenceInfo s, Set<String> namesSeen) {
        List<String> out = new ArrayList<>();
        if (s.headline() || aboutThePage(c.version(), s) || question(c.version(), s)) {
            return out;
        }
        for (NumberPhrase n : s.numbers()) {
            if (!n.vague()
                    && !Figures.isDatePart(c.version(), n)
                    && !app.corroborate.facts.References.of(c.version(), n)
                    && novelty.newFigure(n)) {
                out.add("the figure '"
                        + Wording.quote(
                                c.version().text(), Figures.of(c.version(), n).span()) + "'");
            }
        }
        for (Quotations.Quotation q : Quotes.of(c.version(), s)) {
            if (novelty.newQuote(q)) {
                out.add("the quote '" + Wording.quote(c.versionText(q.inner()), 50) + "'");
            }
        }
        for (NameFinder.Name n : s.names()) {
            if (namesSeen.add(n.key()) && novelty.newName(n)) {
                out.add("the name " + c.versionText(n.span()));
            }
        }
        for (RecordClaims.Record r : RecordClaims.in(c.version(), s)) {
            if (novelty.newRecord(r.key())) {
                out.add("the record claim '" + Wording.quote(c.version().text(), r.span()) + "'");
            }
        }
        Attribution a = s.attribution();
        if (out.isEmpty()
                && a != null
                && a.speaker() != null
                && !a.pronoun()
                && novelty.newWords(s.span()) >= Novelty.NEW_STATEMENT) {
            out.add("a statement attributed to '" + Wording.quote(c.version().text(), a.speaker()) + "'");
        }
        if (out.isEmpty() && anchored(c, s) && novelty.newWords(s.span()) >= Novelty.NEW_EVENT) {
            out.add("an event no other source reports");
        }
        return out;
    }

    /** Verbs of a sentence that tells the reader what to do ("Listen to the full bulletin on our app.", "Be the first to comment."). */
    private static final Set<String> READER_VERBS = Set.of(
            "listen",
            "watch",
            "read",
            "download",
            "subscribe",
            "follow",
            "join",
            "click",
            "tap",
            "sign",
            "share",
            "visit",
            "tune",
            "please",
            "reply",
            "comment",
            "be",
            "send",
            "submit");

    /**
     * The page speaking of itself, not of the story: a sentence whose subject is the page's own name ("Radio
     * Cote-Sud is a member of ...", "Goldfields Radio acknowledges ..."), or one that tells the reader what to do.
     */
    private static boolean aboutThePage(DocumentAnalysis doc, SentenceInfo s) {
        if (READER_VERBS.contains(doc.form(s.tokenFrom()))) {
            return true;
        }
        for (NameFinder.Name n : s.names()) {
            if (doc.tokens().start(s.tokenFrom()) == n.span().start()) {
                return app.corroborate.facts.OwnNames.all(
                        doc,
                        n.words().stream()
                                .flatMap(w -> java.util.Arrays.stream(
                                        w.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")))
                                .filter(w -> !w.isEmpty() && !w.equals("the"))
                                .toList());
            }
        }
        return false;
    }

    /** The sentence asks rather than states (it ends on a question mark outside any quotation): it claims nothing. */
    private static boolean question(DocumentAnalysis doc, SentenceInfo s) {
        String text = doc.text().substring(s.span().start(), s.span().end()).strip();
        return text.endsWith("?") && s.quotations().isEmpty();
    }

    /** A sentence tied to the story's world: it names a place or person, a day or a figure. */
    private static boolean anchored(Comparison c, SentenceInfo s) {
        return !s.names().isEmpty()
                || !s.numbers().isEmpty()
                || !DateMentions.in(c.version(), s).isEmpty();
    }

    /** Figures, names and quotes that an aligned sentence gained in its inserted or replaced words. */
    private static List<Finding> insertedClaims(Comparison c, Novelty novelty, Set<String> namesSeen) {
        List<Finding> out = new ArrayList<>();
        for (AlignedPair p : c.paired()) {
            SentenceInfo s = c.version().sentence(p.otherIndex());
            for (Edit e : p.edits()) {
                if (e.other().isEmpty() || s.headline() || aboutThePage(c.version(), s)) {
                    continue;
                }
                boolean replacesFigure = c.base().sentence(p.baseIndex()).numbers().stream()
                        .anyMatch(b -> e.base().overlaps(b.span()));
                for (NumberPhrase n : s.numbers()) {
                    if (e.other().overlaps(n.span())
                            && !replacesFigure
                            && !n.vague()
                            && !Figures.isDatePart(c.version(), n)
                            && !app.corroborate.facts.References.of(c.version(), n)
                            && novelty.newFigure(n)) {
                        Span span = Figures.of(c.version(), n).span();
                        out.add(inserted(
                                c,
                                span,
                                "the figure '" + Wording.quote(c.version().text(), span) + "'"));
                    }
                }
                for (NameFinder.Name n : s.names()) {
                    if (e.other().contains(n.span())
                            && !Places.named(c.version(), n.span())
                            && namesSeen.add(n.key())
                            && novelty.newName(n)) {
                        out.add(inserted(c, n.span(), "the name " + c.versionText(n.span())));
                    }
                }
            }
        }
        return out;
    }

    private static Finding inserted(Comparison c, Span span, String claim) {
        return new Finding(
                FlagKind.SINGLE_SOURCE_CLAIM,
                Severity.MEDIUM,
                null,
                span,
                "Only this source adds " + claim + " to this sentence; no other independent source states it.");
    }
}

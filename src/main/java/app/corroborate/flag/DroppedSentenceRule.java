package app.corroborate.flag;

import app.corroborate.align.AlignedPair;
import app.corroborate.align.Relation;
import app.corroborate.collate.Comparison;
import app.corroborate.facts.ContentWords;
import app.corroborate.facts.DateMentions;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.Figures;
import app.corroborate.facts.Quotes;
import app.corroborate.facts.SentenceInfo;
import app.corroborate.text.NumberPhrase;
import java.util.ArrayList;
import java.util.List;

/**
 * A base fact the version leaves out. In a copy of the base (the same wire text) every dropped sentence is a
 * deliberate cut and is flagged; in an independent rewrite only a single sentence left out between two it renders,
 * stating a figure the version gives nowhere (or, in a rewrite that follows the base sentence by sentence,
 * stating anything), since rewrites routinely shorten: a quote they do not repeat, a passage of background. A quote
 * the version replaced in place is an altered quote (see {@link QuotesInPlace}), not a drop. What is not flagged
 * still shows in the comparison as a sentence only the base has.
 */
public final class DroppedSentenceRule implements FlagRule {

    @Override
    public List<Finding> apply(Comparison c) {
        List<Finding> out = new ArrayList<>();
        int edition = shorterEdition(c);
        boolean follows = c.copyOfBase() || followsBase(c);
        boolean retells = c.copyOfBase() || retellsBase(c);
        java.util.Set<Integer> replaced = QuotesInPlace.of(c).keySet();
        for (AlignedPair p : c.alignment().pairs()) {
            if (p.relation() != Relation.DROPPED || p.baseIndex() >= edition || replaced.contains(p.baseIndex())) {
                continue;
            }
            SentenceInfo s = c.base().sentence(p.baseIndex());
            if (s.headline()) {
                continue;
            }
            String lost = retells ? lostFact(c, s) : null;
            Finding trimmed = LOST_QUOTE.equals(lost) ? trimmedQuote(c, s) : null;
            if (trimmed != null) {
                out.add(trimmed);
                continue;
            }
            if (!c.copyOfBase() && (LOST_QUOTE.equals(lost) || !keptAround(c, s))) {
                continue;
            }
            if (follows && !figuresKept(c, s) && statesSomething(c.base(), s) || lost != null) {
                String why = lost != null
                        ? lost
                        : c.copyOfBase()
                                ? "this version otherwise copies the base"
                                : "this version otherwise follows the base sentence by sentence";
                out.add(new Finding(
                        FlagKind.SENTENCE_DROPPED,
                        Severity.MEDIUM,
                        s.span(),
                        null,
                        "This base sentence is missing from the version (" + why + "): '"
                                + Wording.quote(c.baseText(s.span()), 90) + "'."));
            }
        }
        return out;
    }

    /**
     * Where the base's text goes on beyond a copy that is an earlier or shorter edition of it: the first base
     * sentence after the copy's last paired one, when the copy stops that early (more than {@value #EDITION_TAIL}
     * of the base's sentences follow) or goes on with its own statements after it; else past the end. What an earlier edition never had is not a drop; a copy
     * that lost its last sentence or two still shows the loss. An earlier edition (one with the earlier toll) was
     * written before the later paragraphs, wherever the wire put them: none of its missing sentences is a drop. So is
     * a version that says its text goes on in a later take ("MORE TO FOLLOW"), copy or not, below the wire's first
     * sentences: the later take may add a paragraph anywhere.
     */
    private static int shorterEdition(Comparison c) {
        int sentences = c.base().sentences().size();
        if (c.copyOfBase() && c.earlierEdition()) {
            return 0;
        }
        int continued = c.versionContinuedAt();
        if (continued >= 0 && renderedBefore(c, continued) >= TAKE && !rendersAfter(c, continued)) {
            return 0;
        }
        if (!c.copyOfBase()) {
            return sentences;
        }
        int last = -1;
        int lastOther = -1;
        for (AlignedPair p : c.paired()) {
            if (p.baseIndex() > last && rendersInPlace(c, p)) {
                last = p.baseIndex();
                lastOther = p.otherIndex();
            }
        }
        int tail = sentences - 1 - last;
        boolean otherEnding = tail >= OTHER_ENDING && endsOnItsOwn(c, lastOther) >= OTHER_ENDING;
        return tail > EDITION_TAIL * sentences || otherEnding ? last + 1 : sentences;
    }

    /**
     * The index of the base sentence a take that says more follows must have rendered before its marker: the third
     * (a dateline's lead and its next paragraph are a take; a marker above them, as a label over the story, is no
     * end). Chosen as the shortest first take on the keyed stories (an agency's first two or three paragraphs).
     */
    static final int TAKE = 2;

    /**
     * The version renders a base sentence closely after offset {@code from}: the story goes on past a "more to come"
     * (a live blog's entry), so the line ends no take.
     */
    private static boolean rendersAfter(Comparison c, int from) {
        for (AlignedPair p : c.paired()) {
            if (c.version().sentence(p.otherIndex()).span().start() > from
                    && !c.version().sentence(p.otherIndex()).headline()
                    && p.similarity() >= CLOSE) {
                return true;
            }
        }
        return false;
    }

    /** The last base sentence the version renders in place before offset {@code end} of its text (-1: none). */
    private static int renderedBefore(Comparison c, int end) {
        int last = -1;
        for (AlignedPair p : c.paired()) {
            if (c.version().sentence(p.otherIndex()).span().start() < end && rendersInPlace(c, p)) {
                last = Math.max(last, p.baseIndex());
            }
        }
        return last;
    }

    /**
     * A pairing that shows how far a copy's text runs: a statement rendered as a statement (similarity at least
     * {@value #RENDERS}: a forum's footer paired with the base's last line by one shared word is no rendering), in
     * the base's order or closely (similarity at least {@value #CLOSE}). A page's headline pairs loosely with whichever base sentence
     * it summarises, wherever that sits, and says nothing of where the edition ends.
     */
    private static boolean rendersInPlace(Comparison c, AlignedPair p) {
        return !c.version().sentence(p.otherIndex()).headline()
                && !c.base().sentence(p.baseIndex()).headline()
                && p.similarity() >= RENDERS
                && (p.relation() != Relation.MOVED || p.similarity() >= CLOSE);
    }

    /**
     * A copy whose base tail of at least this many sentences (a paragraph, not a trimmed last line) is missing,
     * while it goes on with at least this many statements of its own past its rendering of the last base sentence
     * it keeps, is another edition with another ending (a later write-through ending on new reporting), not a
     * cut. A copy that trims only its last sentence (the invented stories' keyed drops) still shows the loss.
     */
    static final int OTHER_ENDING = 2;

    /** The statements (attributed or quoted, and aligned with nothing) the version has after sentence {@code lastOther}. */
    private static int endsOnItsOwn(Comparison c, int lastOther) {
        int own = 0;
        for (int j = Math.max(0, lastOther + 1);
                lastOther >= 0 && j < c.version().sentences().size();
                j++) {
            SentenceInfo s = c.version().sentence(j);
            if (!s.headline()
                    && c.pairedWithVersion(j).isEmpty()
                    && (s.attribution() != null || !s.quotations().isEmpty())) {
                own++;
            }
        }
        return own;
    }

    /**
     * A version that renders most statements of the base closely, one for one (similarity at least
     * {@value #CLOSE}), leaves a sentence out on purpose: at least {@value #FOLLOWS} of the base's statements are
     * so rendered. A heavy rewrite that retells the story in its own order and words does not.
     */
    private static boolean followsBase(Comparison c) {
        long statements =
                c.base().sentences().stream().filter(s -> !s.headline()).count();
        long close = c.base().sentences().stream()
                .filter(s ->
                        !s.headline() && c.pairedWithBase(s.index()).stream().anyMatch(p -> p.similarity() >= CLOSE))
                .count();
        return statements > 0 && close >= FOLLOWS * statements;
    }

    /**
     * Separates a version that renders the base sentence by sentence (a light rewrite, a reworded edition: 0.6 to
     * 0.9 of the statements closely) from a heavy rewrite (0.3 and below) on the stories with keys.
     */
    static final double FOLLOWS = 0.55;
    /** A rendering this similar keeps the sentence's statement (the copy detector's near-copy level). */
    static final double CLOSE = 0.75;

    /**
     * A version that renders at least {@value #RETELLS} of the base's statements is a version of the base's story,
     * so a fact it leaves out is left out. An independent report of the same event (another agency) shares only
     * a few sentences with the base: what it does not say, it never took from the base.
     */
    private static boolean retellsBase(Comparison c) {
        long statements =
                c.base().sentences().stream().filter(s -> !s.headline()).count();
        long paired = c.base().sentences().stream()
                .filter(s ->
                        !s.headline() && c.pairedWithBase(s.index()).stream().anyMatch(p -> p.similarity() >= RENDERS))
                .count();
        return statements > 0 && paired >= RETELLS * statements;
    }

    /**
     * Separates rewrites of the base (a long rewrite with its own reporting still pairs about half the base's
     * statements) from independent reports of the event by other agencies (two or three sentences in fifteen).
     */
    static final double RETELLS = 0.5;

    /**
     * The similarity of a pair that renders a base statement, for {@link #RETELLS}: another agency's report pairs
     * some base sentences only by their shared topic (0.24 and 0.29 on the factory fire), a heavy rewrite renders
     * most of its pairs at 0.5 and up (the dam evacuation: one pair at 0.32, the rest 0.57 to 0.98).
     */
    static final double RENDERS = 0.3;

    /** The share of the base a copy may lack at its end and still be the same edition (a trimmed last paragraph). */
    static final double EDITION_TAIL = 0.34;

    /**
     * The base statements on either side of the sentence are both rendered by the version (the story's start or
     * end counts as rendered): a rewrite that retells the passage around a fact and leaves out only that fact
     * dropped it; one that leaves out a run of sentences (a passage of background, a colour interview, a tail it
     * did not take) shortened the story. On the keyed stories, rewrites' runs of omissions and unrepeated quotes
     * were keyed 4 times in 40 flags, single omissions 12 times in 23.
     */
    private static boolean keptAround(Comparison c, SentenceInfo s) {
        return rendered(c, s.index(), -1) && rendered(c, s.index(), 1);
    }

    /** The nearest statement from {@code from} in direction {@code step} is rendered; true past either end. */
    private static boolean rendered(Comparison c, int from, int step) {
        for (int i = from + step; i >= 0 && i < c.base().sentences().size(); i += step) {
            if (!c.base().sentence(i).headline()) {
                return !c.pairedWithBase(i).isEmpty();
            }
        }
        return true;
    }

    /** A figure or quote of the sentence that the version gives nowhere, described; null if none. */
    private static String lostFact(Comparison c, SentenceInfo s) {
        for (NumberPhrase n : s.numbers()) {
            if (!n.vague() && !Figures.isDatePart(c.base(), n) && !mentions(c.version(), n)) {
                return "its figure '" + Wording.quote(c.base().text(), n.span()) + "' appears nowhere in the version";
            }
        }
        for (int i = s.tokenFrom(); i + 1 < s.tokenTo(); i++) {
            String ordinal = c.base().form(i);
            if (ORDINALS.contains(ordinal)
                    && !saysOrdinal(c.version(), ordinal, c.base().form(i + 1))) {
                return "its '" + ordinal + " " + c.base().form(i + 1) + "' appears nowhere in the version";
            }
        }
        for (var q : Quotes.of(c.base(), s)) {
            var words = ContentWords.of(c.base(), q.inner());
            boolean kept = !c.version().quotesLike(words).isEmpty();
            if (!kept) {
                return LOST_QUOTE;
            }
        }
        return null;
    }

    private static final String LOST_QUOTE = "its quotation appears nowhere in the version";

    /**
     * The base sentence opens a quotation that runs on into the next sentence (no closing mark of its own), and
     * the version quotes that next sentence: the version cut the quotation, keeping its end, an altered quote
     * rather than a dropped sentence ("We respect the Commission, but we disagree. There was no cheating," became
     * insisting that "there was no cheating"). Null when the quotation does not run on or the rest is not quoted.
     */
    private static Finding trimmedQuote(Comparison c, SentenceInfo s) {
        int next = s.index() + 1;
        if (!opensWithoutClosing(c.baseText(s.span()))
                || next >= c.base().sentences().size()) {
            return null;
        }
        for (AlignedPair p : c.pairedWithBase(next)) {
            SentenceInfo kept = c.version().sentence(p.otherIndex());
            if (!kept.quotations().isEmpty()) {
                var quote = kept.quotations().get(0).outer();
                return new Finding(
                        FlagKind.QUOTE_ALTERED,
                        Severity.HIGH,
                        s.span(),
                        quote,
                        "The quotation was cut: the version quotes only its end ('"
                                + Wording.quote(c.versionText(quote), 60) + "'), leaving out '"
                                + Wording.quote(c.baseText(s.span()), 90) + "'.");
            }
        }
        return null;
    }

    /** The text opens a quotation it does not close (straight marks odd in number, or more opening curly marks). */
    private static boolean opensWithoutClosing(String text) {
        long straight = text.chars().filter(ch -> ch == '"').count();
        long open = text.chars().filter(ch -> ch == '\u201C').count();
        long close = text.chars().filter(ch -> ch == '\u201D').count();
        return straight % 2 == 1 || open > close;
    }

    /**
     * A stock line ("More details are awaited.") states nothing a reader could miss: a sentence counts when it
     * names someone or something, gives a figure, a quote or a date, attributes, or runs to
     * {@value #STATEMENT_WORDS} words.
     */
    private static boolean statesSomething(DocumentAnalysis doc, SentenceInfo s) {
        return !s.names().isEmpty()
                || !s.numbers().isEmpty()
                || !s.quotations().isEmpty()
                || s.attribution() != null
                || !DateMentions.in(doc, s).isEmpty()
                || s.tokenTo() - s.tokenFrom() >= STATEMENT_WORDS;
    }

    /** Tokens (words and punctuation) a sentence without names, figures, quotes or dates needs to count. */
    static final int STATEMENT_WORDS = 8;

    /** A sentence whose figures all reappear elsewhere in the version was rewritten, not cut. */
    private static boolean figuresKept(Comparison c, SentenceInfo s) {
        List<NumberPhrase> figures = s.numbers().stream()
                .filter(n -> !Figures.isDatePart(c.base(), n))
                .toList();
        return !figures.isEmpty() && figures.stream().allMatch(n -> restated(c, s, n));
    }

    /**
     * Share of the dropped sentence's content words the version's sentence must use for a figure without a unit
     * there to be the same figure ("at least five were trapped" in "at least five workers were trapped inside",
     * not the "two" of another sentence): a bare small number recurs all over a story. Chosen between the 0.1 of
     * unrelated sentences sharing a number and the 0.4 and up of the same statement reworded.
     */
    static final double SAME_CONTEXT = 0.25;

    /** The version states the same figure counting the same thing (a figure without a unit, in like words). */
    private static boolean restated(Comparison c, SentenceInfo s, NumberPhrase n) {
        Figures.Figure f = Figures.of(c.base(), n);
        return c.version().figuresLike(f).stream()
                .anyMatch(m -> m.phrase().low() == n.low()
                        && m.phrase().high() == n.high()
                        && (f.unit().isEmpty() ? sameContext(c, s, m) : f.sameUnit(m)));
    }

    private static boolean sameContext(Comparison c, SentenceInfo s, Figures.Figure m) {
        SentenceInfo there = c.version().sentenceAt(m.span().start());
        return there == null
                || ContentWords.covered(ContentWords.of(c.base(), s.span()), ContentWords.of(c.version(), there.span()))
                        >= SAME_CONTEXT;
    }

    private static final java.util.Set<String> ORDINALS =
            java.util.Set.of("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");

    /** True if the version uses the ordinal with the same following word (or its stem). */
    private static boolean saysOrdinal(DocumentAnalysis doc, String ordinal, String next) {
        java.util.Set<String> said = doc.memo(ORDINALS, d -> {
            java.util.Set<String> out = new java.util.HashSet<>();
            for (SentenceInfo s : d.sentences()) {
                for (int i = s.tokenFrom(); i + 1 < s.tokenTo(); i++) {
                    if (ORDINALS.contains(d.form(i))) {
                        out.add(d.form(i) + " " + app.corroborate.text.Stemmer.stem(d.form(i + 1)));
                    }
                }
            }
            return out;
        });
        return said.contains(ordinal + " " + app.corroborate.text.Stemmer.stem(next));
    }

    private static boolean mentions(DocumentAnalysis doc, NumberPhrase n) {
        return !doc.figuresValued(n.low(), n.high()).isEmpty();
    }
}

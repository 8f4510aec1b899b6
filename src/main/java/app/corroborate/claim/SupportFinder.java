package app.corroborate.claim;

import app.corroborate.align.AlignedPair;
import app.corroborate.facts.Attribution;
import app.corroborate.facts.ContentWords;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.Figures;
import app.corroborate.facts.Quotes;
import app.corroborate.text.LettersAndDigits;
import app.corroborate.text.Normalizer;
import app.corroborate.text.NumberPhrase;
import app.corroborate.text.Quotations;
import app.corroborate.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where another source stands on a fact: it states the same (agrees), states it otherwise (differs: another
 * figure for the same count, other words in the quote, a rewritten sentence) or not at all (absent). The
 * counterpart is found through the sentence alignment first, then anywhere in the source for figures and
 * quotes that moved.
 */
final class SupportFinder {

    /** A counterpart sentence this similar states the same; below, it states the fact otherwise (differs). */
    static final double SAME_SENTENCE = 0.75;
    /**
     * An aligned sentence that uses this share of a quote's content words renders it in other words: separates a
     * paraphrase from a sentence that only shares the topic. As the quote rule's threshold for a rendered quote.
     */
    static final double PARAPHRASED = 0.3;

    private SupportFinder() {}

    /** Where {@code target} stands on the fact, given the pairs that join the fact's sentence with it. */
    static Support find(Fact fact, DocumentAnalysis origin, DocumentAnalysis target, List<AlignedPair> pairs) {
        return switch (fact.kind()) {
            case FIGURE -> figure(fact, origin, target, pairs);
            case QUOTE -> quote(fact, origin, target, pairs);
            case EVENT -> sentence(pairs, target);
            case ATTRIBUTION -> attribution(fact, origin, target, pairs);
        };
    }

    private static Support figure(
            Fact fact, DocumentAnalysis origin, DocumentAnalysis target, List<AlignedPair> pairs) {
        Figures.Figure f = Figures.of(origin, fact.figure());
        Figures.Figure differing = null;
        boolean loneFigure = origin.sentence(fact.sentence()).numbers().size() == 1;
        for (AlignedPair p : pairs) {
            List<NumberPhrase> there = target.sentence(p.otherIndex()).numbers();
            for (NumberPhrase n : there) {
                Figures.Figure g = Figures.of(target, n);
                boolean sameValue = n.low() == fact.figure().low()
                        && n.high() == fact.figure().high();
                if ((f.sameQuantity(g) || sameValue)
                        && n.hedge() == fact.figure().hedge()) {
                    return new Support(Status.AGREES, g.span());
                }
                if (differing == null && (f.sameUnit(g) || sameValue || loneFigure && there.size() == 1)) {
                    differing = g;
                }
            }
        }
        if (differing != null) {
            return new Support(Status.DIFFERS, differing.span());
        }
        if (!f.unit().isEmpty()) {
            for (Figures.Figure g : target.figuresLike(f)) {
                if (f.sameUnit(g) && f.sameQuantity(g)) {
                    return new Support(
                            g.phrase().hedge() == fact.figure().hedge() ? Status.AGREES : Status.DIFFERS, g.span());
                }
            }
        }
        return Support.NONE;
    }

    private static Support quote(Fact fact, DocumentAnalysis origin, DocumentAnalysis target, List<AlignedPair> pairs) {
        Set<String> words = ContentWords.of(origin, fact.quote().inner());
        String said = plain(origin, fact.quote().inner());
        List<Quotations.Quotation> aligned = new ArrayList<>();
        for (AlignedPair p : pairs) {
            aligned.addAll(Quotes.of(target, target.sentence(p.otherIndex())));
        }
        Quotations.Quotation same = sameQuote(target, words, aligned);
        if (same == null) {
            same = sameQuote(
                    target,
                    words,
                    target.quotesLike(words).stream().map(q -> q.quote()).toList());
        }
        if (same != null) {
            boolean agrees = plain(target, same.inner()).equals(said);
            return new Support(agrees ? Status.AGREES : Status.DIFFERS, same.outer());
        }
        for (AlignedPair p : pairs) {
            if (ContentWords.covered(words, ContentWords.of(target, p.other())) >= PARAPHRASED) {
                return new Support(Status.DIFFERS, p.other());
            }
        }
        return Support.NONE;
    }

    /** The first candidate that is one quote with these words (see {@link Quotes#SAME_QUOTE}), or null. */
    private static Quotations.Quotation sameQuote(
            DocumentAnalysis target, Set<String> words, List<Quotations.Quotation> candidates) {
        for (Quotations.Quotation q : candidates) {
            if (ContentWords.jaccard(words, ContentWords.of(target, q.inner())) >= Quotes.SAME_QUOTE) {
                return q;
            }
        }
        return null;
    }

    private static Support sentence(List<AlignedPair> pairs, DocumentAnalysis target) {
        AlignedPair best = closest(pairs);
        if (best == null) {
            return Support.NONE;
        }
        return new Support(best.similarity() >= SAME_SENTENCE ? Status.AGREES : Status.DIFFERS, best.other());
    }

    private static AlignedPair closest(List<AlignedPair> pairs) {
        AlignedPair best = null;
        for (AlignedPair p : pairs) {
            if (best == null || p.similarity() > best.similarity()) {
                best = p;
            }
        }
        return best;
    }

    /**
     * An attributed statement: the facing sentence states it the same way only if it gives it to the same speaker
     * (a word of the speaker's name or office in common); one that states it as fact, or gives it to someone else,
     * differs, however close its other words. A pronoun on either side ("he said") leaves it to the sentence.
     */
    private static Support attribution(
            Fact fact, DocumentAnalysis origin, DocumentAnalysis target, List<AlignedPair> pairs) {
        Support bySentence = sentence(pairs, target);
        Attribution was = origin.sentence(fact.sentence()).attribution();
        if (bySentence.status() != Status.AGREES || was == null || was.speaker() == null || was.pronoun()) {
            return bySentence;
        }
        Attribution now = target.sentence(closest(pairs).otherIndex()).attribution();
        if (now != null && now.speaker() != null && now.pronoun()) {
            return bySentence;
        }
        boolean same = now != null && now.speaker() != null && sameSpeaker(origin, was, target, now);
        return same ? bySentence : new Support(Status.DIFFERS, bySentence.span());
    }

    /**
     * Two speakers are one when their last words agree by stem ("the city's chamber of commerce", "the chamber of
     * commerce"; "officials", "an official"; "Mr Charles Wotsuna", "Wotsuna") or when every word of the one is a
     * word of the other ("police", "city police"); "city police" and "city council" are two.
     */
    static boolean sameSpeaker(DocumentAnalysis a, Attribution x, DocumentAnalysis b, Attribution y) {
        String hx = head(x.speaker().of(a.text()));
        if (!hx.isEmpty() && hx.equals(head(y.speaker().of(b.text())))) {
            return true;
        }
        Set<String> smaller = x.speakerWords().size() <= y.speakerWords().size() ? x.speakerWords() : y.speakerWords();
        Set<String> larger = smaller == x.speakerWords() ? y.speakerWords() : x.speakerWords();
        return !smaller.isEmpty() && larger.containsAll(smaller);
    }

    /** The stem of the last word of a speaker as written, lower case ("" when it has none). */
    private static String head(String speaker) {
        String[] words = speaker.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
        for (int k = words.length - 1; k >= 0; k--) {
            if (!words[k].isEmpty()) {
                return app.corroborate.text.Stemmer.stem(words[k]);
            }
        }
        return "";
    }

    /** The letters, digits and spaces of a span, normalised (computed once per span). */
    private static String plain(DocumentAnalysis doc, Span span) {
        Map<Span, String> known = doc.memo(PLAIN, d -> new ConcurrentHashMap<>());
        String found = known.get(span);
        if (found == null) {
            found = LettersAndDigits.only(Normalizer.text(span.of(doc.text())));
            known.put(span, found);
        }
        return found;
    }

    private static final String PLAIN = "quoted words as a claim compares them";
}

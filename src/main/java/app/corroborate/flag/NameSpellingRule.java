package app.corroborate.flag;

import app.corroborate.collate.Comparison;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.SentenceInfo;
import app.corroborate.facts.Spelling;
import app.corroborate.facts.Titles;
import app.corroborate.text.NameFinder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The same person, place or organisation spelled differently (Sarfaraz/Sarfraz, Noshki/Nushki, "Baloch
 * Liberation Army"/"Balochistan Liberation Army"), judged by token shape and edit distance, never by a list of
 * names. A version's name is compared with the base's names of the same length: all words equal but one, and
 * that one a spelling variant (or, in names of three words or more, an extension of the other). A spelling the
 * base itself uses is never a variant; each distinct variant is flagged once, at its first occurrence, and a
 * misspelled word once ("Glen Pruitt", then "Pruitt" alone, is one finding).
 */
public final class NameSpellingRule implements FlagRule {

    @Override
    public List<Finding> apply(Comparison c) {
        List<NameFinder.Name> baseNames = names(c.base());
        Map<String, List<Integer>> index = index(baseNames);
        List<Finding> out = new ArrayList<>();
        Set<String> flagged = new HashSet<>();
        Set<String> flaggedWords = new HashSet<>();
        for (int j = 0; j < c.version().sentences().size(); j++) {
            SentenceInfo s = c.version().sentence(j);
            List<app.corroborate.align.AlignedPair> facing = c.pairedWithVersion(j);
            for (NameFinder.Name v : s.names()) {
                if (c.base().hasName(v.key()) || flagged.contains(v.key())) {
                    continue;
                }
                for (int k : candidates(index, v)) {
                    NameFinder.Name b = baseNames.get(k);
                    int differing = differingWord(b, v, faces(c, facing, b));
                    boolean usedByBase = v.words().size() == 1
                            && b.words().size() == 1
                            && c.base().hasNameWord(v.words().get(0));
                    String word = differing >= 0
                                    && differing < v.words().size()
                                    && b.words().size() == v.words().size()
                            ? Spelling.plain(v.words().get(differing))
                            : null;
                    if (differing >= 0 && !usedByBase && word != null && !flaggedWords.add(word)) {
                        flagged.add(v.key());
                        break;
                    }
                    if (differing >= 0 && !usedByBase) {
                        flagged.add(v.key());
                        out.add(new Finding(
                                FlagKind.NAME_SPELLING,
                                Severity.HIGH,
                                b.span(),
                                v.span(),
                                "'" + c.baseText(b.span()) + "' is spelled '" + c.versionText(v.span())
                                        + "' here: the same name written differently."));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /**
     * Keys under which a name can meet its spelling variants: its words (titles in front left out) with one word
     * replaced by a wildcard (a one-letter name keeps its initial, which variants share), the first two letters of
     * each of its words (a name of two words or more), all its words joined
     * ("Vandermolen" for "van der Molen"), and for a one-word name the word with and without its first letter (a
     * drop cap lost). Two names that {@link #differingWord} relates share a key.
     */
    private static List<String> keys(NameFinder.Name n) {
        List<String> words = parts(withoutLeadingTitles(n.words())).stream()
                .map(Spelling::plain)
                .toList();
        List<String> out = new ArrayList<>();
        out.add("joined|" + String.join("", words));
        if (words.size() == 1 && words.get(0).length() > 1) {
            out.add("tail|" + words.get(0));
            out.add("tail|" + words.get(0).substring(1));
        }
        if (words.size() >= 2 && words.stream().allMatch(w -> w.length() >= TRANSLITERATED_WORD)) {
            // every word spelled differently: the words' first two letters (transliterations keep them)
            out.add(words.size() + "|heads|"
                    + String.join(
                            " ",
                            words.stream()
                                    .map(w -> w.substring(0, Math.min(2, w.length())))
                                    .toList()));
        }
        for (int i = 0; i < words.size(); i++) {
            List<String> masked = new ArrayList<>(words);
            String w = words.get(i);
            masked.set(i, words.size() == 1 && !w.isEmpty() ? "*" + w.charAt(0) : "*");
            out.add(words.size() + "|" + String.join(" ", masked));
        }
        return out;
    }

    private static Map<String, List<Integer>> index(List<NameFinder.Name> names) {
        Map<String, List<Integer>> index = new HashMap<>();
        for (int k = 0; k < names.size(); k++) {
            for (String key : keys(names.get(k))) {
                index.computeIfAbsent(key, x -> new ArrayList<>()).add(k);
            }
        }
        return index;
    }

    /** The base names that may be spelling variants of {@code v}, in the base's order. */
    private static java.util.SortedSet<Integer> candidates(Map<String, List<Integer>> index, NameFinder.Name v) {
        java.util.SortedSet<Integer> out = new java.util.TreeSet<>();
        for (String key : keys(v)) {
            out.addAll(index.getOrDefault(key, List.of()));
        }
        return out;
    }

    private static List<NameFinder.Name> names(DocumentAnalysis doc) {
        List<NameFinder.Name> all = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (SentenceInfo s : doc.sentences()) {
            for (NameFinder.Name n : s.names()) {
                if (keys.add(n.key())) {
                    all.add(n);
                }
            }
        }
        return all;
    }

    /**
     * A name without the offices in front of it ("CFO Dev Ramen": "Dev Ramen"), nor the body or place named before
     * an office ("Cocobod Chief Executive Ebenezer Nkansah": "Ebenezer Nkansah"), as long as two words remain.
     */
    private static List<String> withoutLeadingTitles(List<String> words) {
        int k = 0;
        while (k < words.size() - 1 && (Titles.isTitle(words.get(k)) || k > 0 && OFFICE_TAILS.contains(words.get(k)))) {
            k++;
        }
        for (int i = words.size() - 3; i >= k; i--) {
            if (Titles.isTitle(words.get(i))) {
                int from = OFFICE_TAILS.contains(words.get(i + 1)) ? i + 2 : i + 1;
                return words.size() - from >= 2
                        ? words.subList(from, words.size())
                        : words.subList(i + 1, words.size());
            }
        }
        return words.subList(k, words.size());
    }

    /**
     * Words that complete an office after a title word ("Chief Executive", "Police Commissioner", "Chief Whip"), no
     * titles on their own: stripped with the title in front of a name.
     */
    private static final Set<String> OFFICE_TAILS = Set.of(
            "executive", "commissioner", "whip", "counsel", "constable", "superintendent", "administrator", "editor");

    /** The words with hyphenated ones split into their parts ("Sefwi-Wiaso": "Sefwi", "Wiaso"). */
    private static List<String> parts(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            for (String p : w.split("-")) {
                if (!p.isEmpty()) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /** The index of the word of {@code words} that holds part {@code part} of {@link #parts}. */
    private static int wordOfPart(List<String> words, int part) {
        int seen = 0;
        for (int i = 0; i < words.size(); i++) {
            seen += parts(List.of(words.get(i))).size();
            if (part < seen) {
                return i;
            }
        }
        return words.size() - 1;
    }

    /**
     * Index of the one word in which two names of equal length differ by spelling, or -1; names of different
     * length that read the same without spaces ("Vandermolen", "van der Molen") differ at word 0.
     */
    static int differingWord(NameFinder.Name b, NameFinder.Name v) {
        return differingWord(b, v, false);
    }

    /** The version's sentence faces the base sentence that holds {@code b} (the same statement about the same person). */
    private static boolean faces(Comparison c, List<app.corroborate.align.AlignedPair> facing, NameFinder.Name b) {
        SentenceInfo at = c.base().sentenceAt(b.span().start());
        return at != null && facing.stream().anyMatch(p -> c.base().sentence(p.baseIndex()) == at);
    }

    /**
     * As {@link #differingWord(NameFinder.Name, NameFinder.Name)}; where the two names stand in sentences that face
     * each other ({@code facing}), two letters off in one word beside a full matching given name also count.
     */
    static int differingWord(NameFinder.Name b, NameFinder.Name v, boolean facing) {
        List<String> bw = withoutLeadingTitles(b.words());
        List<String> vw = withoutLeadingTitles(v.words());
        if ((bw.size() != b.words().size() || vw.size() != v.words().size()) && !bw.isEmpty() && !vw.isEmpty()) {
            int d = differingWord(new NameFinder.Name(b.span(), bw), new NameFinder.Name(v.span(), vw), facing);
            return d < 0 ? -1 : d + (v.words().size() - vw.size());
        }
        int whole = differingWords(b, v, facing);
        List<String> bp = parts(b.words());
        List<String> vp = parts(v.words());
        if (whole >= 0
                || bp.size() == b.words().size() && vp.size() == v.words().size()) {
            return whole;
        }
        // a hyphenated word read as its parts ("Sefwi-Wiaso", "Sefwi Wiawso"), when it is no variant as a whole
        int d = differingWords(new NameFinder.Name(b.span(), bp), new NameFinder.Name(v.span(), vp), facing);
        return d < 0 ? -1 : wordOfPart(v.words(), d);
    }

    /** {@link #differingWord(NameFinder.Name, NameFinder.Name, boolean)} on the words as they are. */
    private static int differingWords(NameFinder.Name b, NameFinder.Name v, boolean facing) {
        if (b.words().size() != v.words().size()) {
            String x = Spelling.plain(String.join("", b.words()));
            String y = Spelling.plain(String.join("", v.words()));
            return x.equals(y) && Math.min(b.words().size(), v.words().size()) >= 2 ? 0 : -1;
        }
        int differing = -1;
        int count = 0;
        boolean allTransliterated = true;
        for (int i = 0; i < b.words().size(); i++) {
            String x = b.words().get(i);
            String y = v.words().get(i);
            if (Spelling.plain(x).equals(Spelling.plain(y)) || Spelling.houseSpellings(x, y)) {
                continue;
            }
            if (hasDigit(x) || hasDigit(y)) {
                return -1;
            }
            boolean transliterated = Spelling.transliterated(x, y) || Spelling.glideAdded(x, y);
            boolean variant = Spelling.variants(x, y)
                    || Spelling.transliterated(x, y)
                    || b.words().size() == 1 && Spelling.lostInitial(x, y)
                    || b.words().size() >= 2 && Spelling.oneLetter(x, y)
                    || facing
                            && b.words().size() >= 2
                            && Spelling.twoLettersOff(x, y)
                            && lettersBeside(b.words(), i) >= DISTINCT_REST
                    || b.words().size() >= 3 && Spelling.extension(x, y);
            if (!variant) {
                return -1;
            }
            count++;
            allTransliterated &= transliterated;
            differing = differing < 0 ? i : differing;
        }
        return count < 2 || allTransliterated && b.words().size() >= 2 ? differing : -1;
    }

    /**
     * The letters a name's other words must have for two letters off in one word to be the same name ("Chow Wing-sze"
     * and "Chau Wing-sze": a full given name of six letters or more matches): a short initial or one short word
     * beside it ("Ho Siu", "Lee Chan") says too little of who is meant.
     */
    static final int DISTINCT_REST = 6;

    /**
     * Letters every word of a name needs for each word spelled differently to still be the same name ("Jumabay
     * Orazbaev", "Jumabai Orazbayev": one transliteration choice made twice, each word a swap of letters that write
     * one sound or a glide added); shorter words ("Jon Kerr", "Jan Karr") and other edits ("Robert Johnson",
     * "Roberta Johnston") are two people.
     */
    static final int TRANSLITERATED_WORD = 5;

    private static int lettersBeside(List<String> words, int differing) {
        int n = 0;
        for (int k = 0; k < words.size(); k++) {
            n += k == differing
                    ? 0
                    : Spelling.plain(words.get(k)).replaceAll("[^\\p{L}]", "").length();
        }
        return n;
    }

    /**
     * A word with a digit is a figure written with its unit ("RM150", "A320", "5G"), never a spelling of a name:
     * "RM150" and "RM100" are two amounts, left to the rule on figures.
     */
    private static boolean hasDigit(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }
}

package app.corroborate.facts;

import java.util.List;

/**
 * Whether two written forms are the same name spelled differently: a small edit distance for the length
 * (Sarfaraz/Sarfraz, Noshki/Nushki), never a derived form (Pakistan/Pakistani, India/Indian, Afghan/Afghans).
 *
 * <p>Guarantees: symmetric; forms that differ only by dots or case are equal, not variants.
 */
public final class Spelling {

    private static final List<String> DERIVATIONS =
            List.of("i", "n", "an", "ian", "ese", "ish", "s", "es", "'s", "ern", "ic", "ite", "ites", "ans", "is");

    private Spelling() {}

    /**
     * Lower case, without dots and without diacritics (Müller and Muller read alike), every apostrophe-like mark as
     * an apostrophe (Vava'u and Vavaʻu read alike).
     */
    public static String plain(String s) {
        String ascii = plainAscii(s);
        if (ascii != null) {
            return ascii;
        }
        String folded = latin(s);
        if (folded == null) {
            folded = s.chars().allMatch(ch -> ch < 0x80)
                    ? s
                    : java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
                            .replaceAll("\\p{M}+", "");
        }
        return folded.replace(".", "")
                .replace("\u2019", "'")
                .replace("\u02BB", "'") // the okina of Polynesian names ("Vavaʻu"), often set as an apostrophe
                .replace("\u02BC", "'")
                .replace("\u2018", "'")
                .toLowerCase(java.util.Locale.ROOT);
    }

    /** Below this every char is a letter without a mark or a precomposed Latin letter: no char is a mark. */
    private static final int LATIN_END = 0x250;

    /**
     * Each char below {@link #LATIN_END} decomposed (NFD) with its marks removed, worked out once: a constant, never
     * written after the class is loaded.
     */
    private static final String[] UNMARKED = new String[LATIN_END];

    static {
        for (int c = 0; c < LATIN_END; c++) {
            UNMARKED[c] = java.text.Normalizer.normalize(String.valueOf((char) c), java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}+", "");
        }
        // letters with a stroke or bar have no decomposition: a page that cannot set them writes the bare letter
        // (Maltese Ħal as Hal, Polish Łódź as Lodz, Croatian Đ as D, Danish Ø as O)
        String stroked =
                "\u0126H\u0127h\u0110D\u0111d\u0141L\u0142l\u00D8O\u00F8o\u0166T\u0167t\u0131i\u0180b\u01E4G\u01E5g";
        for (int k = 0; k < stroked.length(); k += 2) {
            UNMARKED[stroked.charAt(k)] = String.valueOf(stroked.charAt(k + 1));
        }
    }

    /**
     * The string decomposed (NFD) with its marks removed, char by char from {@link #UNMARKED}, when every char is
     * below {@link #LATIN_END} or a typographic apostrophe (none of them a mark, so none reorders on
     * decomposition: the same string as decomposing it whole); null for any other string.
     */
    private static String latin(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < LATIN_END) {
                out.append(UNMARKED[c]);
            } else if (c == '\u2019') {
                out.append(c);
            } else {
                return null;
            }
        }
        return out.toString();
    }

    /**
     * {@link #plain} of an all-ASCII string in one pass (the same string back when it is already plain, as most
     * name words are), or null for any other string.
     */
    private static String plainAscii(String s) {
        int n = s.length();
        boolean changed = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return null;
            }
            changed |= c == '.' || c >= 'A' && c <= 'Z';
        }
        if (!changed) {
            return s;
        }
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c != '.') {
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            }
        }
        return out.toString();
    }

    /** True if {@code a} and {@code b} are spelling variants of one word. */
    public static boolean variants(String a, String b) {
        String x = plain(a);
        String y = plain(b);
        if (x.equals(y) || x.length() < 4 || y.length() < 4 || x.charAt(0) != y.charAt(0) || derived(x, y)) {
            return false;
        }
        int d = distance(x, y);
        int longest = Math.max(x.length(), y.length());
        return d <= (longest >= 8 ? 2 : 1) && !regional(x, y);
    }

    /**
     * True if two forms of the same length and first letter, of at least {@value #TRANSLITERATED} letters, differ
     * only in one or two letters that transliterations of one sound write either way: k, q or c; i or y; o or u; v
     * or w (Moynaq, Muynak; Jumabay, Jumabai). A Latin spelling of a name from another script is a choice, and two
     * outlets often choose differently.
     */
    public static boolean transliterated(String a, String b) {
        String x = plain(a);
        String y = plain(b);
        if (x.length() != y.length() || x.length() < TRANSLITERATED || x.equals(y) || x.charAt(0) != y.charAt(0)) {
            return false;
        }
        int differing = 0;
        for (int i = 1; i < x.length(); i++) {
            char p = x.charAt(i);
            char q = y.charAt(i);
            if (p != q && (++differing > 2 || !sameSound(p, q))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True if one form is the other with one glide or breath letter added inside it ("Orazbaev", "Orazbayev";
     * "Bakhtiyor", "Baktiyor"): y, i, j or h, as transliterations from Cyrillic and Arabic write them or not. Forms of
     * at least {@value #TRANSLITERATED} letters, the first letter kept.
     */
    public static boolean glideAdded(String a, String b) {
        String x = plain(a);
        String y = plain(b);
        String shorter = x.length() < y.length() ? x : y;
        String longer = x.length() < y.length() ? y : x;
        if (longer.length() != shorter.length() + 1 || shorter.length() < TRANSLITERATED) {
            return false;
        }
        int at = 0;
        while (at < shorter.length() && shorter.charAt(at) == longer.charAt(at)) {
            at++;
        }
        return at > 0
                && "yijh".indexOf(longer.charAt(at)) >= 0
                && longer.substring(at + 1).equals(shorter.substring(at));
    }

    /** Letters a word needs before two transliterated letters make it the same word: "Moynaq" yes, "Kuba" no. */
    static final int TRANSLITERATED = 5;

    private static final List<String> SOUNDS = List.of("kqc", "iy", "ou", "vw");

    private static boolean sameSound(char p, char q) {
        return SOUNDS.stream().anyMatch(g -> g.indexOf(p) >= 0 && g.indexOf(q) >= 0);
    }

    /** True if the two forms are one word in British and American house spelling ("Centre", "Center"). */
    public static boolean houseSpellings(String a, String b) {
        return regional(plain(a), plain(b));
    }

    /**
     * Two {@link #plain} forms that differ only by British and American spelling conventions in a suffix after a stem
     * of at least {@value #REGIONAL_STEM} letters (three before "-ence": "Def-ence"): "-ise"/"-ize", "-isation"/"-ization" and "-yse"/"-yze" with their
     * endings ("Organisation", "Organization"), "-re"/"-er" and "-ence"/"-ense" at the end ("Centre", "Center";
     * "Defence", "Defense"), and "programme", "catalogue" for "program", "catalog": an outlet's house spelling, not a
     * misspelt name. A short name that differs the same way (Lisa/Liza, Denise/Denize, Petre/Peter) is a
     * misspelling. Constant work per letter, no pattern.
     */
    static boolean regional(String x, String y) {
        if (x.length() == y.length()) {
            return sameButSZ(x, y)
                    || swappedEnding(x, y, "re", "er", REGIONAL_STEM)
                    || swappedEnding(x, y, "res", "ers", REGIONAL_STEM)
                    || swappedEnding(x, y, "ence", "ense", REGIONAL_STEM - 1)
                    || swappedEnding(x, y, "ences", "enses", REGIONAL_STEM - 1);
        }
        String longer = x.length() > y.length() ? x : y;
        String shorter = x.length() > y.length() ? y : x;
        return longer.startsWith(shorter)
                && (longer.endsWith("programme") && shorter.endsWith("program")
                        || longer.endsWith("ogue") && shorter.endsWith("og") && shorter.length() >= REGIONAL_STEM + 2);
    }

    /** Letters a word keeps before a regional suffix: "Organ-isation", "Cent-re"; not "Li-sa", "Pet-re". */
    static final int REGIONAL_STEM = 4;

    /** The "-ise" family of suffixes, from the letter before the "s" or "z" on, with "s" in both. */
    private static final java.util.Set<String> SZ_SUFFIXES = java.util.Set.of(
            "ise", "ised", "ises", "iser", "isers", "ising", "isation", "isations", "yse", "ysed", "yses", "ysing");

    private static boolean sameButSZ(String x, String y) {
        int at = -1;
        for (int i = 0; i < x.length(); i++) {
            if (x.charAt(i) != y.charAt(i)) {
                boolean sz = x.charAt(i) == 's' && y.charAt(i) == 'z' || x.charAt(i) == 'z' && y.charAt(i) == 's';
                if (!sz || at >= 0) {
                    return false;
                }
                at = i;
            }
        }
        if (at - 1 < REGIONAL_STEM) {
            return false;
        }
        String suffix = x.substring(at - 1).replace('z', 's');
        return SZ_SUFFIXES.contains(suffix);
    }

    private static boolean swappedEnding(String x, String y, String one, String other, int minStem) {
        int stem = x.length() - one.length();
        return stem >= minStem
                && x.regionMatches(0, y, 0, stem)
                && (x.endsWith(one) && y.endsWith(other) || x.endsWith(other) && y.endsWith(one));
    }

    /**
     * True if one form is the other without its first letter ("Elmstad", "Velmstad"): a page that sets the story's
     * first letter as a drop cap loses it from the text, and the story's first word is often the dateline's place.
     * Both forms have at least {@value #LOST_INITIAL} letters, so a short word that merely ends another is not one.
     */
    public static boolean lostInitial(String a, String b) {
        String x = plain(a);
        String y = plain(b);
        String shorter = x.length() <= y.length() ? x : y;
        String longer = x.length() <= y.length() ? y : x;
        return shorter.length() >= LOST_INITIAL && longer.length() == shorter.length() + 1 && longer.endsWith(shorter);
    }

    /** Letters a name keeps after losing its first, to be told from a shorter word: "Elmstad" yes, "Art" no. */
    static final int LOST_INITIAL = 5;

    /** One letter apart, wherever it is (Varga/Warga): evidence enough beside another word that matches. */
    public static boolean oneLetter(String a, String b) {
        String x = plain(a);
        String y = plain(b);
        return x.length() >= 4 && x.length() == y.length() && distance(x, y) == 1 && !derived(x, y);
    }

    /**
     * Two letters apart in a word of the same length that keeps its first two letters (Chow/Chau, Hosseini/Husseini
     * no: the second letter differs): evidence enough only beside a full matching word of the same name.
     */
    public static boolean twoLettersOff(String a, String b) {
        String x = plain(a);
        String y = plain(b);
        return x.length() >= 4
                && x.length() == y.length()
                && x.regionMatches(0, y, 0, 2)
                && distance(x, y) == 2
                && !derived(x, y);
    }

    /** True if one form extends the other by a word of at least four letters' stem (Baloch/Balochistan). */
    public static boolean extension(String a, String b) {
        String x = plain(a);
        String y = plain(b);
        String shorter = x.length() <= y.length() ? x : y;
        String longer = x.length() <= y.length() ? y : x;
        return shorter.length() >= 4
                && longer.length() > shorter.length() + 2
                && longer.startsWith(shorter)
                && !derived(shorter, longer);
    }

    private static boolean derived(String x, String y) {
        String shorter = x.length() <= y.length() ? x : y;
        String longer = x.length() <= y.length() ? y : x;
        if (!longer.startsWith(shorter.endsWith("a") ? shorter.substring(0, shorter.length() - 1) : shorter)) {
            return false;
        }
        String base = shorter.endsWith("a") && !longer.startsWith(shorter)
                ? shorter.substring(0, shorter.length() - 1)
                : shorter;
        return DERIVATIONS.contains(longer.substring(base.length()));
    }

    /** Damerau-Levenshtein distance (adjacent transpositions count one). */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}

package app.corroborate.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Telephone numbers in a text: a press release's contact lines ("Tel: 876-555-0123", "call 1-888-225-5376",
 * "+264 61 208 7111", "WhatsApp 0771 234 567") state no figure of the story, so their digits are left out of its
 * figures.
 *
 * <p>Guarantees: a number is a run of digit groups with the shape of a telephone number (see {@link
 * DigitRun#phoneShaped}), or a run of three or more digits right after a cue word (tel, phone, call, fax ...) that
 * no word it could count follows ("call 911 for help", not "phone 100 voters"); a run after a cue and a filler
 * word ("call us on ...") needs seven digits. Figures with thousands separators or decimals, dates, times, ranges
 * and scores are no telephone numbers. Spans are half-open, ascending and disjoint. Linear time.
 */
public final class PhoneNumbers {

    /** Words after which a run of digits is the number to dial. */
    private static final Set<String> CUES = Set.of(
            "tel",
            "tels",
            "telephone",
            "phone",
            "phones",
            "call",
            "mobile",
            "mob",
            "cell",
            "cellphone",
            "fax",
            "whatsapp",
            "hotline",
            "helpline",
            "toll-free",
            "tollfree",
            "sms");

    /** Words between a cue and its number ("call us on", "phone number"): only a full number may follow them. */
    private static final Set<String> FILLERS = Set.of("us", "on", "at", "number", "no", "line", "is", "free");

    /** Abbreviations among the cues and fillers, whose full stop is read past ("Tel. 876 ...", "No. 0800 ..."). */
    private static final Set<String> ABBREVIATED = Set.of("tel", "tels", "mob", "no");

    /** The longest cue: a longer word is none, and is not lower-cased to find out. */
    private static final int LONGEST_CUE = 9;

    /** Most words read between a cue and its number (other cues and fillers: "Phone/WhatsApp: ..."). */
    private static final int MAX_BETWEEN = 3;

    private PhoneNumbers() {}

    /** The telephone numbers of {@code text}, ascending. */
    public static List<Span> find(CharSequence text) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                int end = wordEnd(text, i);
                String cue = cue(text, i, end);
                Span cued = cue == null ? null : afterCue(text, cue, end);
                if (cued != null) {
                    out.add(cued);
                    i = cued.end();
                } else {
                    i = end;
                }
                continue;
            }
            DigitRun run = DigitRun.at(text, i);
            if (run == null) {
                i++;
                continue;
            }
            if (run.phoneShaped() && !dottedThousands(text, run)) {
                out.add(run.span());
            }
            i = Math.max(i + 1, run.span().end());
        }
        return out;
    }

    /** {@code found} without the figures that lie in a telephone number of {@code phones}. */
    public static List<NumberPhrase> without(List<NumberPhrase> found, List<Span> phones) {
        if (phones.isEmpty() || found.isEmpty()) {
            return found;
        }
        List<NumberPhrase> out = new ArrayList<>(found.size());
        for (NumberPhrase n : found) {
            if (!inPhone(n.span(), phones)) {
                out.add(n);
            }
        }
        return out.size() == found.size() ? found : List.copyOf(out);
    }

    /** A text has a few telephone numbers at most: a scan of them costs less than a search. */
    private static boolean inPhone(Span s, List<Span> phones) {
        for (Span p : phones) {
            if (p.overlaps(s)) {
                return true;
            }
        }
        return false;
    }

    /** The cue word {@code [from, to)} in lower case, or null when it is none. */
    private static String cue(CharSequence t, int from, int to) {
        if (to - from < 3
                || to - from > LONGEST_CUE
                || CUE_INITIALS.indexOf(Character.toLowerCase(t.charAt(from))) < 0) {
            return null;
        }
        for (String c : CUE_LIST) {
            if (c.length() == to - from && sameLetters(t, from, c)) {
                return c;
            }
        }
        return null;
    }

    /** The first letters of the cues: most words are passed over on their first letter, with no string made. */
    private static final String CUE_INITIALS = "tpcmfwhs";

    private static final List<String> CUE_LIST = List.copyOf(CUES);

    private static boolean sameLetters(CharSequence t, int from, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            if (Character.toLowerCase(t.charAt(from + k)) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The number right after a cue word ending at {@code from}, or null. */
    private static Span afterCue(CharSequence t, String cue, int from) {
        int k = from;
        boolean filler = false;
        String w = cue;
        for (int words = 0; words <= MAX_BETWEEN; words++) {
            k = pastPunctuation(t, ABBREVIATED.contains(w) && k < t.length() && t.charAt(k) == '.' ? k + 1 : k);
            if (k >= t.length() || !Character.isLetter(t.charAt(k))) {
                break;
            }
            int end = wordEnd(t, k);
            w = lower(t, k, end);
            if (!FILLERS.contains(w) && !CUES.contains(w)) {
                return null;
            }
            filler |= FILLERS.contains(w);
            k = end;
        }
        DigitRun run = k < t.length() ? DigitRun.at(t, k) : null;
        if (run == null || run.runsOn()) {
            return null;
        }
        if (year(t, run)) {
            return null; // "call 2026 a year of recovery"
        }
        boolean full = run.digits() >= DigitRun.PHONE_DIGITS && run.digits() <= DigitRun.MAX_DIGITS;
        boolean dialled =
                run.digits() >= 3 && (full || !countsSomething(t, run.span().end()));
        return (filler ? full : dialled) ? run.span() : null;
    }

    /** "2.500.000 euros": thousands grouped by full stops, as much of Europe writes them, not a number to dial. */
    private static boolean dottedThousands(CharSequence t, DigitRun run) {
        String digits = run.span().of(t.toString());
        return digits.indexOf('.') > 0
                && digits.indexOf('-') < 0
                && digits.indexOf(' ') < 0
                && run.groups().size() >= 2
                && run.groups().subList(1, run.groups().size()).stream().allMatch(g -> g.length() == 3);
    }

    /** A run of four digits that reads as a year of this or the last century. */
    private static boolean year(CharSequence t, DigitRun run) {
        if (run.groups().size() != 1 || run.digits() != 4) {
            return false;
        }
        int y = Integer.parseInt(run.groups().get(0));
        return y >= 1900 && y <= 2099;
    }

    /** A word follows that the digits before it could count ("phone 100 voters"): a content word. */
    private static boolean countsSomething(CharSequence t, int k) {
        while (k < t.length() && (t.charAt(k) == ' ' || t.charAt(k) == '\u00A0')) {
            k++;
        }
        if (k >= t.length() || !Character.isLetter(t.charAt(k))) {
            return false;
        }
        return !WordLists.FUNCTION_WORDS.contains(lower(t, k, wordEnd(t, k)));
    }

    /** Past the spaces and marks between a cue and its number (": ", "/", "#"), on the same line. */
    private static int pastPunctuation(CharSequence t, int k) {
        while (k < t.length()) {
            char c = t.charAt(k);
            if (c != ' ' && c != '\u00A0' && c != '\t' && c != ':' && c != '/' && c != '#' && c != '-') {
                break;
            }
            k++;
        }
        return k;
    }

    private static int wordEnd(CharSequence t, int i) {
        int k = i;
        while (k < t.length()
                && (Character.isLetter(t.charAt(k))
                        || t.charAt(k) == '-' && k + 1 < t.length() && Character.isLetter(t.charAt(k + 1)))) {
            k++;
        }
        return k;
    }

    private static String lower(CharSequence t, int from, int to) {
        return t.subSequence(from, to).toString().toLowerCase(Locale.ROOT);
    }
}

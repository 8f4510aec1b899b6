package app.corroborate.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The closed word lists of English the engine reads by: function words, verbs of saying, months and weekdays.
 * Each list is data in one place ({@code function-words.txt}, {@code speech-verbs.txt}, {@code months.txt}, {@code sentence-adverbs.txt}, {@code not-speaker-words.txt}
 * beside this class); every reader of a list asks here.
 *
 * <p>Guarantees: lookups take lower-case forms; the lists are read once and never change.
 */
public final class WordLists {

    /** Words that carry grammar rather than content ("the", "of", "said"). */
    public static final Set<String> FUNCTION_WORDS = Set.copyOf(lines("function-words.txt"));
    /** Verbs that attribute a statement to a speaker ("said", "told", "according", "denied"). */
    public static final Set<String> SPEECH_VERBS = Set.copyOf(lines("speech-verbs.txt"));
    /** Words that are never (part of) a speaker's name: articles, auxiliaries, pronouns, manner adverbs. */
    public static final Set<String> NOT_SPEAKER_WORDS = Set.copyOf(lines("not-speaker-words.txt"));
    /** Sentence adverbs and connectives that open a clause ("Earlier,", "Meanwhile,"): never a speaker. */
    public static final Set<String> SENTENCE_ADVERBS = Set.copyOf(lines("sentence-adverbs.txt"));
    /** Nouns that name a kind of organisation ("union", "ministry", "club"): a body, never a person. */
    public static final Set<String> ORGANISATIONS = Set.copyOf(lines("organisation-nouns.txt"));

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Set<String> ABBREVIATIONS;
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

    static {
        List<String> abbreviations = new ArrayList<>();
        List<String> months = lines("months.txt");
        for (int m = 0; m < months.size(); m++) {
            String[] forms = months.get(m).split("\\s+");
            for (int k = 0; k < forms.length; k++) {
                MONTHS.put(forms[k], m + 1);
                if (k > 0) {
                    abbreviations.add(forms[k]);
                }
            }
        }
        ABBREVIATIONS = Set.copyOf(abbreviations);
        for (DayOfWeek d : DayOfWeek.values()) {
            WEEKDAYS.put(d.name().toLowerCase(Locale.ROOT), d);
        }
    }

    private WordLists() {}

    /** The month (1 to 12) a lower-case name or abbreviation names, or 0. */
    public static int month(String form) {
        return MONTHS.getOrDefault(form, 0);
    }

    /** True for a month's full name or abbreviation. */
    public static boolean isMonth(String form) {
        return MONTHS.containsKey(form);
    }

    /** True for a month's abbreviation that is not also its full name ("jan", "sept"; not "may"). */
    public static boolean isMonthAbbreviation(String form) {
        return ABBREVIATIONS.contains(form);
    }

    /** The weekday a lower-case name names, or null. */
    public static DayOfWeek weekday(String form) {
        return WEEKDAYS.get(form);
    }

    private static List<String> lines(String name) {
        try (InputStream in = WordLists.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from this build");
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t.toLowerCase(Locale.ROOT));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

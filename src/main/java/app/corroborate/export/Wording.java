package app.corroborate.export;

import app.corroborate.store.Verdict;
import app.corroborate.store.VerdictSnapshot.Passage;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The words the summary writers share, so that Markdown, HTML and PDF say the same thing. */
final class Wording {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Wording() {}

    static String verdict(Verdict v) {
        return switch (v) {
            case VERIFIED -> "Verified";
            case FALSE -> "False";
            case DISPUTED -> "Disputed";
            case UNVERIFIABLE -> "Unverifiable";
            case UNREVIEWED -> "Unreviewed";
        };
    }

    static String time(Instant t) {
        return t == null ? "" : UTC.format(t);
    }

    static String day(Instant t) {
        return t == null ? "" : DAY.format(t);
    }

    /** The line at the top: how many items are unreviewed, and the others by verdict. */
    static String unreviewedLine(Summary.Counts c) {
        return c.unreviewed() + " of " + c.items() + (c.items() == 1 ? " item" : " items")
                + (c.unreviewed() == 1 ? " is" : " are") + " still unreviewed.";
    }

    /**
     * The items by what they are, as the window's status bar counts them: "Flags: 2 of 14 reviewed. Claims: 0 of
     * 18 reviewed." Verdicts on flags or claims the engine no longer raises count as reviewed.
     */
    static String reviewedLine(Summary s) {
        StringBuilder line = new StringBuilder();
        for (boolean flags : new boolean[] {true, false}) {
            long all = Stream.of(s.verified(), s.contested(), s.unverifiable(), s.unreviewed())
                    .flatMap(List::stream)
                    .filter(i -> i.isFlag() == flags)
                    .count();
            long open = s.unreviewed().stream().filter(i -> i.isFlag() == flags).count();
            if (all > 0) {
                line.append(line.isEmpty() ? "" : " ")
                        .append(flags ? "Flags: " : "Claims: ")
                        .append(all - open)
                        .append(" of ")
                        .append(all)
                        .append(" reviewed.");
            }
        }
        return line.toString();
    }

    static String countsLine(Summary.Counts c) {
        return "Verified: " + c.verified() + ". False: " + c.falseItems() + ". Disputed: " + c.disputed()
                + ". Unverifiable: " + c.unverifiable() + ". Unreviewed: " + c.unreviewed() + ".";
    }

    /** "Claim (figure)" or "Flag (number, high)". */
    static String heading(Item i) {
        String what = i.isFlag() ? "Flag" : "Claim";
        String kind = i.kind() == null || i.kind().isEmpty()
                ? ""
                : " (" + i.kind() + (i.severity() == null ? "" : ", " + i.severity()) + ")";
        return what + kind;
    }

    /** The one-line description of an item: a claim's text, a flag's explanation. */
    static String description(Item i) {
        if (!i.isFlag() && i.text() != null && !i.text().isBlank()) {
            return i.text();
        }
        if (i.explanation() != null && !i.explanation().isBlank()) {
            return i.explanation();
        }
        return i.text() == null || i.text().isBlank() ? i.target().id() + " " + i.id() : i.text();
    }

    /** Remarks on where the item stands now: no longer raised, re-imported sources, no snapshot. */
    static List<String> remarks(Item i) {
        List<String> out = new ArrayList<>();
        if (!i.current()) {
            out.add("No longer raised by the current engine (shown as it was when the verdict was set).");
        }
        if (i.sourceChanged()) {
            out.add("A source it quotes was re-imported after the verdict was set; the passages are as the editor "
                    + "saw them.");
        }
        if (!i.current() && !i.snapshot()) {
            out.add("The verdict was set before snapshots were kept: its passages are not known.");
        }
        return out;
    }

    /** How a passage's source stands: "base", "version", "agrees", "differs", "absent". */
    static String role(Passage p) {
        return p.role().equals("variant") ? "version" : p.role();
    }

    static String passageText(Passage p) {
        return p.present() ? p.exact() : "(not in this source)";
    }

    static String annotationVerdict(Verdict v) {
        return v == Verdict.UNREVIEWED ? "Unreviewed" : verdict(v);
    }

    static String generator(Summary s) {
        return "Corroborate " + s.appVersion();
    }
}

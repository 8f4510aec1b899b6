package app.corroborate.ui.common;

import app.corroborate.store.AuditEntry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The small pieces the panes share: section titles, wrapping labels, a source's colour dot, history lines. */
public final class Labels {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private Labels() {}

    public static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    /** A label that wraps and grows to its text, styled {@code style}. */
    public static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** The colour dot of the source at {@code index}. */
    public static Region dot(int index) {
        Region dot = new Region();
        dot.getStyleClass().add("source-dot");
        dot.setStyle("-fx-background-color: " + Palette.css(Math.max(0, index)) + ";");
        return dot;
    }

    /** One line per change: "2026-11-22 14:03 · ed · verdict: unreviewed → verified", "note: “…”". */
    public static List<String> history(List<AuditEntry> entries) {
        List<String> out = new ArrayList<>();
        for (AuditEntry e : entries) {
            String change = e.field().equals("verdict")
                    ? e.oldValue() + " \u2192 " + e.newValue()
                    : e.newValue() == null || e.newValue().isBlank()
                            ? "cleared"
                            : "\u201C" + clip(e.newValue()) + "\u201D";
            out.add(WHEN.format(e.at()) + " \u00B7 " + e.author() + " \u00B7 " + e.field() + ": " + change);
        }
        return out;
    }

    /**
     * The text set in quotation marks, as a passage quoted from a source: "“the mayor said”". A passage that
     * already opens or closes on a quotation mark of its own (a direct quote) is shown as it is, never with its
     * marks doubled.
     */
    public static String quoted(String text) {
        String t = text.strip();
        if (!t.isEmpty()
                && (QUOTE_MARKS.indexOf(t.charAt(0)) >= 0 || QUOTE_MARKS.indexOf(t.charAt(t.length() - 1)) >= 0)) {
            return t;
        }
        return "\u201C" + t + "\u201D";
    }

    private static final String QUOTE_MARKS = "\"\u201C\u201D\u201E\u00AB\u00BB";

    private static String clip(String s) {
        String line = s.replaceAll("\\s+", " ").strip();
        return line.length() <= 60 ? line : line.substring(0, 59) + "\u2026";
    }
}

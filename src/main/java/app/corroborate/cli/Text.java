package app.corroborate.cli;

/** Helpers for printing text in one-line reports. */
final class Text {

    private Text() {}

    /** {@code s} on one line, cut with an ellipsis after {@code max} characters. */
    static String clip(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "\u2026";
    }
}

package app.corroborate.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * A broadcast's subtitles saved as a file (WebVTT, or SubRip's numbered cues): the story is what was said, read as
 * running prose. Cue numbers, timings, settings, notes and styles never enter the text; a cue's markup (voice
 * tags, italics, karaoke timestamps) is removed, and a cue that only describes a sound ("[music]", "(applause)",
 * "♪ ...") is left out. A sentence that runs across cues is joined into one.
 *
 * <p>Guarantees: a paragraph ends only where a sentence ends, and there only when the speaker changes, the
 * pause before the next cue is at least {@link #PAUSE_MS} ms long, or a presenter's framing line ends or begins
 * (see {@link BroadcastLines}: a greeting or a sign-off stands alone, so furniture rules can set it apart); the result goes through {@link HtmlExtractor},
 * so furniture rules apply to it as to any page; a file that is not subtitles after all is read as plain text.
 */
final class SubtitleExtractor {

    /** A cue's timing line: start and end, hours optional in WebVTT, a comma before the milliseconds in SubRip. */
    private static final Pattern TIMING = Pattern.compile(
            "^\\s*((?:\\d{1,2}:)?\\d{1,2}:\\d{2}[.,]\\d{1,3})\\s*-->\\s*((?:\\d{1,2}:)?\\d{1,2}:\\d{2}[.,]\\d{1,3}).*$");

    /** A voice tag naming who speaks ("<v Martha Nangolo>"). */
    private static final Pattern VOICE = Pattern.compile("<v(?:\\.[\\w.-]+)?\\s+([^>]+)>");

    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>|<\\d{1,2}:\\d{2}[:.\\d]*>");

    /** A cue line that only describes a sound or music. */
    private static final Pattern SOUND = Pattern.compile("^\\s*(?:\\[[^\\]]*\\]|\\([^)]*\\)|♪.*|#.*#)\\s*$");

    /** A pause between cues, in milliseconds, long enough to end a paragraph where a sentence ends. */
    static final long PAUSE_MS = 1_500;

    /** Timing lines a SubRip file must show within its first lines to be read as subtitles. */
    private static final int SUBRIP_CUES = 3;

    /** True when {@code text} is a WebVTT file or a SubRip file (numbered cues with timing lines). */
    static boolean isSubtitles(String text) {
        String head = text.length() > 8192 ? text.substring(0, 8192) : text;
        String start = head.stripLeading();
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1);
        }
        if (start.startsWith("WEBVTT")) {
            return true;
        }
        String[] lines = start.split("\\R", -1);
        if (lines.length < 2
                || !lines[0].strip().matches("\\d{1,6}")
                || !TIMING.matcher(lines[1]).matches()) {
            return false;
        }
        int timings = 0;
        for (String line : lines) {
            if (TIMING.matcher(line).matches()) {
                timings++;
            }
        }
        return timings >= Math.min(SUBRIP_CUES, lines.length / 4);
    }

    /** One cue's text with when it starts and ends and who speaks it (empty when no voice is named). */
    private record Cue(long start, long end, String voice, String text) {}

    Extraction extract(String text) {
        List<Cue> cues = cues(text);
        if (cues.isEmpty()) {
            return new PlainTextExtractor().extract(text);
        }
        StringBuilder html = new StringBuilder("<!doctype html><html><head></head><body><article>");
        StringBuilder paragraph = new StringBuilder();
        Cue before = null;
        for (Cue cue : cues) {
            if (before != null
                    && endsSentence(paragraph)
                    && (cue.start() - before.end() >= PAUSE_MS
                            || !cue.voice().equals(before.voice())
                            || BroadcastLines.framing(lastSentence(paragraph))
                            || BroadcastLines.framing(cue.text()))) {
                close(html, paragraph);
            }
            if (paragraph.length() > 0) {
                paragraph.append(' ');
            }
            paragraph.append(cue.text());
            before = cue;
        }
        close(html, paragraph);
        html.append("</article></body></html>");
        return new HtmlExtractor().extract(html.toString());
    }

    private static void close(StringBuilder html, StringBuilder paragraph) {
        if (paragraph.length() > 0) {
            html.append("<p>").append(Entities.escape(paragraph.toString())).append("</p>");
            paragraph.setLength(0);
        }
    }

    /** The last sentence of a paragraph: after its last sentence end before the final one. */
    private static String lastSentence(CharSequence s) {
        String t = s.toString().strip();
        for (int i = t.length() - 2; i > 0; i--) {
            char c = t.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && Character.isWhitespace(t.charAt(i + 1))) {
                return t.substring(i + 1).strip();
            }
        }
        return t;
    }

    private static boolean endsSentence(CharSequence s) {
        int i = s.length() - 1;
        while (i >= 0 && (s.charAt(i) == '"' || s.charAt(i) == '\u201D' || s.charAt(i) == '\'' || s.charAt(i) == ')')) {
            i--;
        }
        return i >= 0 && (s.charAt(i) == '.' || s.charAt(i) == '?' || s.charAt(i) == '!');
    }

    /** The cues in file order: blocks separated by blank lines, each with a timing line. */
    private static List<Cue> cues(String text) {
        List<Cue> out = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : (text.replace("\uFEFF", "") + "\n").split("\\R", -1)) {
            if (line.isBlank()) {
                cue(block).forEach(c -> {
                    boolean same = c.voice().isEmpty() && !out.isEmpty(); // no voice named: the last one goes on
                    out.add(
                            same
                                    ? new Cue(
                                            c.start(),
                                            c.end(),
                                            out.get(out.size() - 1).voice(),
                                            c.text())
                                    : c);
                });
                block.clear();
            } else {
                block.add(line);
            }
        }
        return out;
    }

    /**
     * The utterances of one cue block, in order: one, or one per speaker when the cue's lines change speaker (a
     * voice tag, a dash or chevrons that open a line: "- Where were you?" / "- At the jetty."). Empty for the
     * header, a NOTE, STYLE or REGION block, and a cue of sounds only.
     */
    private static List<Cue> cue(List<String> block) {
        int timing = -1;
        for (int i = 0; i < block.size() && i < 2; i++) {
            if (TIMING.matcher(block.get(i)).matches()) {
                timing = i;
                break;
            }
        }
        List<Cue> out = new ArrayList<>();
        if (timing < 0) {
            return out;
        }
        Matcher m = TIMING.matcher(block.get(timing));
        m.matches();
        long start = ms(m.group(1));
        long end = ms(m.group(2));
        String voice = "";
        List<String> words = new ArrayList<>();
        for (String line : block.subList(timing + 1, block.size())) {
            String before = voice;
            Matcher v = VOICE.matcher(line);
            if (v.find()) {
                voice = v.group(1).strip();
            }
            String plain = Entities.unescape(TAG.matcher(line).replaceAll("")).strip();
            if (plain.startsWith(">>") || plain.startsWith("- ")) {
                voice = "turn at " + block.get(timing) + " " + out.size() + words.size(); // another speaker
                plain = plain.substring(2).strip();
            }
            if (!voice.equals(before) && !words.isEmpty()) {
                out.add(new Cue(start, end, before, String.join(" ", words)));
                words.clear();
            }
            if (!plain.isEmpty() && !SOUND.matcher(plain).matches()) {
                words.add(plain);
            }
        }
        if (!words.isEmpty()) {
            out.add(new Cue(start, end, voice, String.join(" ", words)));
        }
        return out;
    }

    /** A cue time ("00:01:02.500", "01:02,5") in milliseconds. */
    static long ms(String time) {
        String[] parts = time.replace(',', '.').split(":");
        double seconds = Double.parseDouble(parts[parts.length - 1]);
        long minutes = Long.parseLong(parts[parts.length - 2]);
        long hours = parts.length > 2 ? Long.parseLong(parts[0]) : 0;
        return Math.round(((hours * 60 + minutes) * 60 + seconds) * 1000);
    }
}

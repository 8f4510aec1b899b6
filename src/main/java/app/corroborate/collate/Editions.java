package app.corroborate.collate;

import app.corroborate.facts.Counts;
import app.corroborate.facts.DocumentAnalysis;
import app.corroborate.facts.Figures;
import app.corroborate.facts.SentenceInfo;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Whether a copy of the base's wire text is an earlier edition of it: one that counts what happened (the dead, the
 * injured, the missing, the rescued ...) with figures the base has since replaced. An editor expects such an
 * edition to carry the earlier toll and to lack the paragraphs the wire added later.
 *
 * <p>Guarantees: only a copy of the base can be an edition; it is one when both carry the wire's slug and the base's
 * header numbers a later update than the copy's ("UPDATE 1" against none), or when, for some concept the base counts, none of
 * the copy's figures for it is one of the base's and the lowest is below the base's lowest: a toll rises as it is updated, so a later edition (a
 * higher toll) is not taken for an earlier one. Counts of who (workers) say nothing of time and are left out.
 * Linear in the two documents' figures.
 */
final class Editions {

    /**
     * A wire's own word that its text goes on in a later take ("MORE TO FOLLOW", "-- MORE --", "(MORE)", "More to
     * come", "Updates to follow"), alone on its line: the edition stops there. A bare "MORE" is a menu's item and a
     * "developing story" a page's label, not this.
     */
    private static final java.util.regex.Pattern CONTINUED = java.util.regex.Pattern.compile(
            "(?i)(?:[-\u2013\u2014]+[ \\t]*more[ \\t]*[-\u2013\u2014]+|\\(more\\)|more to (?:follow|come)"
                    + "|updates? to follow|this story will be updated)[ \\t]*[.!]?");

    /** A continuation line is short: the longest form above with its dashes and spaces. */
    private static final int CONTINUED_LINE = 40;

    /**
     * A desk's notice with the continuation at its end ("This is a developing story. More to come.") is a short
     * line too: the notice and the marker, no story sentence.
     */
    private static final int NOTICE_LINE = 80;

    /** The line's last sentence is a continuation marker and the sentence before it a desk's notice. */
    private static final java.util.regex.Pattern NOTICE = java.util.regex.Pattern.compile(
            "(?i)this is an? (?:developing|breaking|updating)(?: news)? (?:story|report|update)[.!]");

    private Editions() {}

    private static boolean continuedAfterNotice(String line) {
        int cut = line.indexOf(". ");
        cut = cut < 0 ? line.indexOf("! ") : cut;
        return cut > 0
                && NOTICE.matcher(line.substring(0, cut + 1)).matches()
                && CONTINUED.matcher(line.substring(cut + 2).strip()).matches();
    }

    /**
     * Where a document says its text goes on in a later take (the start of its first continuation line), or -1: any
     * source, copy or not, since the marker says so itself (unlike {@link #earlier}, which reads a copy's counts).
     * Read once per document and kept with its analysis.
     */
    static int continuedAt(DocumentAnalysis doc) {
        return doc.memo(CONTINUED, Editions::findContinued);
    }

    private static int findContinued(DocumentAnalysis doc) {
        String text = doc.text();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end).strip();
            if (line.length() <= CONTINUED_LINE && CONTINUED.matcher(line).matches()
                    || line.length() <= NOTICE_LINE && continuedAfterNotice(line)) {
                return start;
            }
            start = end + 1;
        }
        return -1;
    }

    /**
     * A wire's slug and the number of its edition in its header: "GHANA-COCOA/PRICE (UPDATE 1, adds ...)",
     * "SERBIA-BOMB/ (UPDATE 2)", "2ND WRITETHRU" (capitals, as sent).
     */
    private static final java.util.regex.Pattern UPDATE =
            java.util.regex.Pattern.compile("\\bUPDATE (\\d{1,2})\\b|\\b(\\d{1,2})(?:ST|ND|RD|TH) WRITETHRU\\b");

    /** A wire's slug: a word in capitals with a slash or a hyphen inside ("GHANA-COCOA/PRICE", "SERBIA-BOMB/"). */
    private static final java.util.regex.Pattern SLUG =
            java.util.regex.Pattern.compile("\\b\\p{Lu}{2,}[-/][\\p{Lu}/-]*");

    /** The header lines a wire's edition number stands in: above the story's first paragraphs. */
    static final int HEADER_CHARS = 400;

    private static String header(DocumentAnalysis doc) {
        return doc.text().substring(0, Math.min(HEADER_CHARS, doc.text().length()));
    }

    /** The edition number a document's header gives (0 for none: a first edition says no number). */
    static int updateNumber(DocumentAnalysis doc) {
        java.util.regex.Matcher m = UPDATE.matcher(header(doc));
        return m.find() ? Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)) : 0;
    }

    /**
     * The copy is the wire's own earlier edition by its header: it carries the slug that stands before the base's
     * edition number on the same line, with a lower edition number than the base's ("GHANA-COCOA/PRICE" against "GHANA-COCOA/PRICE (UPDATE 1)"). An
     * outlet's page that dropped the wire's header says nothing of its edition.
     */
    static boolean earlierByHeader(DocumentAnalysis base, DocumentAnalysis copy) {
        String head = header(base);
        java.util.regex.Matcher update = UPDATE.matcher(head);
        if (!update.find() || updateNumber(base) <= updateNumber(copy)) {
            return false;
        }
        int lineStart = head.lastIndexOf('\n', update.start()) + 1;
        int lineEnd = head.indexOf('\n', update.start());
        String line = head.substring(lineStart, lineEnd < 0 ? head.length() : lineEnd);
        java.util.regex.Matcher slug = SLUG.matcher(line.substring(0, update.start() - lineStart));
        String copyHeader = header(copy);
        while (slug.find()) {
            if (copyHeader.contains(slug.group())) {
                return true;
            }
        }
        return false;
    }

    static boolean earlier(DocumentAnalysis base, DocumentAnalysis copy) {
        if (earlierByHeader(base, copy)) {
            return true;
        }
        Map<String, Set<Double>> was = counts(base);
        Map<String, Set<Double>> now = counts(copy);
        for (var e : now.entrySet()) {
            Set<Double> before = was.get(e.getKey());
            if (before != null
                    && e.getValue().stream().noneMatch(before::contains)
                    && Collections.min(e.getValue()) < Collections.min(before)) {
                return true;
            }
        }
        return false;
    }

    /** The values each concept is counted with in the story sentences of a document (exact figures only). */
    private static Map<String, Set<Double>> counts(DocumentAnalysis doc) {
        Map<String, Set<Double>> out = new HashMap<>();
        for (SentenceInfo s : doc.sentences()) {
            if (s.headline()) {
                continue;
            }
            for (var n : s.numbers()) {
                if (Figures.isDatePart(doc, n) || n.vague()) {
                    continue;
                }
                Figures.Figure f = Figures.of(doc, n);
                for (String concept : Counts.of(doc, f)) {
                    if (!Counts.who(concept)) {
                        out.computeIfAbsent(concept, k -> new HashSet<>()).add(n.low());
                    }
                }
            }
        }
        return out;
    }
}

package app.corroborate.export;

import app.corroborate.store.VerdictSnapshot.Passage;
import java.util.List;

/**
 * The summary as Markdown (CommonMark with pipe tables).
 *
 * <p>Guarantees: every text from a source, a note or the evidence is escaped, so it shows as written and never
 * as markup or raw HTML; only http(s) evidence becomes a link; the unreviewed count is the first thing after the
 * title; unreviewed items appear only under "Unreviewed". Linear in the size of the summary.
 */
public final class MarkdownWriter {

    public String write(Summary s) {
        StringBuilder b = new StringBuilder();
        b.append("# Verified summary: ").append(md(s.title())).append("\n\n");
        b.append("**")
                .append(Wording.unreviewedLine(s.counts()))
                .append("** ")
                .append(Wording.countsLine(s.counts()))
                .append(Wording.reviewedLine(s).isEmpty() ? "" : " " + Wording.reviewedLine(s))
                .append("\n\n");
        b.append("Case created ")
                .append(Wording.day(s.created()))
                .append(" by ")
                .append(md(s.editor()))
                .append(". Summary exported ")
                .append(Wording.time(s.exported()))
                .append(".\n\n");
        sources(b, s);
        section(b, "Verified claims and flags", s.verified(), "Nothing is verified yet.");
        section(b, "False and disputed", s.contested(), "Nothing is false or disputed.");
        section(b, "Unverifiable", s.unverifiable(), "Nothing is marked unverifiable.");
        unreviewed(b, s.unreviewed());
        annotations(b, s.annotations());
        provenance(b, s);
        return b.toString();
    }

    private static void sources(StringBuilder b, Summary s) {
        b.append("## Sources\n\n| # | Outlet | Headline | Published | File | SHA-256 | Copy group |\n")
                .append("|---|---|---|---|---|---|---|\n");
        int n = 1;
        for (SummarySource src : s.sources()) {
            b.append("| ")
                    .append(n++)
                    .append(" | ")
                    .append(cell(src.label()))
                    .append(" | ")
                    .append(cell(src.headline()))
                    .append(" | ")
                    .append(cell(src.published()))
                    .append(" | ")
                    .append(cell(src.fileName()))
                    .append(" | `")
                    .append(src.sha256())
                    .append("` | ")
                    .append(src.copyGroup())
                    .append(" |\n");
        }
        b.append('\n');
    }

    private static void section(StringBuilder b, String title, List<Item> items, String none) {
        b.append("## ").append(title).append("\n\n");
        if (items.isEmpty()) {
            b.append(none).append("\n\n");
        }
        for (Item i : items) {
            b.append("### ")
                    .append(Wording.verdict(i.verdict()))
                    .append(": ")
                    .append(md(Wording.description(i)))
                    .append("\n\n");
            b.append("- ")
                    .append(Wording.heading(i))
                    .append(", verdict **")
                    .append(Wording.verdict(i.verdict()))
                    .append("** by ")
                    .append(md(i.author()))
                    .append(", ")
                    .append(Wording.time(i.updated()))
                    .append('\n');
            if (!i.isFlag()) {
                b.append("- Independent sources stating it: ")
                        .append(i.supporters().size());
                b.append(i.supporters().isEmpty() ? "" : " (" + md(String.join("; ", i.supporters())) + ")");
                b.append('\n');
            }
            if (i.note() != null && !i.note().isBlank()) {
                b.append("- Note: ").append(md(i.note())).append('\n');
            }
            for (String e : i.evidenceLines()) {
                b.append("- Evidence: ").append(evidence(e)).append('\n');
            }
            for (String r : Wording.remarks(i)) {
                b.append("- *").append(r).append("*\n");
            }
            passages(b, i.passages());
        }
    }

    private static void passages(StringBuilder b, List<Passage> passages) {
        if (passages.isEmpty()) {
            b.append('\n');
            return;
        }
        b.append("\n| Source | Stand | What it says |\n|---|---|---|\n");
        for (Passage p : passages) {
            b.append("| ")
                    .append(cell(p.label()))
                    .append(" | ")
                    .append(Wording.role(p))
                    .append(" | ")
                    .append(cell(Wording.passageText(p)))
                    .append(" |\n");
        }
        b.append('\n');
    }

    private static void unreviewed(StringBuilder b, List<Item> items) {
        b.append("## Unreviewed (not verified)\n\n");
        if (items.isEmpty()) {
            b.append("Every item has a verdict.\n\n");
            return;
        }
        for (Item i : items) {
            String where = i.passages().stream()
                    .filter(p -> p.role().equals("variant"))
                    .map(Passage::label)
                    .findFirst()
                    .map(l -> " in " + md(l))
                    .orElse("");
            b.append("- Unreviewed: ")
                    .append(Wording.heading(i))
                    .append(where)
                    .append(": ")
                    .append(md(Wording.description(i)))
                    .append('\n');
        }
        b.append('\n');
    }

    private static void annotations(StringBuilder b, List<AnnotationEntry> annotations) {
        b.append("## Annotations\n\n");
        if (annotations.isEmpty()) {
            b.append("No annotations.\n\n");
            return;
        }
        for (AnnotationEntry a : annotations) {
            b.append("- \u201c")
                    .append(md(a.exact()))
                    .append("\u201d (")
                    .append(md(a.sourceLabel()))
                    .append("): ")
                    .append(Wording.annotationVerdict(a.verdict()))
                    .append(". ")
                    .append(md(a.note()))
                    .append(a.orphaned() ? " *(orphaned: the passage is no longer in the source)*" : "")
                    .append('\n');
        }
        b.append('\n');
    }

    private static void provenance(StringBuilder b, Summary s) {
        b.append("## Provenance\n\n");
        for (SummarySource src : s.sources()) {
            b.append("- ")
                    .append(md(src.label()))
                    .append(" (")
                    .append(md(src.fileName()))
                    .append("): ")
                    .append(src.web() != null ? md(src.fetched()) + ", imported " : "imported ")
                    .append(Wording.time(src.imported()))
                    .append(", SHA-256 `")
                    .append(src.sha256())
                    .append("`\n");
        }
        b.append("- Exported ")
                .append(Wording.time(s.exported()))
                .append(" with ")
                .append(Wording.generator(s))
                .append('\n');
    }

    /** An evidence line: http(s) addresses as autolinks, everything else as text. */
    private static String evidence(String line) {
        StringBuilder b = new StringBuilder();
        for (String token : line.split(" ")) {
            b.append(b.length() == 0 ? "" : " ");
            b.append(Links.isWebUrl(token) && !token.contains(">") ? "<" + token + ">" : md(token));
        }
        return b.toString();
    }

    private static String cell(String s) {
        return s == null || s.isBlank() ? "" : md(s);
    }

    /**
     * Text as Markdown shows it, on one line: every character that could open markup, a link, an entity or raw HTML
     * backslash-escaped (line-start markers cannot occur: the text never starts a line).
     */
    static String md(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char c : s.replaceAll("\\s+", " ").strip().toCharArray()) {
            if ("\\`*_{}[]<>#|~&".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }
}

package app.corroborate.export;

import app.corroborate.store.VerdictSnapshot.Passage;
import java.util.List;

/**
 * The summary as one self-contained, printable HTML file: inline CSS, no script, no resource outside the file.
 * The same markup is well-formed XML, so {@link PdfWriter} renders it as it is.
 *
 * <p>Guarantees: every text from the case (sources, notes, evidence, names) is escaped and characters XML does
 * not allow are dropped; evidence becomes an {@code <a href>} only for an absolute http(s) address, any other
 * scheme is shown as text; the unreviewed count comes right after the title; unreviewed items appear only under
 * "Unreviewed". Linear in the size of the summary.
 */
public final class HtmlWriter {

    private static final String CSS =
            """
            body{font-family:'DejaVu Sans',Arial,Helvetica,sans-serif;font-size:10.5pt;line-height:1.4;color:#1b1b1b;\
            margin:2em auto;max-width:60em;padding:0 1em}
            h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.25em;border-bottom:1px solid #999;margin-top:1.6em}
            h3{font-size:1.05em;margin:1.2em 0 .3em}
            .counts{font-size:1.05em;padding:.5em .8em;border:1px solid #b58900;background:#fdf6e3}
            .counts strong{color:#8a4b00}
            table{border-collapse:collapse;table-layout:fixed;width:100%;margin:.4em 0 .8em;font-size:.92em}
            th,td{border:1px solid #bbb;padding:.25em .45em;text-align:left;vertical-align:top}
            th{background:#eee}.w4{width:4%}.w8{width:8%}.w13{width:13%}.w20{width:20%}.w12{width:12%}.w14{width:14%}
            .w15{width:15%}.w22{width:22%}.w26{width:26%}.w66{width:66%}
            td.hash{font-family:'DejaVu Sans Mono',monospace;font-size:.8em;word-wrap:break-word}
            .verdict{font-weight:bold}.v-verified{color:#1d6b2f}.v-false{color:#a11}.v-disputed{color:#a15c00}
            .v-unverifiable{color:#555}.v-unreviewed{color:#555;font-style:italic}
            .remark{font-style:italic;color:#6a3d00}.note{white-space:pre-wrap}
            ul{padding-left:1.3em}footer{margin-top:2em;font-size:.85em;color:#444;border-top:1px solid #999}
            @page{size:A4;margin:18mm 16mm}
            @media print{body{margin:0;max-width:none}a{color:#1b1b1b}}
            """;

    public String write(Summary s) {
        StringBuilder b = new StringBuilder(16_384);
        b.append("<!DOCTYPE html>\n<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<meta name=\"generator\" content=\"")
                .append(esc(Wording.generator(s)))
                .append("\"/>\n<title>Verified summary: ")
                .append(esc(s.title()))
                .append("</title>\n<style>\n")
                .append(CSS)
                .append("</style>\n</head>\n<body>\n");
        b.append("<h1>Verified summary: ").append(esc(s.title())).append("</h1>\n");
        b.append("<p class=\"counts\"><strong>")
                .append(Wording.unreviewedLine(s.counts()))
                .append("</strong> ")
                .append(Wording.countsLine(s.counts()))
                .append(Wording.reviewedLine(s).isEmpty() ? "" : " " + Wording.reviewedLine(s))
                .append("</p>\n");
        b.append("<p>Case created ")
                .append(Wording.day(s.created()))
                .append(" by ")
                .append(esc(s.editor()))
                .append(". Summary exported ")
                .append(Wording.time(s.exported()))
                .append(".</p>\n");
        sources(b, s);
        section(b, "verified", "Verified claims and flags", s.verified(), "Nothing is verified yet.");
        section(b, "contested", "False and disputed", s.contested(), "Nothing is false or disputed.");
        section(b, "unverifiable", "Unverifiable", s.unverifiable(), "Nothing is marked unverifiable.");
        unreviewed(b, s.unreviewed());
        annotations(b, s.annotations());
        provenance(b, s);
        return b.append("</body>\n</html>\n").toString();
    }

    private static void sources(StringBuilder b, Summary s) {
        b.append("<h2>Sources</h2>\n<table>\n<thead><tr><th class=\"w4\">#</th><th class=\"w15\">Outlet</th>")
                .append("<th class=\"w20\">Headline</th><th class=\"w13\">Published</th>")
                .append("<th class=\"w14\">File</th><th class=\"w26\">SHA-256</th>")
                .append("<th class=\"w8\">Copy group</th></tr></thead>\n<tbody>\n");
        int n = 1;
        for (SummarySource src : s.sources()) {
            b.append("<tr><td>")
                    .append(n++)
                    .append("</td><td>")
                    .append(esc(src.label()))
                    .append("</td><td>")
                    .append(esc(src.headline()))
                    .append("</td><td>")
                    .append(esc(src.published()))
                    .append("</td><td>")
                    .append(esc(src.fileName()))
                    .append("</td><td class=\"hash\">")
                    .append(esc(src.sha256()))
                    .append("</td><td>")
                    .append(src.copyGroup())
                    .append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    private static void section(StringBuilder b, String id, String title, List<Item> items, String none) {
        b.append("<section id=\"").append(id).append("\">\n<h2>").append(title).append("</h2>\n");
        if (items.isEmpty()) {
            b.append("<p>").append(none).append("</p>\n");
        }
        for (Item i : items) {
            b.append("<div class=\"item\">\n<h3><span class=\"verdict v-")
                    .append(i.verdict().id())
                    .append("\">")
                    .append(Wording.verdict(i.verdict()))
                    .append(":</span> ")
                    .append(esc(Wording.description(i)))
                    .append("</h3>\n<ul>\n<li>")
                    .append(Wording.heading(i))
                    .append(", verdict <span class=\"verdict")
                    .append("\">")
                    .append(Wording.verdict(i.verdict()))
                    .append("</span> by ")
                    .append(esc(i.author()))
                    .append(", ")
                    .append(Wording.time(i.updated()))
                    .append("</li>\n");
            if (!i.isFlag()) {
                b.append("<li>Independent sources stating it: ")
                        .append(i.supporters().size())
                        .append(i.supporters().isEmpty() ? "" : " (" + esc(String.join("; ", i.supporters())) + ")")
                        .append("</li>\n");
            }
            if (i.note() != null && !i.note().isBlank()) {
                b.append("<li>Note: <span class=\"note\">")
                        .append(esc(i.note()))
                        .append("</span></li>\n");
            }
            for (String e : i.evidenceLines()) {
                b.append("<li>Evidence: ").append(evidence(e)).append("</li>\n");
            }
            for (String r : Wording.remarks(i)) {
                b.append("<li class=\"remark\">").append(esc(r)).append("</li>\n");
            }
            b.append("</ul>\n");
            passages(b, i.passages());
            b.append("</div>\n");
        }
        b.append("</section>\n");
    }

    private static void passages(StringBuilder b, List<Passage> passages) {
        if (passages.isEmpty()) {
            return;
        }
        b.append("<table class=\"passages\">\n<thead><tr><th class=\"w22\">Source</th><th class=\"w12\">Stand</th>")
                .append("<th class=\"w66\">What it says</th></tr>")
                .append("</thead>\n<tbody>\n");
        for (Passage p : passages) {
            b.append("<tr><td>")
                    .append(esc(p.label()))
                    .append("</td><td>")
                    .append(esc(Wording.role(p)))
                    .append("</td><td>")
                    .append(esc(Wording.passageText(p)))
                    .append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
    }

    private static void unreviewed(StringBuilder b, List<Item> items) {
        b.append("<section id=\"unreviewed\">\n<h2>Unreviewed (not verified)</h2>\n");
        if (items.isEmpty()) {
            b.append("<p>Every item has a verdict.</p>\n</section>\n");
            return;
        }
        b.append("<ul class=\"unreviewed\">\n");
        for (Item i : items) {
            String where = i.passages().stream()
                    .filter(p -> p.role().equals("variant"))
                    .map(Passage::label)
                    .findFirst()
                    .map(l -> " in " + esc(l))
                    .orElse("");
            b.append("<li><span class=\"verdict v-unreviewed\">Unreviewed:</span> ")
                    .append(Wording.heading(i))
                    .append(where)
                    .append(": ")
                    .append(esc(Wording.description(i)))
                    .append("</li>\n");
        }
        b.append("</ul>\n</section>\n");
    }

    private static void annotations(StringBuilder b, List<AnnotationEntry> annotations) {
        b.append("<h2>Annotations</h2>\n");
        if (annotations.isEmpty()) {
            b.append("<p>No annotations.</p>\n");
            return;
        }
        b.append("<ul class=\"annotations\">\n");
        for (AnnotationEntry a : annotations) {
            b.append("<li>\u201c")
                    .append(esc(a.exact()))
                    .append("\u201d (")
                    .append(esc(a.sourceLabel()))
                    .append("): ")
                    .append("<span class=\"verdict v-")
                    .append(a.verdict().id())
                    .append("\">")
                    .append(Wording.annotationVerdict(a.verdict()))
                    .append("</span>. <span class=\"note\">")
                    .append(esc(a.note()))
                    .append("</span>")
                    .append(a.orphaned() ? " <em>(orphaned: the passage is no longer in the source)</em>" : "")
                    .append("</li>\n");
        }
        b.append("</ul>\n");
    }

    private static void provenance(StringBuilder b, Summary s) {
        b.append("<footer>\n<h2>Provenance</h2>\n<ul>\n");
        for (SummarySource src : s.sources()) {
            b.append("<li>")
                    .append(esc(src.label()))
                    .append(" (")
                    .append(esc(src.fileName()))
                    .append("): ")
                    .append(src.web() != null ? esc(src.fetched()) + ", imported " : "imported ")
                    .append(Wording.time(src.imported()))
                    .append(", SHA-256 <code>")
                    .append(esc(src.sha256()))
                    .append("</code></li>\n");
        }
        b.append("<li>Exported ")
                .append(Wording.time(s.exported()))
                .append(" with ")
                .append(esc(Wording.generator(s)))
                .append("</li>\n</ul>\n</footer>\n");
    }

    /** An evidence line: absolute http(s) addresses as links, everything else (other schemes too) as text. */
    private static String evidence(String line) {
        StringBuilder b = new StringBuilder();
        for (String token : line.split(" ")) {
            b.append(b.length() == 0 ? "" : " ");
            if (Links.isWebUrl(token)) {
                b.append("<a href=\"")
                        .append(esc(token))
                        .append("\">")
                        .append(esc(token))
                        .append("</a>");
            } else {
                b.append(esc(token));
            }
        }
        return b.toString();
    }

    /** Text for HTML and XML content or attributes: markup characters escaped, characters XML forbids dropped. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        b.append(c == '\r' ? '\n' : c);
                    }
                }
            }
        }
        return b.toString();
    }
}

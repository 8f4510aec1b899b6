package app.corroborate.source;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads headline, outlet, publication date and byline from the meta tags and markup of a page. */
final class HtmlMetadata {

    private HtmlMetadata() {}

    static SourceMetadata read(Document doc) {
        String title = first(doc, "meta[property=og:title]", "meta[name=twitter:title]", "meta[name=title]");
        if (title == null) {
            title = text(doc.selectFirst("h1"));
        }
        if (title == null && !doc.title().isBlank()) {
            title = doc.title().strip();
        }
        String outlet = first(
                doc,
                "meta[property=og:site_name]",
                "meta[name=application-name]",
                "meta[name=publisher]",
                "meta[property=article:publisher]");
        String[] split = siteSuffix(title);
        if (split != null) {
            title = split[0];
            outlet = outlet != null ? outlet : split[1];
        }
        String published = first(
                doc,
                "meta[property=article:published_time]",
                "meta[itemprop=datePublished]",
                "meta[name=pubdate]",
                "meta[name=publishdate]",
                "meta[name=publish-date]",
                "meta[name=date]",
                "meta[name=dc.date]",
                "meta[name=DC.date.issued]",
                "meta[name=sailthru.date]");
        if (published == null) {
            Element time = doc.selectFirst("time[datetime]");
            published = time != null ? time.attr("datetime") : null;
        }
        String byline = first(doc, "meta[name=author]", "meta[property=article:author]");
        if (byline == null) {
            byline = text(doc.selectFirst("[rel=author], [itemprop=author]"));
        }
        return new SourceMetadata(title, outlet, published == null ? null : Dates.toIsoOrSelf(published), byline);
    }

    /** "Headline - Outlet" or "Headline | Outlet": the headline and the outlet, or null. */
    static String[] siteSuffix(String title) {
        if (title == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(.{12,}?)\\s+[|\u2013\u2014-]\\s+([^|]{2,40})$")
                .matcher(title);
        if (m.matches() && m.group(2).strip().split("\\s+").length <= 4) {
            return new String[] {m.group(1).strip(), m.group(2).strip()};
        }
        return null;
    }

    private static String first(Document doc, String... selectors) {
        for (String selector : selectors) {
            Element el = doc.selectFirst(selector);
            if (el != null && !el.attr("content").isBlank()) {
                return el.attr("content").strip();
            }
        }
        return null;
    }

    private static String text(Element el) {
        return el == null || el.text().isBlank() ? null : el.text().strip();
    }
}

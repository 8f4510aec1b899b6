package app.corroborate.source;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Removes what a browser would not show: scripts, styles, templates, noscript, hidden elements, form data. */
final class HtmlVisibility {

    private HtmlVisibility() {}

    static void removeInvisible(Document doc) {
        doc.select("script, style, template, noscript, iframe, object, embed, svg, canvas, head, "
                        + "input, select, textarea, button[hidden], [hidden], [aria-hidden=true]")
                .remove();
        for (Element el : doc.select("[style]")) {
            String style = el.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
            if (style.contains("display:none") || style.contains("visibility:hidden")) {
                el.remove();
            }
        }
    }
}

package app.corroborate.export;

import app.corroborate.source.WebProvenance;
import java.time.Instant;

/**
 * One source in the summary's sources table and provenance footer.
 *
 * @param label     the outlet when known, else the file name
 * @param sha256    the hash of the source's raw bytes as now kept in the case
 * @param copyGroup 1-based: sources of one wire text share it
 * @param url       the source's address when it was imported from an http(s) URL (the final address after
 *                  redirects for a fetched page), else null
 * @param text      the text {@code extract} prints for the source (what positions index)
 * @param web       where a fetched page came from (address asked for, final address, time), else null
 */
public record SummarySource(
        String id,
        String label,
        String outlet,
        String headline,
        String published,
        String fileName,
        String sha256,
        int copyGroup,
        Instant imported,
        String url,
        String text,
        WebProvenance web) {

    /** A source that was not fetched from the web. */
    public SummarySource(
            String id,
            String label,
            String outlet,
            String headline,
            String published,
            String fileName,
            String sha256,
            int copyGroup,
            Instant imported,
            String url,
            String text) {
        this(id, label, outlet, headline, published, fileName, sha256, copyGroup, imported, url, text, null);
    }

    /** "fetched from ADDRESS (redirected to FINAL) on TIME", or null for a file. */
    public String fetched() {
        if (web == null) {
            return null;
        }
        return "fetched from " + web.address() + (web.redirected() ? " (redirected to " + web.finalAddress() + ")" : "")
                + " on " + Wording.time(web.retrieved());
    }
}

package app.corroborate.export;

import java.time.Instant;

/**
 * One source in the summary's sources table and provenance footer.
 *
 * @param label     the outlet when known, else the file name
 * @param sha256    the hash of the source's raw bytes as now kept in the case
 * @param copyGroup 1-based: sources of one wire text share it
 * @param url       the source's address when it was imported from an http(s) URL, else null
 * @param text      the text {@code extract} prints for the source (what positions index)
 */
public record SummarySource(String id, String label, String outlet, String headline, String published,
        String fileName, String sha256, int copyGroup, Instant imported, String url, String text) {
}

package app.corroborate.store;

import app.corroborate.source.WebProvenance;
import java.time.Instant;

/**
 * A source as the case keeps it (the raw bytes are read separately with {@link CaseStore#raw}).
 *
 * @param id         stable within the case
 * @param position   order of import, the base first unless the editor chose another
 * @param textSha256 hash of the extracted text that annotations are anchored on
 * @param web        where a source fetched from the web came from; null for a file or pasted text
 * @param removed    when the editor removed it from the comparison (it stays in the case); null while in it
 */
public record StoredSource(
        String id,
        int position,
        boolean base,
        String fileName,
        String path,
        String sha256,
        String format,
        String encoding,
        String title,
        String outlet,
        String published,
        String byline,
        Instant imported,
        String text,
        String textSha256,
        WebProvenance web,
        Instant removed) {}

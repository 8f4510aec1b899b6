package app.corroborate.store;

import java.time.Instant;

/**
 * A source as the case keeps it (the raw bytes are read separately with {@link CaseStore#raw}).
 *
 * @param id         stable within the case
 * @param position   order of import, the base first unless the editor chose another
 * @param textSha256 hash of the extracted text that annotations are anchored on
 */
public record StoredSource(String id, int position, boolean base, String fileName, String path, String sha256,
        String format, String encoding, String title, String outlet, String published, String byline,
        Instant imported, String text, String textSha256) {
}

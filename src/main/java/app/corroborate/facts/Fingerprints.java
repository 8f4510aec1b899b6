package app.corroborate.facts;

import app.corroborate.source.SourceImporter;
import java.nio.charset.StandardCharsets;

/** Stable short ids for findings and claims: the same words in the same sources give the same id on every run. */
public final class Fingerprints {

    private Fingerprints() {}

    /** The first 16 hex digits of the key's SHA-256. */
    public static String of(String key) {
        return SourceImporter.sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }
}

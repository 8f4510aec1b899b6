package app.corroborate.store;

import app.corroborate.source.ImportException;
import app.corroborate.source.SourceDocument;
import app.corroborate.source.SourceImporter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Documents and a fixed clock for the store tests of both stores. */
public final class StoreFixtures {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2031-04-15T10:00:00Z"), ZoneOffset.UTC);
    public static final String WIRE = "The dam opened its gates on Tuesday after heavy rain. About 1,200 residents "
            + "were evacuated, the governor said. Two people were missing near Eastholm, police said.";

    private StoreFixtures() {}

    public static SourceDocument doc(String name, String text) {
        try {
            return new SourceImporter().fromBytes(name, text.getBytes(StandardCharsets.UTF_8));
        } catch (ImportException e) {
            throw new AssertionError(e.describe(), e);
        }
    }
}

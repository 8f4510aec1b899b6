package app.corroborate.store;

import java.time.Instant;

/** A case's title, when it was created and by which editor. */
public record CaseInfo(String title, Instant created, String editor) {}

package app.corroborate.store;

import java.util.Arrays;
import java.util.Locale;

/** The editor's judgement on a flag, a claim or an annotated passage. */
public enum Verdict {
    UNREVIEWED,
    VERIFIED,
    DISPUTED,
    FALSE,
    UNVERIFIABLE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The verdict named {@code id}, or a one-line refusal listing the valid ones. */
    public static Verdict parse(String id) throws CaseException {
        for (Verdict v : values()) {
            if (v.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
                return v;
            }
        }
        throw new CaseException("unknown verdict '" + id + "'; use one of "
                + String.join(", ", Arrays.stream(values()).map(Verdict::id).toList()));
    }
}

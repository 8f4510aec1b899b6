package app.corroborate.ui.claims;

import app.corroborate.claim.Claim;
import app.corroborate.claim.Status;
import app.corroborate.claim.Support;
import app.corroborate.store.Verdict;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One claim of the matrix: the claim, each source's stand on it, the editor's verdict, and the flags about it
 * with how many of them have a verdict (see {@link app.corroborate.review.ClaimLinks}).
 */
public final class ClaimRow {

    private final Claim claim;
    private final ObjectProperty<Verdict> verdict;
    private final List<String> flags;
    private final IntegerProperty reviewedFlags = new SimpleIntegerProperty();

    public ClaimRow(Claim claim, Verdict verdict) {
        this(claim, verdict, List.of());
    }

    /** A row with the ids of the flags about the claim. */
    public ClaimRow(Claim claim, Verdict verdict, List<String> flags) {
        this.claim = claim;
        this.verdict = new SimpleObjectProperty<>(verdict);
        this.flags = List.copyOf(flags);
    }

    /** The ids of the flags about this claim. */
    public List<String> flags() {
        return flags;
    }

    /** How many of {@link #flags()} have a verdict. */
    public IntegerProperty reviewedFlagsProperty() {
        return reviewedFlags;
    }

    /** "1 of 2 reviewed" (the claim's flags), or empty when no flag is about the claim. */
    public String flagsLine() {
        int n = flags.size();
        return n == 0 ? "" : reviewedFlags.get() + " of " + n + " reviewed";
    }

    public Claim claim() {
        return claim;
    }

    public String id() {
        return claim.id();
    }

    /** The stand of the source with this path. */
    public Support support(String path) {
        return claim.support().getOrDefault(path, Support.NONE);
    }

    /** True when one independent group only states it. */
    public boolean singleSource() {
        return claim.singleSource();
    }

    /** True when a source states it otherwise. */
    public boolean disputed() {
        return claim.support().values().stream().anyMatch(s -> s.status() == Status.DIFFERS);
    }

    public ObjectProperty<Verdict> verdictProperty() {
        return verdict;
    }

    public Verdict verdict() {
        return verdict.get();
    }
}

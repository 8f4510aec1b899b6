package app.corroborate.ui.claims;

import app.corroborate.claim.Claim;
import app.corroborate.claim.Status;
import app.corroborate.claim.Support;
import app.corroborate.store.Verdict;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One claim of the matrix: the claim, each source's stand on it, and the editor's verdict. */
public final class ClaimRow {

    private final Claim claim;
    private final ObjectProperty<Verdict> verdict;

    public ClaimRow(Claim claim, Verdict verdict) {
        this.claim = claim;
        this.verdict = new SimpleObjectProperty<>(verdict);
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

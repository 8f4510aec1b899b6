package app.corroborate.ui.flags;

import app.corroborate.flag.Flag;
import app.corroborate.review.SourceSummary;
import app.corroborate.store.Verdict;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** One flag in the list: the flag, its source, a few words of what changed and its current verdict. */
public final class FlagRow {

    private final Flag flag;
    private final SourceSummary source;
    private final String change;
    private final ObjectProperty<Verdict> verdict;

    public FlagRow(Flag flag, SourceSummary source, String change, Verdict verdict) {
        this.flag = flag;
        this.source = source;
        this.change = change;
        this.verdict = new SimpleObjectProperty<>(verdict);
    }

    public Flag flag() {
        return flag;
    }

    public String id() {
        return flag.id();
    }

    public SourceSummary source() {
        return source;
    }

    public String change() {
        return change;
    }

    public ObjectProperty<Verdict> verdictProperty() {
        return verdict;
    }

    public Verdict verdict() {
        return verdict.get();
    }

    @Override
    public String toString() {
        return flag.kind().id() + " " + flag.id() + " " + change;
    }
}

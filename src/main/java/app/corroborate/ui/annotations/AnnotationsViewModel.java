package app.corroborate.ui.annotations;

import app.corroborate.review.CaseAnalysis;
import app.corroborate.review.SourceSummary;
import app.corroborate.store.Annotation;
import app.corroborate.store.AuditEntry;
import app.corroborate.store.Target;
import app.corroborate.store.Verdict;
import app.corroborate.ui.session.CaseSession;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The editor's annotations, orphans included (listed with their last known quote, never re-attached
 * silently), and the selected one.
 *
 * <p>Guarantees: the rows follow the case as annotations are made or changed; the selection is kept by id.
 */
public final class AnnotationsViewModel {

    private final CaseSession session;
    private final ObservableList<AnnotationRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<AnnotationRow> selected = new SimpleObjectProperty<>();

    public AnnotationsViewModel(CaseSession session) {
        this.session = session;
        session.annotations().addListener((ListChangeListener<Annotation>) c -> refresh());
        session.analysisProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    private void refresh() {
        String keep = selected.get() == null ? null : selected.get().id();
        CaseAnalysis analysis = session.analysis();
        List<AnnotationRow> fresh =
                session.annotations().stream().map(a -> row(a, analysis)).toList();
        rows.setAll(fresh);
        selected.set(fresh.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null));
    }

    private AnnotationRow row(Annotation a, CaseAnalysis analysis) {
        for (SourceSummary s : analysis.sources()) {
            if (s.id().equals(a.sourceId())) {
                return new AnnotationRow(a, s.index(), s.label(), s.colour());
            }
        }
        String removed = session.sources().removed().stream()
                .filter(s -> s.id().equals(a.sourceId()))
                .findFirst()
                .map(s -> s.outlet() != null && !s.outlet().isBlank() ? s.outlet() : s.fileName())
                .orElse("a removed source");
        return new AnnotationRow(a, -1, removed, -1);
    }

    public ObservableList<AnnotationRow> rows() {
        return rows;
    }

    public ObjectProperty<AnnotationRow> selectedProperty() {
        return selected;
    }

    /** Sets the selected annotation's verdict; false when none is selected or the case refused it. */
    public boolean setVerdict(Verdict v) {
        AnnotationRow r = selected.get();
        return r != null && session.updateAnnotation(r.id(), null, v, null);
    }

    /** Saves the selected annotation's note; false when none is selected or the case refused it. */
    public boolean setNote(String note) {
        AnnotationRow r = selected.get();
        return r != null && session.updateAnnotation(r.id(), note == null ? "" : note, null, null);
    }

    public List<AuditEntry> history(AnnotationRow r) {
        return session.audit(Target.ANNOTATION, r.id());
    }

    public boolean readOnly() {
        return session.readOnly();
    }
}

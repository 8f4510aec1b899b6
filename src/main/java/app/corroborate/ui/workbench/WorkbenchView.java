package app.corroborate.ui.workbench;

import app.corroborate.store.Verdict;
import app.corroborate.ui.annotations.AnnotationInspectorView;
import app.corroborate.ui.annotations.AnnotationsView;
import app.corroborate.ui.claims.ClaimsView;
import app.corroborate.ui.compare.CompareView;
import app.corroborate.ui.find.FindView;
import app.corroborate.ui.flags.FlagsView;
import app.corroborate.ui.flags.OrphanVerdictsBar;
import app.corroborate.ui.inspector.InspectorView;
import app.corroborate.ui.overview.OverviewView;
import app.corroborate.ui.session.CaseSession;
import app.corroborate.ui.sources.SourceActions;
import app.corroborate.ui.sources.SourceRow;
import app.corroborate.ui.sources.SourcesView;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main screen of an open case: sources on the left, the comparison over the flag list in the centre, the
 * inspector on the right, a banner when the case is read-only and the status bar. Keys go through
 * {@link #handle}.
 */
public final class WorkbenchView {

    private final WorkbenchViewModel model;
    private final BorderPane root = new BorderPane();
    private final InspectorView inspector;
    /** Built when first needed, as are the find and annotation lists: fewer controls at the first frame. */
    private AnnotationInspectorView noteInspector;

    private final StackPane right;
    private final Tab comparisonTab;
    private FindView find;
    private final Tab findTab;
    private final TabPane lists;
    private final Tab claimsTab;
    private final TabPane views;
    private final CompareView compare;
    private final Runnable help;
    private final Runnable quit;
    private final Runnable export;

    public WorkbenchView(WorkbenchViewModel model, Runnable help, Runnable quit, Runnable export) {
        this(model, help, quit, export, row -> {});
    }

    /** The screen, with {@code reimport} asking for the newer file of a source (the window's file chooser). */
    public WorkbenchView(
            WorkbenchViewModel model, Runnable help, Runnable quit, Runnable export, Consumer<SourceRow> reimport) {
        this.model = model;
        this.export = export;
        this.help = help;
        this.quit = quit;
        CaseSession session = model.session();
        SourcesView sources = new SourcesView(
                model.sources(),
                new SourceActions(
                        row -> session.sources().setBase(row.summary().id()),
                        reimport,
                        row -> session.sources().remove(row.summary().id(), row.label()),
                        session.sources().removed(),
                        session.sources()::restore));
        compare = new CompareView(model.compare());
        FlagsView flags = new FlagsView(model.flags());
        inspector = new InspectorView(model.inspector(), this::openClaim);
        BorderPane flagsPane = new BorderPane(flags.root());
        flagsPane.setBottom(new OrphanVerdictsBar(session).root());
        Tab flagsTab = new Tab("Flags", flagsPane);
        Tab notesTab = new Tab("Annotations");
        whenFirstSelected(notesTab, () -> notesTab.setContent(new AnnotationsView(model.notes()).root()));
        notesTab.setId("annotations-tab");
        notesTab.textProperty()
                .bind(javafx.beans.binding.Bindings.size(model.notes().rows()).asString("Annotations (%d)"));
        findTab = new Tab("Find");
        whenFirstSelected(findTab, this::find);
        findTab.setId("find-tab");
        lists = new TabPane(flagsTab, notesTab, findTab);
        lists.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        lists.setFocusTraversable(false);
        OverviewView overview = new OverviewView(model::openBaseAt);
        model.session().analysisProperty().addListener((o, was, now) -> overview.show(now));
        overview.show(model.session().analysis());
        HBox.setHgrow(compare.root(), javafx.scene.layout.Priority.ALWAYS);
        comparisonTab = new Tab("Comparison", new HBox(compare.root(), overview.root()));
        claimsTab = new Tab("Claims matrix");
        whenFirstSelected(claimsTab, () -> claimsTab.setContent(new ClaimsView(model.claims(), this::openAt).root()));
        claimsTab.setId("claims-tab");
        views = new TabPane(comparisonTab, claimsTab);
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        views.setFocusTraversable(false);
        SplitPane centre = new SplitPane(views, lists);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.66);
        right = new StackPane(inspector.root());
        inspector.root().visibleProperty().bind(model.onNoteProperty().not());
        model.onNoteProperty().addListener((o, was, now) -> {
            if (now) {
                noteInspector();
            }
        });
        SplitPane main = new SplitPane(sources.root(), centre, right);
        main.setDividerPositions(0.17, 0.76);
        SplitPane.setResizableWithParent(sources.root(), false);
        SplitPane.setResizableWithParent(right, false);
        root.setTop(banner());
        root.setCenter(main);
        root.setBottom(new StatusBar(model).root());
        root.setId("workbench");
    }

    public Parent root() {
        return root;
    }

    private static void whenFirstSelected(Tab tab, Runnable build) {
        tab.selectedProperty().addListener((o, was, now) -> {
            if (now && tab.getContent() == null) {
                build.run();
            }
        });
    }

    private FindView find() {
        if (find == null) {
            find = new FindView(model.session()::analysis, model::openAt);
            findTab.setContent(find.root());
        }
        return find;
    }

    private AnnotationInspectorView noteInspector() {
        if (noteInspector == null) {
            noteInspector = new AnnotationInspectorView(model.notes());
            noteInspector.root().visibleProperty().bind(model.onNoteProperty());
            right.getChildren().add(noteInspector.root());
        }
        return noteInspector;
    }

    public WorkbenchViewModel model() {
        return model;
    }

    public CompareView compare() {
        return compare;
    }

    /** The banners over the screen: read-only, a refused verdict to decide, a lost server. */
    private Node banner() {
        VBox banners = new VBox(conflictBanner(), connectionBanner());
        if (model.session().readOnly()) {
            Label text = new Label("Read-only: this case is open in another window. You can read it here; verdicts "
                    + "and notes can only be changed in the window that opened it first.");
            text.setWrapText(true);
            VBox box = new VBox(text);
            box.setId("read-only-banner");
            box.getStyleClass().add("banner-warning");
            banners.getChildren().add(0, box);
        }
        return banners;
    }

    /** Both verdicts of a conflict, with the choice between them; hidden while there is none. */
    private Node conflictBanner() {
        CaseSession session = model.session();
        Label text = new Label();
        text.setWrapText(true);
        HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.control.Button theirs = new javafx.scene.control.Button("Keep theirs");
        theirs.setOnAction(e -> session.keepTheirs());
        javafx.scene.control.Button mine = new javafx.scene.control.Button("Use mine");
        mine.setOnAction(e -> session.useMine());
        HBox box = new HBox(10, text, theirs, mine);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.setId("conflict-banner");
        box.getStyleClass().add("banner-warning");
        Runnable show = () -> {
            var c = session.conflictProperty().get();
            text.setText(
                    c == null
                            ? ""
                            : "Another editor changed this " + c.what() + " first: " + c.describe()
                                    + ". Theirs is shown; both are in the audit log.");
            box.setVisible(c != null);
            box.setManaged(c != null);
        };
        session.conflictProperty().addListener((o, was, now) -> show.run());
        show.run();
        return box;
    }

    /** Says that the case's server is out of reach (changes are refused meanwhile, never queued). */
    private Node connectionBanner() {
        CaseSession session = model.session();
        Label text = new Label();
        text.setWrapText(true);
        VBox box = new VBox(text);
        box.setId("connection-banner");
        box.getStyleClass().add("banner-warning");
        Runnable show = () -> {
            String why = session.lostConnectionProperty().get();
            text.setText(
                    why.isEmpty()
                            ? ""
                            : why + ". Changes are refused until it is back (nothing is queued); "
                                    + "the window reconnects by itself.");
            box.setVisible(!why.isEmpty());
            box.setManaged(!why.isEmpty());
        };
        session.lostConnectionProperty().addListener((o, was, now) -> show.run());
        show.run();
        return box;
    }

    /**
     * Walks flags or differences in the comparison: from the claims matrix it goes back to the comparison first, so
     * that the panes show what the inspector shows and the verdict keys judge the flag, not the claim left selected.
     */
    private void toComparison(Runnable walk) {
        views.getSelectionModel().select(comparisonTab);
        walk.run();
    }

    /** Shows the claims matrix with this claim selected (the verdict keys then judge the claim). */
    private void openClaim(String claimId) {
        views.getSelectionModel().select(claimsTab);
        model.claims().select(claimId);
    }

    private void openAt(int index, app.corroborate.text.Span span) {
        views.getSelectionModel().select(comparisonTab);
        model.openAt(index, span);
    }

    /** The verdict keys act on what the editor is looking at: a claim in the matrix, else the inspected item. */
    private void verdict(Verdict v) {
        if (claimsTab.isSelected()) {
            model.claims().setVerdict(v);
        } else {
            model.verdict(v);
        }
    }

    /** Runs the shortcut of a key press; true when it was one (the event is then consumed by the caller). */
    public boolean handle(KeyEvent e) {
        Shortcut s = Shortcut.of(e);
        if (s == null) {
            return false;
        }
        boolean typing = e.getTarget() instanceof TextInputControl;
        if (typing && (s.typing() || s == Shortcut.UNDO || s == Shortcut.REDO)) {
            return false;
        }
        run(s);
        return true;
    }

    /** Runs a command of the workbench (from a key or a menu). */
    public void run(Shortcut s) {
        switch (s) {
            case NEXT_FLAG -> toComparison(model::nextFlag);
            case PREVIOUS_FLAG -> toComparison(model::previousFlag);
            case NEXT_DIFFERENCE -> toComparison(model::nextDifference);
            case PREVIOUS_DIFFERENCE -> toComparison(model::previousDifference);
            case VERIFIED -> verdict(Verdict.VERIFIED);
            case FALSE -> verdict(Verdict.FALSE);
            case DISPUTED -> verdict(Verdict.DISPUTED);
            case UNVERIFIABLE -> verdict(Verdict.UNVERIFIABLE);
            case UNREVIEWED -> verdict(Verdict.UNREVIEWED);
            case NOTE -> {
                if (model.onNoteProperty().get()) {
                    noteInspector().focusNote();
                } else {
                    inspector.focusNote();
                }
            }
            case SAVE_NOTE -> {
                if (model.onNoteProperty().get()) {
                    noteInspector().save();
                } else {
                    model.saveNote();
                }
                root.requestFocus();
            }
            case ANNOTATE -> compare.annotateSelection();
            case UNDO -> model.undo();
            case REDO -> model.redo();
            case EXCLUDE -> compare.excludeSelection();
            case INCLUDE -> compare.includeAtCaret();
            case NEXT_SOURCE -> model.nextSource();
            case PREVIOUS_SOURCE -> model.previousSource();
            case EXPORT -> export.run();
            case FIND -> {
                views.getSelectionModel().select(comparisonTab);
                lists.getSelectionModel().select(findTab);
                find().focus();
            }
            case HELP -> help.run();
            case QUIT -> quit.run();
        }
    }
}

package app.corroborate.ui.inspector;

import app.corroborate.claim.Status;
import app.corroborate.flag.Flag;
import app.corroborate.store.Verdict;
import app.corroborate.ui.common.KindStyle;
import app.corroborate.ui.common.Labels;
import app.corroborate.ui.common.VerdictButtons;
import app.corroborate.ui.flags.FlagRow;
import app.corroborate.ui.flags.FlagsViewModel;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The inspector pane: the selected flag's spans, explanation, the stands of the other sources, the verdict
 * buttons (keys 1-4 and 0), the note and evidence editors and the history.
 */
public final class InspectorView {

    private final InspectorViewModel model;
    private final ScrollPane root;
    private final VBox content = new VBox(10);
    private final VBox header = new VBox(4);
    private final VBox spans = new VBox(6);
    private final VBox standsBox = new VBox(4);
    private final VBox historyBox = new VBox(2);
    private final VerdictButtons verdicts;
    private final Label meaning = Labels.wrapped("", "muted");

    {
        meaning.setId("verdict-meaning");
    }

    private final TextArea note = new TextArea();
    /** The claim of the matrix the flag is about, with the claim's own verdict. */
    private final VBox claimBox = new VBox(2);

    private final java.util.function.Consumer<String> openClaim;
    private final TextArea evidence = new TextArea();
    private final Label empty = new Label("Select a flag (F8) to inspect it.");

    public InspectorView(InspectorViewModel model, java.util.function.Consumer<String> openClaim) {
        this.model = model;
        this.openClaim = openClaim;
        claimBox.setId("inspector-claim");
        note.setId("inspector-note");
        note.setPromptText("Note: what you checked, who you called\u2026");
        note.setWrapText(true);
        note.setPrefRowCount(4);
        note.textProperty().bindBidirectional(model.noteProperty());
        evidence.setId("inspector-evidence");
        evidence.setPromptText("Evidence: links or references, one per line");
        evidence.setWrapText(true);
        evidence.setPrefRowCount(2);
        evidence.textProperty().bindBidirectional(model.evidenceProperty());
        Button save = new Button("Save note");
        save.setId("inspector-save");
        save.setTooltip(new Tooltip("Ctrl+Enter"));
        save.disableProperty().bind(model.dirtyProperty().not());
        save.setOnAction(e -> model.save());
        Label saved = new Label();
        saved.getStyleClass().add("muted");
        saved.textProperty()
                .bind(javafx.beans.binding.Bindings.when(model.dirtyProperty())
                        .then("edited, not saved yet")
                        .otherwise(""));
        HBox saveRow = new HBox(8, save, saved);
        saveRow.setAlignment(Pos.CENTER_LEFT);
        verdicts = new VerdictButtons("verdict", v -> {
            model.setVerdict(v);
            paintVerdict(model.verdictProperty().get());
        });
        content.getChildren()
                .addAll(
                        header,
                        spans,
                        Labels.section("What the sources say"),
                        standsBox,
                        claimBox,
                        Labels.section("Verdict"),
                        verdicts.root(),
                        meaning,
                        Labels.section("Note"),
                        note,
                        Labels.section("Evidence"),
                        evidence,
                        saveRow,
                        Labels.section("History"),
                        historyBox);
        content.setPadding(new Insets(10));
        empty.getStyleClass().add("muted");
        empty.setWrapText(true);
        root = new ScrollPane();
        root.setFitToWidth(true);
        root.setId("inspector");
        root.getStyleClass().add("inspector-pane");
        model.flagProperty().addListener((o, was, now) -> render(now));
        model.verdictProperty().addListener((o, was, now) -> paintVerdict(now));
        model.claimProperty().addListener((o, was, now) -> renderClaim(now));
        model.history().addListener((javafx.collections.ListChangeListener<String>) c -> renderHistory());
        render(null);
    }

    public Parent root() {
        return root;
    }

    /** Puts the caret in the note editor. */
    public void focusNote() {
        if (model.flagProperty().get() != null) {
            note.requestFocus();
            note.end();
        }
    }

    private void render(FlagRow row) {
        if (row == null) {
            VBox box = new VBox(8, title("Inspector"), empty);
            box.setPadding(new Insets(10));
            root.setContent(box);
            return;
        }
        Flag f = row.flag();
        Label kind = new Label(FlagsViewModel.kindLabel(f.kind()), KindStyle.iconNode(f.kind(), 18));
        kind.getStyleClass().add("inspector-kind");
        Label severity = new Label(f.severity().id());
        severity.getStyleClass().addAll("badge", KindStyle.severityClass(f.severity()));
        HBox top = new HBox(8, kind, severity);
        top.setAlignment(Pos.CENTER_LEFT);
        Label source = new Label(row.source().label(), Labels.dot(row.source().colour()));
        source.getStyleClass().add("muted");
        header.getChildren().setAll(top, source);
        Label explanation = Labels.wrapped(f.explanation(), "inspector-explanation");
        explanation.setId("inspector-explanation");
        spans.getChildren()
                .setAll(
                        quote("Base", model.baseTextProperty().get(), model.colourOf(0), "inspector-base"),
                        quote(
                                row.source().label(),
                                model.variantTextProperty().get(),
                                row.source().colour(),
                                "inspector-variant"),
                        explanation);
        renderStands();
        renderClaim(model.claimProperty().get());
        paintVerdict(model.verdictProperty().get());
        meaning.setText(VerdictMeaning.hint(f.kind()));
        verdicts.explain(v -> VerdictMeaning.of(f.kind(), v));
        renderHistory();
        note.setEditable(!model.readOnly());
        evidence.setEditable(!model.readOnly());
        root.setContent(content);
    }

    private Node quote(String who, String text, int colour, String id) {
        Label label = new Label(who, Labels.dot(colour));
        label.getStyleClass().add("quote-source");
        Label body = Labels.wrapped(
                text == null ? "\u2014 not in this source \u2014" : Labels.quoted(text),
                text == null ? "quote-missing" : "quote-text");
        body.setId(id);
        return new VBox(2, label, body);
    }

    private void renderStands() {
        standsBox.getChildren().clear();
        if (model.stands().isEmpty()) {
            standsBox
                    .getChildren()
                    .add(Labels.wrapped("Only this source has this text: no other source says it.", "muted"));
            return;
        }
        Label count = Labels.wrapped(agreeingLine(model.agreeing(), baseSilent()), "muted");
        count.setId("inspector-agreeing");
        standsBox.getChildren().add(count);
        for (Stand s : model.stands()) {
            HBox dots = new HBox(2);
            s.sources().forEach(i -> dots.getChildren().add(Labels.dot(model.colourOf(i))));
            Label status = new Label(symbol(s.status()) + " " + s.status().id());
            status.getStyleClass().addAll("badge", "stand-" + s.status().id());
            status.setMinWidth(Region.USE_PREF_SIZE);
            Label who = new Label(s.who());
            who.setWrapText(true);
            HBox line = new HBox(6, dots, status, who);
            line.setAlignment(Pos.CENTER_LEFT);
            VBox box = new VBox(2, line);
            if (s.text() != null && s.status() != Status.ABSENT) {
                box.getChildren().add(Labels.wrapped(Labels.quoted(s.text()), "stand-text"));
            }
            box.getStyleClass().add("stand");
            standsBox.getChildren().add(box);
        }
    }

    /**
     * The claim's own verdict beside the flag's: the flag's judges this version's text, the claim's the fact
     * itself; the link opens the claim in the matrix.
     */
    private void renderClaim(InspectorViewModel.LinkedClaim c) {
        claimBox.getChildren().clear();
        claimBox.setManaged(c != null);
        claimBox.setVisible(c != null);
        if (c == null) {
            return;
        }
        Label verdict = new Label(
                c.verdict() == Verdict.UNREVIEWED
                        ? "The fact is not judged yet in the claims matrix."
                        : "In the claims matrix the fact is judged "
                                + FlagsViewModel.capital(c.verdict().id()).toLowerCase(java.util.Locale.ROOT) + ".",
                KindStyle.iconNode(c.verdict(), 13));
        verdict.setId("inspector-claim-verdict");
        verdict.setWrapText(true);
        verdict.setTooltip(new Tooltip("This flag's verdict judges the version's text where it differs; the claim's"
                + " verdict judges the fact itself: \"" + c.text() + "\""));
        javafx.scene.control.Hyperlink open = new javafx.scene.control.Hyperlink("Show the claim in the matrix");
        open.setId("inspector-open-claim");
        open.setOnAction(e -> openClaim.accept(c.id()));
        claimBox.getChildren().addAll(verdict, open);
    }

    /** True when the base does not state the fact the flag is about (a claim only a version makes). */
    private boolean baseSilent() {
        return model.stands().stream().anyMatch(s -> s.sources().contains(0) && s.status() == Status.ABSENT);
    }

    /** "2 independent sources say what the base says ...", or, for a fact the base does not state, who states it. */
    static String agreeingLine(long n, boolean baseSilent) {
        String who = n + (n == 1 ? " independent source" : " independent sources");
        return baseSilent
                ? who + (n == 1 ? " states" : " state")
                        + " it; the base does not (copies of one wire text counted once)"
                : who + (n == 1 ? " says" : " say") + " what the base says (copies of one wire text counted once)";
    }

    private static String symbol(Status s) {
        return switch (s) {
            case AGREES -> "\u2713";
            case DIFFERS -> "\u2260";
            case ABSENT -> "\u2013";
        };
    }

    private void paintVerdict(Verdict current) {
        verdicts.show(current, model.readOnly());
    }

    private void renderHistory() {
        historyBox.getChildren().clear();
        if (model.history().isEmpty()) {
            historyBox.getChildren().add(Labels.wrapped("No change yet.", "muted"));
        }
        model.history().forEach(h -> historyBox.getChildren().add(Labels.wrapped(h, "history-line")));
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("pane-title");
        return l;
    }
}

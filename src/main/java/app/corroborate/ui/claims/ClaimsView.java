package app.corroborate.ui.claims;

import app.corroborate.claim.Status;
import app.corroborate.claim.Support;
import app.corroborate.review.CaseAnalysis;
import app.corroborate.review.SourceSummary;
import app.corroborate.text.Span;
import app.corroborate.ui.common.KindStyle;
import app.corroborate.ui.common.Labels;
import app.corroborate.ui.flags.FlagsViewModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The claims matrix: claims by rows, sources by columns (copies of one wire text side by side under a group
 * header), each cell agrees (\u2713), differs (\u2260) or silent (\u2013) by colour and symbol, with the source's
 * text on hover; sortable and
 * filterable. Double-clicking a cell opens the comparison on that sentence.
 */
public final class ClaimsView {

    private final ClaimsViewModel model;
    /** True while the editor's own pick in the table reaches the model (the table is then not scrolled). */
    private boolean picking;
    /** Widths of the groups and verdict columns. */
    private static final double GROUPS_WIDTH = 96;

    private static final double VERDICT_WIDTH = 120;
    /** Width of the flags column ("1 of 3 reviewed"). */
    private static final double FLAGS_WIDTH = 140;

    private final BorderPane root = new BorderPane();
    private final TableView<ClaimRow> table = new TableView<>();
    private final BiConsumer<Integer, Span> open;
    private boolean following;

    /** {@code open} receives a source index and the span of its statement when a cell is double-clicked. */
    public ClaimsView(ClaimsViewModel model, BiConsumer<Integer, Span> open) {
        this.model = model;
        this.open = open;
        SortedList<ClaimRow> sorted = new SortedList<>(model.visible());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("claims-table");
        table.setPlaceholder(new Label("No claim matches."));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!following && now != null) {
                picking = true;
                model.selectedProperty().set(now);
                picking = false;
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            following = true;
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(now);
                if (!picking) {
                    table.scrollTo(now); // a claim opened from elsewhere (the inspector), not one clicked here
                }
            }
            following = false;
        });
        model.visible()
                .addListener((javafx.collections.ListChangeListener<ClaimRow>) c -> columnsFor(model.analysis()));
        ComboBox<ClaimsViewModel.Show> show = new ComboBox<>();
        show.getItems().setAll(ClaimsViewModel.Show.values());
        show.valueProperty().bindBidirectional(model.showProperty());
        show.setId("claims-filter");
        show.setFocusTraversable(false);
        Label count = new Label();
        count.getStyleClass().add("muted");
        count.textProperty()
                .bind(javafx.beans.binding.Bindings.size(model.visible()).asString("%d claims"));
        HBox bar = new HBox(8, show, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("flags-bar");
        root.setTop(bar);
        root.setCenter(table);
        columnsFor(model.analysis());
    }

    public Parent root() {
        return root;
    }

    private CaseAnalysis shownFor;

    private void columnsFor(CaseAnalysis analysis) {
        if (analysis == shownFor) {
            return;
        }
        shownFor = analysis;
        List<TableColumn<ClaimRow, ?>> columns = new ArrayList<>();
        columns.add(claimColumn());
        columns.add(independentColumn());
        columns.add(verdictColumn());
        columns.add(flagsColumn());
        Map<Integer, List<SourceSummary>> groups = new LinkedHashMap<>();
        analysis.sources().forEach(s -> groups.computeIfAbsent(s.group(), g -> new ArrayList<>())
                .add(s));
        for (List<SourceSummary> group : groups.values()) {
            if (group.size() == 1) {
                columns.add(sourceColumn(group.get(0)));
            } else {
                TableColumn<ClaimRow, ClaimRow> header = new TableColumn<>("Same wire text");
                group.forEach(s -> header.getColumns().add(sourceColumn(s)));
                columns.add(header);
            }
        }
        table.getColumns().setAll(columns);
        int sources = analysis.sources().size();
        columns.get(0)
                .prefWidthProperty()
                .bind(javafx.beans.binding.Bindings.max(
                        CLAIM_MIN_WIDTH, table.widthProperty().subtract(FIXED_WIDTH + sources * SOURCE_WIDTH)));
    }

    /** The claim column takes what the other columns leave, never less than this. */
    private static final double CLAIM_MIN_WIDTH = 240;

    /** Groups and verdict columns, the scroll bar and borders. */
    private static final double FIXED_WIDTH = GROUPS_WIDTH + VERDICT_WIDTH + FLAGS_WIDTH + 24;

    private static TableColumn<ClaimRow, ClaimRow> claimColumn() {
        TableColumn<ClaimRow, ClaimRow> c = new TableColumn<>("Claim");
        c.setPrefWidth(300);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setComparator(Comparator.comparing(r -> r.claim().text()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ClaimRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(
                        empty || row == null
                                ? null
                                : row.claim().kind().id() + " \u00B7 "
                                        + row.claim().text());
                setTooltip(empty || row == null ? null : new Tooltip(row.claim().text()));
            }
        });
        return c;
    }

    private static TableColumn<ClaimRow, Number> independentColumn() {
        TableColumn<ClaimRow, Number> c = new TableColumn<>("Groups");
        Label help = new Label("Groups");
        help.setTooltip(new Tooltip("Independent sources that state the claim as the base does (copies of one wire"
                + " text counted once)"));
        c.setText(null);
        c.setGraphic(help);
        c.setPrefWidth(GROUPS_WIDTH);
        c.setCellValueFactory(
                d -> new ReadOnlyObjectWrapper<>(d.getValue().claim().agreeing()));
        return c;
    }

    /** The flags about each claim and how many have a verdict: a claim's verdict and its flags' side by side. */
    private static TableColumn<ClaimRow, ClaimRow> flagsColumn() {
        TableColumn<ClaimRow, ClaimRow> c = new TableColumn<>();
        Label help = new Label("Flags");
        help.setTooltip(new Tooltip("Flags about the claim (a changed figure, date, quote or attribution) and how many"
                + " have a verdict. A flag's verdict judges one version's text; the claim's judges the fact."));
        c.setGraphic(help);
        c.setPrefWidth(FLAGS_WIDTH);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setComparator(Comparator.comparingInt(r -> r.flags().size()));
        c.setCellFactory(col -> new LiveCell(
                ClaimRow::reviewedFlagsProperty, (cell, row) -> cell.setText(row == null ? null : row.flagsLine())));
        return c;
    }

    private static TableColumn<ClaimRow, ClaimRow> verdictColumn() {
        TableColumn<ClaimRow, ClaimRow> c = new TableColumn<>("Verdict");
        c.setPrefWidth(VERDICT_WIDTH);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setComparator(Comparator.comparing(ClaimRow::verdict));
        c.setCellFactory(col -> new LiveCell(ClaimRow::verdictProperty, (cell, row) -> {
            cell.setGraphic(row == null ? null : KindStyle.iconNode(row.verdict(), 13));
            cell.setText(
                    row == null ? null : FlagsViewModel.capital(row.verdict().id()));
        }));
        return c;
    }

    /**
     * A source's column: narrow, its name written upwards in the header under a dot of its colour (the whole name
     * on hover), so that eight outlets fit beside the claims.
     */
    private TableColumn<ClaimRow, ClaimRow> sourceColumn(SourceSummary source) {
        TableColumn<ClaimRow, ClaimRow> c = new TableColumn<>();
        Label name = new Label(shortName(source.label()));
        name.setRotate(-90);
        name.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        name.setStyle("-fx-font-weight: normal;");
        VBox header = new VBox(4, Labels.dot(source.colour()), new Group(name));
        header.setAlignment(Pos.BOTTOM_CENTER);
        Tooltip.install(header, new Tooltip(source.label()));
        c.setGraphic(header);
        c.setPrefWidth(SOURCE_WIDTH);
        c.setMinWidth(SOURCE_WIDTH);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        c.setComparator(Comparator.comparing(r -> r.support(source.path()).status()));
        c.setCellFactory(col -> new StandCell(source));
        return c;
    }

    /** Width of a source's column: its symbol, readable, with room for the sort arrow. */
    private static final double SOURCE_WIDTH = 46;

    /** Longest name written in a header; the full name is on its tooltip. */
    private static final int HEADER_CHARACTERS = 16;

    static String shortName(String label) {
        String l = label.strip();
        return l.length() <= HEADER_CHARACTERS
                ? l
                : l.substring(0, HEADER_CHARACTERS - 1).strip() + "\u2026";
    }

    private final class StandCell extends TableCell<ClaimRow, ClaimRow> {
        private final SourceSummary source;

        StandCell(SourceSummary source) {
            this.source = source;
            setOnMouseClicked(e -> {
                ClaimRow row = getItem();
                if (e.getClickCount() == 2 && row != null) {
                    Support s = row.support(source.path());
                    if (s.span() != null) {
                        open.accept(source.index(), s.span());
                    }
                }
            });
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(ClaimRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeIf(s -> s.startsWith("cell-"));
            if (empty || row == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            Support s = row.support(source.path());
            setText(symbol(s.status()));
            getStyleClass().add("cell-" + s.status().id());
            String said = s.span() == null
                    ? null
                    : s.span()
                            .of(model.analysis().documents().get(source.index()).text());
            Tooltip tip = new Tooltip(
                    said == null
                            ? source.label() + " is silent: it does not state it"
                            : source.label() + " " + word(s.status()) + ": \u201C" + said.strip() + "\u201D");
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            setTooltip(tip);
        }
    }

    /** What a source does with the claim, as an editor says it. */
    static String word(Status s) {
        return switch (s) {
            case AGREES -> "agrees";
            case DIFFERS -> "differs";
            case ABSENT -> "silent";
        };
    }

    private static String symbol(Status s) {
        return switch (s) {
            case AGREES -> "\u2713";
            case DIFFERS -> "\u2260";
            case ABSENT -> "\u2013";
        };
    }
}

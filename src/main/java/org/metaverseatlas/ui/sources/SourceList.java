package org.metaverseatlas.ui.sources;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.metaverseatlas.model.DateWording;
import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.model.Labels;
import org.metaverseatlas.model.Source;
import org.metaverseatlas.model.SourceCitation;
import org.metaverseatlas.ui.state.FilterModel;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Sources tab: every page the catalog cites, with its publisher, date, language and how many initiatives cite
 * it, searchable and sortable. Choosing a source (a click, or Enter) filters every view to the initiatives that cite
 * it; choosing it again removes that filter. A double click on the address opens it in the browser.
 */
public final class SourceList {
    private static final PseudoClass FILTERED = PseudoClass.getPseudoClass("filtered");

    private final FilterModel filter;
    private final Consumer<String> openAddress;
    private final TableView<SourceCitation> table = new TableView<>();
    private final ObservableList<SourceCitation> rows = FXCollections.observableArrayList();
    private final CustomTextField search = org.metaverseatlas.ui.ListSearchField.create("source-search", SourceText.text("search"),
            this::refresh);
    private final Label count = new Label();
    private final Hyperlink clearSource = new Hyperlink(SourceText.text("clearSource"));
    private final Label placeholder = new Label();
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    private final VBox root;
    private boolean stale;

    /** @param openAddress hands an http or https address to the system browser */
    public SourceList(FilterModel filter, Consumer<String> openAddress) {
        this.filter = filter;
        this.openAddress = openAddress;
        table.setId("source-table");
        table.getColumns().setAll(List.of(
                text(SourceText.text("column.title"), 360, c -> c.source().title()),
                text(SourceText.text("column.publisher"), 220, c -> orUnknown(c.source().publisher())),
                published(),
                text(SourceText.text("column.language"), 90, c -> language(c.source().language())),
                initiatives(),
                address()));
        javafx.collections.transformation.SortedList<SourceCitation> sorted =
                new javafx.collections.transformation.SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(placeholder);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().add(Styles.DENSE);
        table.setRowFactory(t -> {
            TableRow<SourceCitation> row = new TableRow<>() {
                @Override
                protected void updateItem(SourceCitation item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(FILTERED, !empty && item != null
                            && filter.getCriteria().sourceIds().contains(item.source().id()));
                }
            };
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty() && e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1) {
                    choose(row.getItem().source());
                }
            });
            return row;
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            SourceCitation chosen = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && chosen != null) {
                choose(chosen.source());
                e.consume();
            }
        });

        count.setId("source-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        clearSource.setId("source-clear-filter");
        clearSource.setOnAction(e -> filter.setCriteria(filter.getCriteria().withSources(Set.of())));
        Label hint = new Label(SourceText.text("hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, search, count, spacer, hint, clearSource);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("source-bar");
        root = new VBox(bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getStyleClass().add("source-list");
        root.getStylesheets().add(SourceList.class.getResource("sources.css").toExternalForm());

        filter.catalogProperty().addListener((o, was, now) -> refresh());
        filter.criteriaProperty().addListener((o, was, now) -> showFilter(now));
        active.addListener((o, was, now) -> {
            if (now && stale) {
                refresh();
            }
        });
        refresh();
        showFilter(filter.getCriteria());
    }

    /** Whether the tab is on screen; while it is not, a new catalog only marks the listing out of date. */
    public BooleanProperty activeProperty() {
        return active;
    }

    /** Filters to the source's initiatives, or removes that filter when it is the one in force. */
    private void choose(Source source) {
        FilterCriteria now = filter.getCriteria();
        Set<String> chosen = Set.of(source.id());
        filter.setCriteria(now.withSources(now.sourceIds().equals(chosen) ? Set.of() : chosen));
    }

    private void showFilter(FilterCriteria criteria) {
        boolean bySource = !criteria.sourceIds().isEmpty();
        clearSource.setVisible(bySource);
        clearSource.setManaged(bySource);
        table.refresh();
    }

    private void refresh() {
        if (!active.get()) {
            stale = true;
            return;
        }
        stale = false;
        SourceListing listing = SourceListing.of(filter.getCatalog(), search.getText());
        rows.setAll(listing.rows());
        count.setText(listing.rows().size() == listing.total() ? SourceText.text("count.all", listing.total())
                : SourceText.text("count.some", listing.rows().size(), listing.total()));
        placeholder.setText(SourceText.text(search.getText().isBlank() ? "empty.none" : "empty"));
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? Labels.unknown() : value;
    }

    private static String language(String tag) {
        return tag != null && SourceText.has("language." + tag) ? SourceText.text("language." + tag) : Labels.unknown();
    }

    private static TableColumn<SourceCitation, String> text(String name, double width,
                                                             Function<SourceCitation, String> value) {
        TableColumn<SourceCitation, String> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setComparator(String.CASE_INSENSITIVE_ORDER);
        column.setPrefWidth(width);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new Tooltip(item));
            }
        });
        return column;
    }

    private static TableColumn<SourceCitation, LocalDate> published() {
        TableColumn<SourceCitation, LocalDate> column = new TableColumn<>(SourceText.text("column.published"));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().source().published()));
        column.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? Labels.unknown() : DateWording.day(item));
            }
        });
        column.setPrefWidth(140);
        return column;
    }

    private static TableColumn<SourceCitation, Integer> initiatives() {
        TableColumn<SourceCitation, Integer> column = new TableColumn<>(SourceText.text("column.initiatives"));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().initiatives()));
        column.setPrefWidth(90);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    private TableColumn<SourceCitation, String> address() {
        TableColumn<SourceCitation, String> column = new TableColumn<>(SourceText.text("column.address"));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().source().url()));
        column.setPrefWidth(260);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(null);
                if (empty) {
                    return;
                }
                if (item != null && (item.startsWith("http://") || item.startsWith("https://"))) {
                    Hyperlink link = new Hyperlink(item);
                    link.setTooltip(new Tooltip(SourceText.text("openInBrowser")));
                    link.setOnAction(e -> openAddress.accept(item));
                    link.getStyleClass().add("source-address");
                    setGraphic(link);
                } else {
                    setText(item == null ? SourceText.text("addressUnknown") : item);
                }
            }
        });
        return column;
    }

    /** The rows in display order, for tests. */
    public List<SourceCitation> rows() {
        return table.getItems();
    }

    public Node node() {
        return root;
    }
}

package org.metaverseatlas.ui.directory;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.metaverseatlas.model.DateWording;
import org.metaverseatlas.model.EventDate;
import org.metaverseatlas.model.Labels;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.ui.state.FilterModel;
import org.metaverseatlas.ui.state.SelectionModel;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The organization directory: a searchable, sortable table of the organizations behind the filtered initiatives.
 * Choosing one (selecting its row, clicking it or pressing Enter) puts it in focus through the shared selection,
 * so the timeline and the map highlight its initiatives and the detail pane shows it.
 */
public final class OrganizationDirectory {
    private final FilterModel filter;
    private final SelectionModel selection;
    private final TableView<DirectoryRow> table = new TableView<>();
    private final ObservableList<DirectoryRow> rows = FXCollections.observableArrayList();
    private final CustomTextField search = org.metaverseatlas.ui.ListSearchField.create("directory-search", DirectoryText.text("search"),
            this::refresh);
    private final Label count = new Label();
    private final Label hiddenNote = new Label();
    private final Hyperlink clearFilter = new Hyperlink(DirectoryText.text("clearFilter"));
    private final VBox root;
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", true);
    private boolean stale;
    private boolean syncing;
    private boolean pressChangedSelection;

    private final Label placeholder = new Label();

    public OrganizationDirectory(FilterModel filter, SelectionModel selection) {
        this.filter = filter;
        this.selection = selection;
        table.setId("directory-table");
        table.getColumns().setAll(List.of(
                text(DirectoryText.text("column.name"), 300, DirectoryRow::name),
                text(DirectoryText.text("column.type"), 150, DirectoryRow::type),
                text(DirectoryText.text("column.city"), 160, DirectoryRow::city),
                initiatives(),
                date(DirectoryText.text("column.first"), DirectoryRow::first),
                date(DirectoryText.text("column.last"), DirectoryRow::last)));
        SortedList<DirectoryRow> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(placeholder);
        placeholder.setId("directory-placeholder");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().add(Styles.DENSE);

        count.setId("directory-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        hiddenNote.setId("directory-hidden-note");
        hiddenNote.getStyleClass().add("directory-hidden-note");
        clearFilter.setId("directory-clear-filter");
        clearFilter.setOnAction(e -> filter.clear());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, search, count, spacer, hiddenNote, clearFilter);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("directory-bar");
        root = new VBox(bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getStyleClass().add("organization-directory");
        root.getStylesheets().add(OrganizationDirectory.class.getResource("directory.css").toExternalForm());

        chooseOnSelectClickAndEnter();
        filter.filteredProperty().addListener((o, was, now) -> refresh());
        filter.catalogProperty().addListener((o, was, now) -> refresh());
        selection.organizationProperty().addListener((o, was, now) -> reveal(now));
        active.addListener((o, was, now) -> {
            if (now && stale) {
                refresh();
            }
        });
        refresh();
    }

    /**
     * Whether the directory is on screen. While it is not, filter changes only mark the listing out of date, and it
     * is brought up to date when it shows again; so a hidden directory costs nothing on each filter change.
     */
    public BooleanProperty activeProperty() {
        return active;
    }

    private void chooseOnSelectClickAndEnter() {
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing && now != null) {
                pressChangedSelection = true;
                selection.focus(now.organization());
            }
        });
        table.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> pressChangedSelection = false);
        table.setRowFactory(t -> {
            TableRow<DirectoryRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty() && !pressChangedSelection) {
                    choose(row.getItem().organization());
                }
            });
            return row;
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            DirectoryRow chosen = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && chosen != null) {
                choose(chosen.organization());
                e.consume();
            }
        });
    }

    /**
     * Focuses the organization. Choosing the one already in focus sets it again, so that the detail pane returns
     * to it after the user has moved on to one of its initiatives.
     */
    private void choose(Organization organization) {
        if (organization.equals(selection.getOrganization())) {
            selection.focus(null);
        }
        selection.focus(organization);
    }

    private void refresh() {
        if (!active.get()) {
            stale = true;
            return;
        }
        stale = false;
        DirectoryListing listing = DirectoryListing.of(filter.getCatalog(), filter.getFiltered(),
                !filter.getCriteria().isEmpty(), search.getText());
        syncing = true;
        try {
            rows.setAll(listing.rows());
        } finally {
            syncing = false;
        }
        int shown = listing.rows().size();
        int listed = listing.total() - listing.hiddenByFilter();
        count.setText(shown == listed ? DirectoryText.text("count.all", shown)
                : DirectoryText.text("count.some", shown, listed));
        boolean hidden = listing.hiddenByFilter() > 0;
        placeholder.setText(DirectoryText.text(!search.getText().isBlank() ? "empty"
                : hidden ? "empty.filtered" : "empty.none"));
        hiddenNote.setText(hidden ? DirectoryText.text("hidden", listing.hiddenByFilter()) : "");
        hiddenNote.setVisible(hidden);
        hiddenNote.setManaged(hidden);
        clearFilter.setVisible(hidden);
        clearFilter.setManaged(hidden);
        reveal(selection.getOrganization());
    }

    private void reveal(Organization organization) {
        syncing = true;
        try {
            DirectoryRow row = organization == null ? null : table.getItems().stream()
                    .filter(r -> r.organization().id().equals(organization.id())).findFirst().orElse(null);
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != row) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }
        } finally {
            syncing = false;
        }
    }

    private static TableColumn<DirectoryRow, String> text(String name, double width,
                                                          Function<DirectoryRow, String> value) {
        TableColumn<DirectoryRow, String> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setComparator(String.CASE_INSENSITIVE_ORDER);
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<DirectoryRow, Integer> initiatives() {
        TableColumn<DirectoryRow, Integer> column = new TableColumn<>(DirectoryText.text("column.initiatives"));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().initiatives()));
        column.setPrefWidth(90);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    private static TableColumn<DirectoryRow, EventDate> date(String name, Function<DirectoryRow, EventDate> value) {
        TableColumn<DirectoryRow, EventDate> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        Comparator<EventDate> dates = Comparator.comparing(EventDate::start).thenComparing(EventDate::end);
        // Unknown dates come last in either direction: the table reverses the comparator for a descending sort.
        column.setComparator((a, b) -> {
            if (a != null && b != null) {
                return dates.compare(a, b);
            }
            int unknownLast = a == null ? (b == null ? 0 : 1) : -1;
            return column.getSortType() == TableColumn.SortType.DESCENDING ? -unknownLast : unknownLast;
        });
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(EventDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? Labels.unknown() : DateWording.of(item));
            }
        });
        column.setPrefWidth(170);
        return column;
    }

    /** The rows in display order, for tests. */
    public List<DirectoryRow> rows() {
        return table.getItems();
    }

    public Node node() {
        return root;
    }
}

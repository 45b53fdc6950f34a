package org.metaverseatlas.ui.table;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.metaverseatlas.model.DateWording;
import org.metaverseatlas.model.EventDate;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Labels;
import org.metaverseatlas.ui.I18n;
import org.metaverseatlas.ui.state.FilterModel;
import org.metaverseatlas.ui.state.SelectionModel;

import java.util.Comparator;

/** The sortable table of the filtered initiatives, in step with the shared selection. */
public final class InitiativeTable {
    private final TableView<Initiative> table = new TableView<>();
    private final ObservableList<Initiative> rows = FXCollections.observableArrayList();
    private boolean syncing;

    public InitiativeTable(FilterModel filter, SelectionModel selection) {
        table.setId("initiative-table");
        TableColumn<Initiative, EventDate> date = new TableColumn<>(I18n.text("table.date"));
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().date()));
        date.setComparator(Comparator.comparing(EventDate::start).thenComparing(EventDate::end));
        date.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(EventDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : DateWording.of(item));
            }
        });
        date.setPrefWidth(190);
        date.setMinWidth(175); // "20–23 November 2021" whole
        TableColumn<Initiative, String> title = text(I18n.text("table.title"), 360, Initiative::title);
        TableColumn<Initiative, String> kind = text(I18n.text("table.kind"), 120, i -> Labels.kindShort(i.kind()));
        TableColumn<Initiative, String> place = text(I18n.text("table.place"), 170, i -> Labels.placeName(i.place()));
        TableColumn<Initiative, String> province = text(I18n.text("table.province"), 110,
                i -> i.place().province() == null ? "" : i.place().province().nameEn());
        TableColumn<Initiative, String> orgs = text(I18n.text("table.organizations"), 320,
                i -> String.join("; ", i.organizationNames()));
        table.getColumns().setAll(java.util.List.of(date, title, kind, place, province, orgs));
        // Dense rows and columns that share the width: on a laptop screen the table shows rows, not scroll bars.
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        SortedList<Initiative> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);

        Button clear = new Button(I18n.text("filter.emptyClear"));
        clear.setOnAction(e -> filter.clear());
        VBox empty = new VBox(8, new Label(I18n.text("filter.empty")), clear);
        empty.setAlignment(javafx.geometry.Pos.CENTER);
        Label loading = new Label(I18n.text("filter.loading"));
        loading.setId("table-loading");
        // Until the store has given its catalog, an empty table is loading, not a result to clear filters from.
        table.setPlaceholder(filter.isLoaded() ? empty : loading);
        filter.loadedProperty().addListener((o, was, now) -> table.setPlaceholder(now ? empty : loading));

        filter.filteredProperty().addListener((o, was, now) -> show(now, selection.getInitiative()));
        show(filter.getFiltered(), selection.getInitiative());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing && now != null) {
                selection.select(now);
            }
        });
        selection.initiativeProperty().addListener((o, was, now) -> reveal(now));
    }

    private static TableColumn<Initiative, String> text(String name, double width,
                                                        java.util.function.Function<Initiative, String> value) {
        TableColumn<Initiative, String> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private void show(java.util.List<Initiative> initiatives, Initiative selected) {
        syncing = true;
        try {
            boolean wasEmpty = rows.isEmpty();
            rows.setAll(initiatives);
            if (wasEmpty && !initiatives.isEmpty()) {
                // From the placeholder to rows, the table's cells are made in a later layout pass; on some displays
                // no frame is drawn after it until something else moves, and the placeholder stays on screen.
                javafx.application.Platform.runLater(table::refresh);
            }
        } finally {
            syncing = false;
        }
        reveal(selected);
    }

    private void reveal(Initiative initiative) {
        syncing = true;
        try {
            if (initiative == null || !table.getItems().contains(initiative)) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != initiative) {
                table.getSelectionModel().select(initiative);
                table.scrollTo(initiative);
            }
        } finally {
            syncing = false;
        }
    }

    public Node node() {
        return table;
    }

    /** The rows in display order, for tests and exports. */
    public java.util.List<Initiative> rows() {
        return table.getItems();
    }
}

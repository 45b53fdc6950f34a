package org.metaverseatlas.ui.statistics;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.metaverseatlas.model.DateWording;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.analysis.CountTable;
import org.metaverseatlas.model.analysis.Dimension;
import org.metaverseatlas.model.analysis.FirstMovers;
import org.metaverseatlas.render.statistics.ChartArea;
import org.metaverseatlas.render.statistics.ChartColours;
import org.metaverseatlas.render.statistics.CountChart;
import org.metaverseatlas.ui.paint.CanvasPainter;
import org.metaverseatlas.ui.paint.CanvasSkin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A toolbar (the dimensions, a caption) over a split: the chart on a canvas, and the first movers in a table. The
 * counting and drawing are redone at most once per pulse, in the layout pass after a change.
 */
final class StatisticsSkin extends CanvasSkin<StatisticsView> {
    private final Pane chartPane = new Pane(canvas);
    private final CanvasPainter painter = new CanvasPainter(canvas.getGraphicsContext2D());
    private final Label caption = new Label();
    private final Label note = new Label(StatisticsMessages.text("typeNote"));
    private final Label tip = new Label();
    private final TableView<FirstMovers.Entry> firstMovers = new TableView<>();
    private final VBox root;
    private List<ChartArea> areas = List.of();
    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private long lastUpdateNanos;
    private long lastUpdateCpuNanos;

    StatisticsSkin(StatisticsView control) {
        super(control);
        ComboBox<Dimension> rows = new ComboBox<>(FXCollections.observableArrayList(Dimension.values()));
        rows.setId("statistics-rows");
        rows.valueProperty().bindBidirectional(control.rowsProperty());
        rows.setCellFactory(v -> dimensionCell());
        rows.setButtonCell(dimensionCell());
        List<Dimension> optional = new ArrayList<>();
        optional.add(null);
        optional.addAll(Arrays.asList(Dimension.values()));
        ComboBox<Dimension> columns = new ComboBox<>(FXCollections.observableArrayList(optional));
        columns.setId("statistics-columns");
        columns.valueProperty().bindBidirectional(control.columnsProperty());
        columns.setCellFactory(v -> dimensionCell());
        columns.setButtonCell(dimensionCell());
        caption.getStyleClass().add("statistics-caption");
        caption.setId("statistics-caption");
        caption.setMinWidth(0);
        note.getStyleClass().add("statistics-note");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(new Label(StatisticsMessages.text("countBy")), rows,
                new Label(StatisticsMessages.text("andBy")), columns, spacer, caption);
        toolbar.getStyleClass().add("statistics-toolbar");

        tip.getStyleClass().add("statistics-tip");
        tip.setManaged(false);
        tip.setVisible(false);
        tip.setMouseTransparent(true);
        chartPane.getChildren().add(tip);
        chartPane.setMinSize(0, 0);
        canvas.setManaged(false);

        firstMovers.setId("first-movers");
        firstMovers.getStyleClass().add("dense");
        firstMovers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        firstMovers.getColumns().add(column("column.date", e -> DateWording.of(e.initiative().date()), 150));
        firstMovers.getColumns().add(column("column.place", e -> StatisticsMessages.text("level." + e.level().name(),
                e.placeName()), 150));
        firstMovers.getColumns().add(column("column.initiative", e -> e.initiative().title(), 260));
        firstMovers.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && now.initiative() != control.selection().getInitiative()) {
                control.selection().select(now.initiative());
            }
        });
        Label heading = new Label(StatisticsMessages.text("firstMovers"));
        heading.getStyleClass().add("statistics-heading");
        heading.setWrapText(true);
        VBox side = new VBox(heading, firstMovers);
        VBox.setVgrow(firstMovers, Priority.ALWAYS);
        side.setMinWidth(0);
        VBox chartSide = new VBox(chartPane, note);
        VBox.setVgrow(chartPane, Priority.ALWAYS);
        SplitPane split = new SplitPane(chartSide, side);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.52);
        VBox.setVgrow(split, Priority.ALWAYS);
        root = new VBox(toolbar, split);
        getChildren().add(root);

        watch(chartPane.widthProperty(), chartPane.heightProperty(), control.filter().filteredProperty(),
                control.rowsProperty(), control.columnsProperty(), control.backgroundProperty());
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tip.setVisible(false));
    }

    private static ListCell<Dimension> dimensionCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Dimension item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? StatisticsMessages.text("none") : item.label());
            }
        };
    }

    private static TableColumn<FirstMovers.Entry, String> column(String key,
            java.util.function.Function<FirstMovers.Entry, String> text, double width) {
        TableColumn<FirstMovers.Entry, String> c = new TableColumn<>(StatisticsMessages.text(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(text.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        root.resizeRelocate(x, y, w, h);
        if (isDirty()) {
            root.layout();
            redraw();
        }
    }

    private ChartColours colours() {
        javafx.scene.layout.Background background = getSkinnable().getBackground();
        if (background != null && !background.getFills().isEmpty()
                && background.getFills().get(0).getFill() instanceof Color c && c.getBrightness() < 0.5) {
            return ChartColours.DARK;
        }
        return ChartColours.LIGHT;
    }

    long redraw() {
        long t0 = System.nanoTime();
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        markDrawn();
        StatisticsView control = getSkinnable();
        List<Initiative> filtered = control.filter().getFiltered();
        Dimension rows = control.rowsProperty().get() == null ? Dimension.PROVINCE : control.rowsProperty().get();
        CountTable table = CountTable.of(filtered, rows, control.columnsProperty().get());
        caption.setText(StatisticsMessages.text("caption", filtered.size()));
        boolean byType = rows == Dimension.TYPE || table.columnDimension() == Dimension.TYPE;
        note.setVisible(byType);
        note.setManaged(byType);
        double w = Math.max(1, chartPane.getWidth());
        double h = Math.max(1, chartPane.getHeight());
        canvas.setWidth(w);
        canvas.setHeight(h);
        areas = CountChart.paint(painter, table, w, h, colours(),
                Dimension.chosenKeys(control.filter().getCriteria()));
        firstMovers.getItems().setAll(FirstMovers.of(filtered));
        firstMovers.setPlaceholder(new Label(StatisticsMessages.text("empty")));
        lastUpdateNanos = System.nanoTime() - t0;
        lastUpdateCpuNanos = THREADS.getCurrentThreadCpuTime() - cpu0;
        return lastUpdateNanos;
    }

    long lastUpdateNanos() {
        return lastUpdateNanos;
    }

    long lastUpdateCpuNanos() {
        return lastUpdateCpuNanos;
    }

    List<ChartArea> drawnAreas() {
        List<ChartArea> inControl = new ArrayList<>(areas.size());
        for (ChartArea a : areas) {
            Point2D p = canvas.localToScene(a.x(), a.y());
            Point2D q = getSkinnable().sceneToLocal(p);
            inControl.add(new ChartArea(a.row(), a.column(), a.count(), q.getX(), q.getY(), a.width(), a.height()));
        }
        return inControl;
    }

    private ChartArea areaAt(double x, double y) {
        // Cells before row and column headers: they are listed first, and a cell is the finer choice.
        for (ChartArea a : areas) {
            if (a.contains(x, y)) {
                return a;
            }
        }
        return null;
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        ChartArea area = areaAt(e.getX(), e.getY());
        if (area != null) {
            getSkinnable().choose(area);
        }
    }

    private void hover(double x, double y) {
        ChartArea a = areaAt(x, y);
        if (a == null) {
            tip.setVisible(false);
            canvas.setCursor(Cursor.DEFAULT);
            return;
        }
        boolean filterable = (a.row() != null && a.row().filterable()) || (a.column() != null && a.column().filterable());
        String what = a.row() != null && a.column() != null
                ? StatisticsMessages.text("tipCell", a.row().label(), a.column().label(), a.count())
                : StatisticsMessages.text("tip", (a.row() != null ? a.row() : a.column()).label(), a.count());
        tip.setText(what + "\n" + StatisticsMessages.text(filterable ? "tipFilter" : "tipUnfilterable"));
        tip.setVisible(true);
        double tw = tip.prefWidth(-1);
        double th = tip.prefHeight(tw);
        double tx = x + 14 + tw > chartPane.getWidth() ? Math.max(0, x - tw - 8) : x + 14;
        double ty = y + 14 + th > chartPane.getHeight() ? Math.max(0, y - th - 8) : y + 14;
        tip.resizeRelocate(tx, ty, tw, th);
        tip.toFront();
        canvas.setCursor(filterable ? Cursor.HAND : Cursor.DEFAULT);
    }

}

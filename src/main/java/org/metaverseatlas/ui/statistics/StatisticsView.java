package org.metaverseatlas.ui.statistics;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.model.analysis.Category;
import org.metaverseatlas.model.analysis.Dimension;
import org.metaverseatlas.render.statistics.ChartArea;
import org.metaverseatlas.ui.state.FilterModel;
import org.metaverseatlas.ui.state.SelectionModel;

import java.util.List;

/**
 * Counts of the filtered initiatives by one dimension (a bar chart) or two (a heat map, such as province × year),
 * beside the first movers: each city's and province's first initiative, in date order. It follows the shared
 * {@link FilterModel}; clicking a bar or a cell narrows that filter to it (a second click takes it back), so every
 * view follows; choosing a first mover selects that initiative. It counts only while it is on screen.
 */
public final class StatisticsView extends Control {
    private final FilterModel filter;
    private final SelectionModel selection;
    private final ObjectProperty<Dimension> rows = new SimpleObjectProperty<>(this, "rows", Dimension.PROVINCE);
    private final ObjectProperty<Dimension> columns = new SimpleObjectProperty<>(this, "columns");

    public StatisticsView(FilterModel filter, SelectionModel selection) {
        this.filter = filter;
        this.selection = selection;
        getStyleClass().add("statistics-view");
        setId("statistics");
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText(StatisticsMessages.text("accessible"));
        setMinSize(0, 0);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new StatisticsSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return StatisticsView.class.getResource("statistics.css").toExternalForm();
    }

    FilterModel filter() {
        return filter;
    }

    SelectionModel selection() {
        return selection;
    }

    /** What the bars (or the heat map's rows) count by. */
    public ObjectProperty<Dimension> rowsProperty() {
        return rows;
    }

    /** What the heat map's columns count by; null for a bar chart. */
    public ObjectProperty<Dimension> columnsProperty() {
        return columns;
    }

    /** Narrows the shared filter to a bar, a cell, a row or a column header (a second click takes it back). */
    public void choose(ChartArea area) {
        FilterCriteria criteria = filter.getCriteria();
        boolean changed = false;
        for (Category c : new Category[]{area.row(), area.column()}) {
            if (c != null && c.filterable()) {
                criteria = c.dimension().narrow(criteria, c);
                changed = true;
            }
        }
        if (changed) {
            filter.setCriteria(criteria);
        }
    }

    /** The bars or cells drawn at the last redraw, in the control's coordinates (for tests and the benchmark). */
    public List<ChartArea> drawnAreas() {
        return getSkin() instanceof StatisticsSkin s ? s.drawnAreas() : List.of();
    }

    /** Counts and draws at once (for the benchmark); returns the nanoseconds it took. */
    public long redrawNow() {
        return getSkin() instanceof StatisticsSkin s ? s.redraw() : 0;
    }

    /** How long the last count and drawing took, in nanoseconds: the view's share of a filter change. */
    public long lastUpdateNanos() {
        return getSkin() instanceof StatisticsSkin s ? s.lastUpdateNanos() : 0;
    }

    /** The FX thread's CPU time of the last count and drawing, in nanoseconds (leaves out waits for a core). */
    public long lastUpdateCpuNanos() {
        return getSkin() instanceof StatisticsSkin s ? s.lastUpdateCpuNanos() : 0;
    }
}

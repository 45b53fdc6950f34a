package org.metaverseatlas.render.statistics;

import org.metaverseatlas.model.analysis.Category;

/** A drawn bar or cell: its category (and column, for a cell; null for a bar) and its box, for hit-testing. */
public record ChartArea(Category row, Category column, int count, double x, double y, double width, double height) {
    public boolean contains(double px, double py) {
        return px >= x && px <= x + width && py >= y && py <= y + height;
    }
}

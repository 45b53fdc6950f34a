package org.metaverseatlas.render.statistics;

import org.metaverseatlas.model.analysis.Category;
import org.metaverseatlas.model.analysis.CountTable;
import org.metaverseatlas.render.Painter;
import org.metaverseatlas.render.Rgb;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Draws a {@link CountTable} through a {@link Painter}, for the screen and the PDF alike: a bar chart for one
 * dimension (a row per category, the count at the bar's end), a heat map for two (a cell per pair, darker for more,
 * the count written where it fits, row totals at the right). What does not fit is left out from the end and said
 * so. Returns the areas drawn, for hit-testing.
 */
public final class CountChart {
    private static final double SIZE = 10.5;
    private static final double ROW = 19;
    private static final double MIN_CELL = 30;
    private static final double MAX_LABEL = 190;

    private CountChart() {
    }

    /**
     * @param chosen keys of categories the filter holds now, drawn in the highlight colour
     */
    public static List<ChartArea> paint(Painter p, CountTable table, double width, double height,
                                        ChartColours colours, Set<String> chosen) {
        p.setFill(colours.background());
        p.fillRect(0, 0, width, height);
        return table.isTwoWay() ? heatMap(p, table, width, height, colours, chosen)
                : bars(p, table, width, height, colours, chosen);
    }

    /** The height a chart of this table wants to show every row (for the PDF, which flows onto more pages). */
    public static double naturalHeight(CountTable table) {
        return (table.isTwoWay() ? ROW * 1.5 : 0) + table.rows().size() * ROW + ROW + 8;
    }

    private static double labelWidth(Painter p, List<Category> rows, double width) {
        double w = 0;
        for (Category c : rows) {
            w = Math.max(w, p.textWidth(c.label(), SIZE, false));
        }
        return Math.min(Math.min(MAX_LABEL, width * 0.35), w) + 10;
    }

    private static List<ChartArea> bars(Painter p, CountTable table, double width, double height,
                                        ChartColours colours, Set<String> chosen) {
        List<ChartArea> areas = new ArrayList<>();
        List<Category> rows = table.rows();
        int fit = (int) Math.max(1, Math.floor((height - 6) / ROW));
        int shown = rows.size() <= fit ? rows.size() : Math.max(1, fit - 1);
        double labels = labelWidth(p, rows.subList(0, shown), width);
        double countWidth = p.textWidth(String.valueOf(table.maxRowTotal()), SIZE, false) + 8;
        double barSpace = Math.max(10, width - labels - countWidth - 8);
        double max = Math.max(1, table.maxRowTotal());
        for (int k = 0; k < shown; k++) {
            Category c = rows.get(k);
            int n = table.rowTotal(c);
            double y = 4 + k * ROW;
            double w = Math.max(1, barSpace * n / max);
            p.setFill(colours.text());
            p.text(ellipsize(p, c.label(), labels - 10), labels - 6, y + ROW / 2 + SIZE * 0.35, SIZE,
                    Painter.Align.RIGHT, false);
            Rgb fill = chosen.contains(c.key()) ? colours.barChosen() : colours.bar();
            p.setFill(c.filterable() ? fill : fill.withAlpha(0.45));
            p.fillRect(labels, y + 3, w, ROW - 6);
            p.setFill(colours.muted());
            p.text(String.valueOf(n), labels + w + 4, y + ROW / 2 + SIZE * 0.35, SIZE, Painter.Align.LEFT, false);
            areas.add(new ChartArea(c, null, n, 0, y, labels + w + countWidth, ROW));
        }
        if (shown < rows.size()) {
            int hidden = rows.size() - shown;
            int hiddenCount = 0;
            for (int k = shown; k < rows.size(); k++) {
                hiddenCount += table.rowTotal(rows.get(k));
            }
            p.setFill(colours.muted());
            p.text(StatisticsText.text("more", hidden, hiddenCount), labels, 4 + shown * ROW + ROW / 2 + SIZE * 0.35,
                    SIZE - 0.5, Painter.Align.LEFT, false);
        }
        return areas;
    }

    private static List<ChartArea> heatMap(Painter p, CountTable table, double width, double height,
                                           ChartColours colours, Set<String> chosen) {
        List<ChartArea> areas = new ArrayList<>();
        List<Category> rows = table.rows();
        List<Category> columns = table.columns();
        double top = ROW * 1.5;
        int fitRows = (int) Math.max(1, Math.floor((height - top - ROW - 4) / ROW));
        int shownRows = Math.min(rows.size(), fitRows);
        double labels = labelWidth(p, rows.subList(0, shownRows), width);
        double totalWidth = p.textWidth(StatisticsText.text("total"), SIZE, true) + 12;
        int fitColumns = (int) Math.max(1, Math.floor((width - labels - totalWidth) / MIN_CELL));
        int shownColumns = Math.min(columns.size(), fitColumns);
        double cell = Math.min(90, (width - labels - totalWidth) / Math.max(1, shownColumns));
        double max = Math.max(1, table.maxCell());
        for (int c = 0; c < shownColumns; c++) {
            Category col = columns.get(c);
            double x = labels + c * cell;
            p.setFill(chosen.contains(col.key()) ? colours.barChosen() : colours.text());
            p.text(ellipsize(p, col.label(), cell - 4), x + cell / 2, top - 7, SIZE - 0.5, Painter.Align.CENTER,
                    true);
        }
        p.setFill(colours.text());
        p.text(StatisticsText.text("total"), labels + shownColumns * cell + totalWidth - 4, top - 7, SIZE - 0.5,
                Painter.Align.RIGHT, true);
        for (int r = 0; r < shownRows; r++) {
            Category row = rows.get(r);
            double y = top + r * ROW;
            p.setFill(chosen.contains(row.key()) ? colours.barChosen() : colours.text());
            p.text(ellipsize(p, row.label(), labels - 10), labels - 6, y + ROW / 2 + SIZE * 0.35, SIZE,
                    Painter.Align.RIGHT, false);
            for (int c = 0; c < shownColumns; c++) {
                Category col = columns.get(c);
                int n = table.count(row, col);
                double x = labels + c * cell;
                if (n > 0) {
                    double t = Math.sqrt(n / max);
                    Rgb fill = colours.cellLow().mix(colours.cellHigh(), t);
                    p.setFill(fill);
                    p.fillRect(x + 0.5, y + 0.5, cell - 1, ROW - 1);
                    String text = String.valueOf(n);
                    if (p.textWidth(text, SIZE - 1, false) < cell - 4) {
                        // Dark cells take the background's tone, light ones the text's: readable on both themes.
                        p.setFill(t > 0.55 ? colours.background() : colours.text());
                        p.text(text, x + cell / 2, y + ROW / 2 + (SIZE - 1) * 0.35, SIZE - 1, Painter.Align.CENTER,
                                false);
                    }
                } else {
                    p.setStroke(colours.grid().withAlpha(0.5));
                    p.setLineWidth(0.5);
                    p.strokeRect(x + 0.5, y + 0.5, cell - 1, ROW - 1);
                }
                areas.add(new ChartArea(row, col, n, x, y, cell, ROW));
            }
            p.setFill(colours.muted());
            p.text(String.valueOf(table.rowTotal(row)), labels + shownColumns * cell + totalWidth - 4,
                    y + ROW / 2 + SIZE * 0.35, SIZE, Painter.Align.RIGHT, false);
            areas.add(new ChartArea(row, null, table.rowTotal(row), 0, y, labels, ROW));
        }
        for (int c = 0; c < shownColumns; c++) {
            Category col = columns.get(c);
            areas.add(new ChartArea(null, col, table.columnTotal(col), labels + c * cell, 0, cell, top));
        }
        List<String> notes = new ArrayList<>();
        if (shownRows < rows.size()) {
            int hiddenCount = 0;
            for (int k = shownRows; k < rows.size(); k++) {
                hiddenCount += table.rowTotal(rows.get(k));
            }
            notes.add(StatisticsText.text("more", rows.size() - shownRows, hiddenCount));
        }
        if (shownColumns < columns.size()) {
            notes.add(StatisticsText.text("moreColumns", columns.size() - shownColumns));
        }
        if (!notes.isEmpty()) {
            p.setFill(colours.muted());
            p.text(String.join(" \u00b7 ", notes), labels, top + shownRows * ROW + ROW * 0.8, SIZE - 0.5,
                    Painter.Align.LEFT, false);
        }
        return areas;
    }

    private static String ellipsize(Painter p, String text, double width) {
        if (p.textWidth(text, SIZE, false) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && p.textWidth(t + "\u2026", SIZE, false) > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip() + "\u2026";
    }
}

package org.metaverseatlas.render.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays the timeline out: the time scale and its ticks, the lanes (all of them, rows squeezed to fit, when they fit
 * the height; else those at the scroll position), and in each lane either its marks stacked in rows with labels
 * placed, plus counted clusters for those that find no row, or, where marks are too dense, a histogram. Only the
 * initiatives of the visible window are looked at.
 */
public final class TimelineLayouter {
    private static final int BIN_ROWS = 2;
    private static final int SCROLLING_ROWS = 4;
    private static final double CLUSTER_JOIN = 14;
    private static final int[][] BIN_STEPS = {{0, 1}, {1, 1}, {2, 1}, {3, 1}, {4, 1}, {4, 5}, {4, 10}, {4, 50}};

    private final TimelineStyle style;

    public TimelineLayouter(TimelineStyle style) {
        this.style = style;
    }

    public TimelineStyle style() {
        return style;
    }

    /**
     * @param scrollLanes the scroll position in lanes: the index of the top lane, plus the fraction of it scrolled away
     */
    public TimelineLayout layout(LaneIndex index, TimeWindow window, double width, double height, double scrollLanes,
                                 TextWidths text) {
        double header = 90;
        for (Lane lane : index.lanes()) {
            header = Math.max(header, lane.titleWidth(text, style.headerSize()) + 30);
        }
        double plotLeft = Math.min(Math.min(style.headerWidth(), Math.ceil(header)), Math.max(0, width - 40));
        double plotRight = Math.max(plotLeft + 10, width);
        double plotTop = style.axisHeight();
        double plotBottom = Math.max(plotTop + 10, height);
        TimeScale scale = TimeScale.of(window, plotLeft, plotRight - plotLeft);
        AxisTicks ticks = TickChooser.choose(scale, plotLeft, plotRight);
        Frame f = new Frame(window, scale, plotLeft, plotRight, text, binEdges(window, scale), style.maxRows());
        List<Lane> lanes = index.lanes();
        int n = lanes.size();
        double pad = style.lanePadding();
        double available = plotBottom - plotTop;
        LaneContent[] contents = new LaneContent[n];
        List<LaneBand> bands = new ArrayList<>();
        List<DrawnMark> marks = new ArrayList<>();
        List<DrawnAggregate> aggregates = new ArrayList<>();

        if (n > 0 && n * (style.minRowHeight() + 2 * pad) <= available) {
            if (style.forPaper()) {
                // A page with room for it gives every initiative its own row, in order of date: nothing to
                // cluster, no label beside another's mark. Else marks stack as on screen.
                LaneContent[] ordered = new LaneContent[n];
                for (int k = 0; k < n; k++) {
                    ordered[k] = content(lanes.get(k), k, f.withOnePerRow());
                }
                if (height(ordered, style.minRowHeight()) <= available) {
                    return emitAll(ordered, style.minRowHeight(), f, width, height, window, scale, plotLeft, plotTop,
                            plotRight, plotBottom, ticks);
                }
            }
            int totalRows = 0;
            for (int k = 0; k < n; k++) {
                contents[k] = content(lanes.get(k), k, f);
                totalRows += contents[k].rows;
            }
            double fit = (available - n * 2 * pad) / totalRows;
            if (style.forPaper() ? height(contents, style.minRowHeight()) <= available : fit >= style.minRowHeight()) {
                double rowHeight = style.forPaper() ? style.minRowHeight() : Math.min(style.rowHeight(), Math.floor(fit));
                return emitAll(contents, rowHeight, f, width, height, window, scale, plotLeft, plotTop, plotRight,
                        plotBottom, ticks);
            }
        }
        // Lanes that scroll stack fewer rows, so that more of them show at once; the rest gather in clusters.
        // Paper is not scrolled but paged: its lanes keep their rows (each lane's as tall as its labels need).
        f = f.withMaxRows(style.forPaper() ? style.maxRows() : SCROLLING_ROWS);
        contents = new LaneContent[n];
        double rowHeight = style.forPaper() ? style.minRowHeight() : style.rowHeight();
        double position = Math.max(0, Math.min(n - 1, scrollLanes));
        int first = (int) Math.floor(position);
        double shown = 0;
        if (n > 0) {
            LaneContent top = contents[first] != null ? contents[first] : content(lanes.get(first), first, f);
            contents[first] = top;
            double y = plotTop - (position - first) * top.height(rowHeight);
            for (int k = first; k < n && y < plotBottom; k++) {
                LaneContent c = contents[k] != null ? contents[k] : content(lanes.get(k), k, f);
                double h = c.emit(y, rowHeight, f, bands, marks, aggregates);
                double visible = Math.min(y + h, plotBottom) - Math.max(y, plotTop);
                shown += Math.max(0, visible) / h;
                y += h;
            }
        }
        return new TimelineLayout(width, height, style, window, scale, plotLeft, plotTop, plotRight, plotBottom,
                rowHeight, ticks, bands, marks, aggregates, n, position, shown, n > 0 && (first > 0 || shown < n - 1e-6));
    }

    private TimelineLayout emitAll(LaneContent[] contents, double rowHeight, Frame f, double width, double height,
                                   TimeWindow window, TimeScale scale, double plotLeft, double plotTop,
                                   double plotRight, double plotBottom, AxisTicks ticks) {
        List<LaneBand> bands = new ArrayList<>();
        List<DrawnMark> marks = new ArrayList<>();
        List<DrawnAggregate> aggregates = new ArrayList<>();
        double y = plotTop;
        for (LaneContent c : contents) {
            y += c.emit(y, rowHeight, f, bands, marks, aggregates);
        }
        int n = contents.length;
        return new TimelineLayout(width, height, style, window, scale, plotLeft, plotTop, plotRight, plotBottom,
                rowHeight, ticks, bands, marks, aggregates, n, 0, n, false);
    }

    private static double height(LaneContent[] contents, double rowHeight) {
        double total = 0;
        for (LaneContent c : contents) {
            total += c.height(rowHeight);
        }
        return total;
    }

    /** What is shared by every lane of one layout. */
    private record Frame(TimeWindow window, TimeScale scale, double left, double right, TextWidths text,
                         double[] binEdges, int maxRows, boolean onePerRow) {
        Frame(TimeWindow window, TimeScale scale, double left, double right, TextWidths text, double[] binEdges,
              int maxRows) {
            this(window, scale, left, right, text, binEdges, maxRows, false);
        }

        Frame withMaxRows(int rows) {
            return new Frame(window, scale, left, right, text, binEdges, rows, onePerRow);
        }

        /** Every mark on a row of its own. */
        Frame withOnePerRow() {
            return new Frame(window, scale, left, right, text, binEdges, Integer.MAX_VALUE, true);
        }
    }

    /** Calendar-aligned histogram bins across the window, at least {@code minBinWidth} wide. */
    private double[] binEdges(TimeWindow window, TimeScale scale) {
        TickUnit unit = TickUnit.YEAR;
        int count = 100;
        for (int[] step : BIN_STEPS) {
            TickUnit u = TickUnit.values()[step[0]];
            if (scale.pixels(u.approximateDays() * step[1]) >= style.minBinWidth()) {
                unit = u;
                count = step[1];
                break;
            }
        }
        List<Double> edges = new ArrayList<>();
        LocalDate d = unit.floor(LocalDate.ofEpochDay((long) Math.floor(window.startDay())), count);
        while (true) {
            edges.add((double) d.toEpochDay());
            if (d.toEpochDay() >= window.endDay()) {
                break;
            }
            d = unit.next(d, count);
        }
        double[] result = new double[edges.size()];
        for (int k = 0; k < result.length; k++) {
            result[k] = edges.get(k);
        }
        return result;
    }

    private LaneContent content(Lane lane, int laneIndex, Frame f) {
        int from = lane.firstOverlapping(f.window().startDay());
        int to = lane.endBefore(f.window().endDay());
        int[] visible = new int[Math.max(0, to - from)];
        int n = 0;
        for (int k = from; k < to; k++) {
            if (lane.end(k) > f.window().startDay()) {
                visible[n++] = k;
            }
        }
        LaneContent c = new LaneContent(lane, laneIndex);
        if (style.forPaper()) {
            // The header's room as the renderer leaves it: a longer name goes on over more lines, the band as tall.
            double room = f.left() - 8 - f.text().width(lane.countText(), style.headerSize() - 1, false) - 14;
            if (f.text().width(lane.title(), style.headerSize(), false) > room) {
                c.headerLines = f.text().wrap(lane.title(), style.headerSize(), false, Math.max(1, room)).size();
            }
        }
        if (n > (f.right() - f.left()) * style.denseMarksPerPixel()) {
            c.bin(visible, n, f);
        } else {
            c.stack(visible, n, f);
        }
        return c;
    }

    /** One lane's content, computed before its vertical position is known. */
    private final class LaneContent {
        final Lane lane;
        final int laneIndex;
        int rows = 1;
        boolean binned;
        int n;
        int[] items;
        double[] x0;
        double[] x1;
        MarkShape[] shapes;
        RowStacker.Result stacked;
        /** On paper, the labels of the marks, by their index in the lane. */
        final Map<Integer, Lane.PrintLabel> paperLabels = new HashMap<>();
        final List<double[]> clusters = new ArrayList<>();
        int[] binCounts;

        LaneContent(Lane lane, int laneIndex) {
            this.lane = lane;
            this.laneIndex = laneIndex;
        }

        /** On paper, the height of this lane's rows: as its longest label needs. */
        double paperRow = Double.NaN;

        /** The lane's rows are {@code rowHeight} tall on screen, and on paper as tall as its labels need. */
        double row(double rowHeight) {
            return Double.isNaN(paperRow) ? rowHeight : paperRow;
        }

        /** On paper, the lines the lane's name takes in its header. */
        int headerLines = 1;

        double height(double rowHeight) {
            double rowsHeight = rows * row(rowHeight) + 2 * style.lanePadding();
            return headerLines > 1 ? Math.max(rowsHeight,
                    headerLines * style.paperLabels().leading() + 2 * style.lanePadding() + 2) : rowsHeight;
        }

        void bin(int[] visible, int count, Frame f) {
            binned = true;
            rows = BIN_ROWS;
            double[] edges = f.binEdges();
            binCounts = new int[Math.max(1, edges.length - 1)];
            int b = 0;
            for (int j = 0; j < count; j++) {
                double start = lane.start(visible[j]);
                while (b < binCounts.length - 1 && edges[b + 1] <= start) {
                    b++;
                }
                binCounts[b]++;
            }
        }

        void stack(int[] visible, int count, Frame f) {
            n = count;
            items = visible;
            x0 = new double[n];
            x1 = new double[n];
            shapes = new MarkShape[n];
            double[] labelWidths = new double[n];
            boolean[] bars = new boolean[n];
            double r = style.markRadius();
            for (int j = 0; j < n; j++) {
                int k = visible[j];
                MarkShape shape = MarkShape.of(lane.initiative(k).date().precision());
                shapes[j] = shape;
                if (shape.isBar()) {
                    double a = f.scale().x(lane.start(k));
                    double b = f.scale().x(lane.end(k));
                    if (b - a < 2 * r) {
                        double mid = (a + b) / 2;
                        a = mid - r;
                        b = mid + r;
                    }
                    x0[j] = a;
                    x1[j] = b;
                    bars[j] = true;
                } else {
                    double cx = f.scale().x(lane.start(k) + 0.5);
                    x0[j] = cx - r;
                    x1[j] = cx + r;
                }
                if (style.forPaper()) {
                    Lane.PrintLabel label = lane.printLabel(k, f.text(), style);
                    paperLabels.put(k, label);
                    labelWidths[j] = label.width();
                    bars[j] = false; // several lines never go inside a bar
                } else {
                    lane.label(k, f.text(), style.labelSize(), style.maxLabelWidth());
                    labelWidths[j] = lane.labelWidth(k);
                }
            }
            sortByLeftEdge(labelWidths, bars);
            stacked = f.onePerRow()
                    ? RowStacker.onePerRow(x0, x1, labelWidths, n, f.left(), f.right(), style.minLabelWidth())
                    : RowStacker.stack(x0, x1, labelWidths, bars, n, f.maxRows(), f.left(), f.right(),
                    style.minLabelWidth(), style.forPaper());
            if (style.forPaper() && !f.onePerRow() && stacked.overflow() * 2 > n) {
                // On paper, where most marks would end in clusters for want of room for whole labels, every mark
                // is shown, unlabelled, if that fits: where and when beat a count.
                RowStacker.Result bare = RowStacker.stack(x0, x1, new double[n], bars, n, f.maxRows(), f.left(),
                        f.right(), style.minLabelWidth(), true);
                if (bare.overflow() < stacked.overflow()) {
                    stacked = bare;
                }
            }
            rows = Math.max(1, stacked.rowCount());
            if (style.forPaper()) {
                // Where the page's edge leaves a label less room than it needs, it wraps onto more lines there.
                for (int j = 0; j < n; j++) {
                    Lane.PrintLabel label = paperLabels.get(items[j]);
                    double room = stacked.labelRoom()[j];
                    if (stacked.placements()[j] != LabelPlacement.NONE && room + 0.5 < label.width()) {
                        paperLabels.put(items[j], lane.printLabel(items[j], f.text(), style, room,
                                style.paperLabels().titleLines() + 1));
                    }
                }
            }
            if (style.forPaper()) {
                int lines = 1;
                for (int j = 0; j < n; j++) {
                    if (stacked.rows()[j] >= 0 && stacked.placements()[j] != LabelPlacement.NONE) {
                        lines = Math.max(lines, paperLabels.get(items[j]).height());
                    }
                }
                paperRow = Math.ceil(style.paperLabels().leading() * lines + 3);
            }
            if (stacked.overflow() > 0) {
                double[] current = null;
                for (int j = 0; j < n; j++) {
                    if (stacked.rows()[j] >= 0) {
                        continue;
                    }
                    int k = items[j];
                    if (current != null && x0[j] <= current[1] + CLUSTER_JOIN) {
                        current[1] = Math.max(current[1], x1[j]);
                        current[2]++;
                        current[3] = Math.min(current[3], lane.start(k));
                        current[4] = Math.max(current[4], lane.end(k));
                    } else {
                        current = new double[]{x0[j], x1[j], 1, lane.start(k), lane.end(k)};
                        clusters.add(current);
                    }
                }
                rows++;
            }
        }

        /** Bars are placed by their left edge, points by theirs: the order the stacker needs. */
        private void sortByLeftEdge(double[] labelWidths, boolean[] bars) {
            for (int j = 1; j < n; j++) {
                if (x0[j] < x0[j - 1]) {
                    insertionSort(labelWidths, bars);
                    return;
                }
            }
        }

        private void insertionSort(double[] labelWidths, boolean[] bars) {
            for (int j = 1; j < n; j++) {
                int item = items[j];
                double a = x0[j];
                double b = x1[j];
                MarkShape s = shapes[j];
                double w = labelWidths[j];
                boolean bar = bars[j];
                int i = j - 1;
                while (i >= 0 && x0[i] > a) {
                    items[i + 1] = items[i];
                    x0[i + 1] = x0[i];
                    x1[i + 1] = x1[i];
                    shapes[i + 1] = shapes[i];
                    labelWidths[i + 1] = labelWidths[i];
                    bars[i + 1] = bars[i];
                    i--;
                }
                items[i + 1] = item;
                x0[i + 1] = a;
                x1[i + 1] = b;
                shapes[i + 1] = s;
                labelWidths[i + 1] = w;
                bars[i + 1] = bar;
            }
        }

        /** Adds the lane's band, marks and aggregates at {@code y}; returns the band's height. */
        double emit(double y, double layoutRow, Frame f, List<LaneBand> bands, List<DrawnMark> marks,
                    List<DrawnAggregate> aggregates) {
            double rowHeight = row(layoutRow);
            double pad = style.lanePadding();
            double h = height(rowHeight);
            bands.add(new LaneBand(laneIndex, lane, y, h, binned));
            if (binned) {
                emitBins(y + pad, rows * rowHeight, f, aggregates);
                return h;
            }
            double r = Math.min(style.markRadius(), rowHeight / 2 - 1.5);
            for (int j = 0; j < n; j++) {
                int row = stacked.rows()[j];
                if (row < 0) {
                    continue;
                }
                int k = items[j];
                // On paper the mark sits by the label's first line, the rest of the label under it.
                double cy = y + pad + row * rowHeight
                        + (style.forPaper() ? style.paperLabels().leading() / 2 + 1 : rowHeight / 2);
                MarkShape shape = shapes[j];
                double markHeight = shape == MarkShape.SOFT_BAR ? 2 * r + 3 : shape == MarkShape.BAR ? 2 * r + 1 : 2 * r;
                LabelPlacement placement = stacked.placements()[j];
                String label = null;
                double labelX = 0;
                double labelWidth = 0;
                List<String> moreLines = List.of();
                String date = null;
                boolean dateInline = false;
                if (placement != LabelPlacement.NONE && style.forPaper()) {
                    double room = stacked.labelRoom()[j];
                    Lane.PrintLabel whole = paperLabels.get(k);
                    List<String> lines = whole.lines();
                    date = whole.date();
                    dateInline = whole.dateInline();
                    label = lines.isEmpty() ? "" : lines.get(0);
                    moreLines = lines.size() > 1 ? lines.subList(1, lines.size()) : List.of();
                    labelWidth = Math.min(room, whole.width());
                    labelX = placement == LabelPlacement.LEFT ? x0[j] - RowStacker.GAP - room : x1[j] + RowStacker.GAP;
                    if (label.isEmpty()) {
                        label = null;
                        date = null;
                        moreLines = List.of();
                        placement = LabelPlacement.NONE;
                    }
                } else if (placement != LabelPlacement.NONE) {
                    double room = stacked.labelRoom()[j];
                    label = lane.label(k, f.text(), style.labelSize(), style.maxLabelWidth());
                    if (room + 0.5 < lane.labelWidth(k)) {
                        label = f.text().fit(label, style.labelSize(), false, room);
                    }
                    labelWidth = Math.min(room, lane.labelWidth(k));
                    labelX = switch (placement) {
                        case INSIDE -> Math.max(x0[j], f.left()) + RowStacker.GAP;
                        case LEFT -> x0[j] - RowStacker.GAP - room;
                        default -> x1[j] + RowStacker.GAP;
                    };
                    if (label.isEmpty()) {
                        label = null;
                        placement = LabelPlacement.NONE;
                    }
                }
                marks.add(new DrawnMark(lane.initiative(k), laneIndex, shape, x0[j], cy - markHeight / 2,
                        x1[j] - x0[j], markHeight, label, placement, labelX, labelWidth, moreLines, date,
                        dateInline));
            }
            double clusterHeight = style.forPaper() ? style.labelSize() + 4 : Math.max(10, rowHeight - 4);
            double clusterY = y + pad + (rows - 1) * rowHeight
                    + (style.forPaper() ? 1 : (rowHeight - clusterHeight) / 2);
            for (double[] c : clusters) {
                String count = "+" + (int) c[2];
                double w = Math.max(clusterHeight + 4, f.text().width(count, style.labelSize() - 1, true) + 10);
                double cx = (c[0] + c[1]) / 2;
                aggregates.add(new DrawnAggregate(false, laneIndex, (int) c[2], cx - w / 2, clusterY, w,
                        clusterHeight, c[3], c[4]));
            }
            return h;
        }

        private void emitBins(double top, double areaHeight, Frame f, List<DrawnAggregate> aggregates) {
            double[] edges = f.binEdges();
            int max = 1;
            for (int count : binCounts) {
                max = Math.max(max, count);
            }
            double usable = areaHeight - 2;
            for (int b = 0; b < binCounts.length; b++) {
                if (binCounts[b] == 0) {
                    continue;
                }
                double a = f.scale().x(edges[b]);
                double e = f.scale().x(edges[Math.min(b + 1, edges.length - 1)]);
                double h = Math.max(2, usable * Math.sqrt(binCounts[b] / (double) max));
                aggregates.add(new DrawnAggregate(true, laneIndex, binCounts[b], a, top + usable - h + 1,
                        Math.max(1, e - a - 1), h, edges[b], edges[Math.min(b + 1, edges.length - 1)]));
            }
        }
    }
}

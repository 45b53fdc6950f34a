package org.metaverseatlas.ui.detail;

import org.metaverseatlas.model.DatePrecision;
import org.metaverseatlas.model.Initiative;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the marks of an organization's own small timeline go: whole years across the width, one dot per
 * initiative (a bar where its dates span wider than a dot), marks that would touch moved to a row below, and a
 * tick at each new year. Plain geometry, so it can be tested without a window.
 */
public final class OrganizationTimelineLayout {
    public static final double DOT = 10;
    public static final double ROW = 14;
    public static final double AXIS = 20;
    public static final double PADDING = 8;
    static final int MAX_ROWS = 6;
    private static final double GAP = 2;
    private static final double MIN_LABEL_SPACING = 36;

    /** A mark: its initiative and box; a dot when the box is DOT wide and {@code bar} is false. */
    public record Mark(Initiative initiative, double x, double y, double width, double height, boolean bar,
                       boolean hollow) {
        boolean contains(double px, double py, double slack) {
            return px >= x - slack && px <= x + width + slack && py >= y - slack && py <= y + height + slack;
        }
    }

    /** A year boundary; {@code labelled} ticks carry the year as text. */
    public record Tick(double x, int year, boolean labelled) {
    }

    private final List<Mark> marks;
    private final List<Tick> ticks;
    private final double width;
    private final double height;
    private final double axisY;

    private OrganizationTimelineLayout(List<Mark> marks, List<Tick> ticks, double width, double height, double axisY) {
        this.marks = List.copyOf(marks);
        this.ticks = List.copyOf(ticks);
        this.width = width;
        this.height = height;
        this.axisY = axisY;
    }

    /** Lays out initiatives (oldest first) across {@code width}. */
    public static OrganizationTimelineLayout of(List<Initiative> initiatives, double width) {
        if (initiatives.isEmpty()) {
            return new OrganizationTimelineLayout(List.of(), List.of(), width, 0, 0);
        }
        LocalDate first = initiatives.stream().map(i -> i.date().start()).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = initiatives.stream().map(i -> i.date().end()).max(LocalDate::compareTo).orElseThrow();
        LocalDate axisStart = LocalDate.of(first.getYear(), 1, 1);
        LocalDate axisEnd = LocalDate.of(last.getYear() + 1, 1, 1);
        double days = ChronoUnit.DAYS.between(axisStart, axisEnd);
        double span = Math.max(1, width - 2 * PADDING);

        List<Double> rowEnds = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        for (Initiative initiative : initiatives) {
            double from = PADDING + span * ChronoUnit.DAYS.between(axisStart, initiative.date().start()) / days;
            double to = PADDING + span * (ChronoUnit.DAYS.between(axisStart, initiative.date().end()) + 1) / days;
            boolean bar = to - from > DOT;
            double left = bar ? from : (from + to) / 2 - DOT / 2;
            double markWidth = bar ? to - from : DOT;
            int row = rowFor(rowEnds, left);
            rowEnds.set(row, Math.max(rowEnds.get(row), left + markWidth));
            double y = PADDING + row * ROW;
            marks.add(new Mark(initiative, left, y, markWidth, DOT, bar,
                    initiative.date().precision() == DatePrecision.REPORTED_BY));
        }
        double axisY = PADDING + (rowEnds.size() - 1) * ROW + DOT + 6;
        List<Tick> ticks = new ArrayList<>();
        int years = axisEnd.getYear() - axisStart.getYear();
        int step = 1;
        while (step < years && span * step / years < MIN_LABEL_SPACING) {
            step++;
        }
        for (int year = axisStart.getYear(); year <= axisEnd.getYear(); year++) {
            double x = PADDING + span * ChronoUnit.DAYS.between(axisStart, LocalDate.of(year, 1, 1)) / days;
            boolean labelled = year < axisEnd.getYear() && (year - axisStart.getYear()) % step == 0;
            ticks.add(new Tick(x, year, labelled));
        }
        return new OrganizationTimelineLayout(marks, ticks, width, axisY + AXIS, axisY);
    }

    /** The first row whose last mark ends before {@code left}; a new row while there is room, else the last. */
    private static int rowFor(List<Double> rowEnds, double left) {
        for (int row = 0; row < rowEnds.size(); row++) {
            if (rowEnds.get(row) + GAP <= left) {
                return row;
            }
        }
        if (rowEnds.size() < MAX_ROWS) {
            rowEnds.add(Double.NEGATIVE_INFINITY);
            return rowEnds.size() - 1;
        }
        return rowEnds.size() - 1;
    }

    /** The initiative whose mark lies under a point, the nearest row first; null where none does. */
    public Initiative initiativeAt(double x, double y) {
        Mark best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Mark mark : marks) {
            if (mark.contains(x, y, 3)) {
                double distance = Math.abs(mark.x() + mark.width() / 2 - x) + Math.abs(mark.y() + mark.height() / 2 - y);
                if (distance < bestDistance) {
                    best = mark;
                    bestDistance = distance;
                }
            }
        }
        return best == null ? null : best.initiative();
    }

    public List<Mark> marks() {
        return marks;
    }

    public List<Tick> ticks() {
        return ticks;
    }

    public double width() {
        return width;
    }

    /** The height the marks and the axis need. */
    public double height() {
        return height;
    }

    /** Where the time axis runs. */
    public double axisY() {
        return axisY;
    }
}

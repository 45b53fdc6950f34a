package org.metaverseatlas.render.timeline;

import java.util.List;

/**
 * The timeline laid out for one size, window and scroll position: plot area, scale, ticks, the lanes on screen,
 * and every mark and aggregate drawn, with bounds for hit-testing.
 *
 * @param firstLane       the scroll position in lanes (the top lane shown, with its fraction scrolled away)
 * @param lanesShown      how many lanes fit the plot's height at this position
 * @param scrollable      whether the lanes are taller than the plot, so that a scroll bar is needed
 */
public record TimelineLayout(double width, double height, TimelineStyle style, TimeWindow window, TimeScale scale,
                             double plotLeft, double plotTop, double plotRight, double plotBottom, double rowHeight,
                             AxisTicks ticks, List<LaneBand> bands, List<DrawnMark> marks,
                             List<DrawnAggregate> aggregates, int laneCount, double firstLane, double lanesShown,
                             boolean scrollable) {
    public TimelineLayout {
        bands = List.copyOf(bands);
        marks = List.copyOf(marks);
        aggregates = List.copyOf(aggregates);
    }

    public double plotWidth() {
        return plotRight - plotLeft;
    }

    /** The mark at (x, y), nearest first, or else the mark whose label is at (x, y), or null. */
    public DrawnMark markAt(double x, double y) {
        if (x < plotLeft || y < plotTop || y > plotBottom) {
            return null;
        }
        DrawnMark best = null;
        double bestDistance = Double.MAX_VALUE;
        for (DrawnMark m : marks) {
            if (m.contains(x, y, 3)) {
                double dx = x < m.x() ? m.x() - x : x > m.x() + m.width() ? x - m.x() - m.width() : 0;
                double d = dx + Math.abs(y - m.centerY());
                if (d < bestDistance) {
                    bestDistance = d;
                    best = m;
                }
            }
        }
        if (best == null) {
            for (DrawnMark m : marks) {
                if (m.labelContains(x, y, style.labelSize())) {
                    return m;
                }
            }
        }
        return best;
    }

    /** The cluster or bin at (x, y), or null. */
    public DrawnAggregate aggregateAt(double x, double y) {
        if (x < plotLeft || y < plotTop || y > plotBottom) {
            return null;
        }
        for (DrawnAggregate a : aggregates) {
            if (a.contains(x, y, a.bin() ? 0 : 2)) {
                return a;
            }
        }
        return null;
    }

    /** The band at height y, or null. */
    public LaneBand bandAt(double y) {
        for (LaneBand b : bands) {
            if (y >= b.y() && y < b.y() + b.height()) {
                return b;
            }
        }
        return null;
    }

    /** The drawn mark of an initiative, or null when it is not drawn on its own. */
    public DrawnMark mark(String initiativeId) {
        for (DrawnMark m : marks) {
            if (m.initiativeId().equals(initiativeId)) {
                return m;
            }
        }
        return null;
    }
}

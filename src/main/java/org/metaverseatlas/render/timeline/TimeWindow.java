package org.metaverseatlas.render.timeline;

import java.time.LocalDate;

/**
 * A visible stretch of time in epoch days, [startDay, endDay), fractional so that zoom and pan are smooth at any
 * scale. Zooming keeps the window between {@link #MIN_DAYS} and {@link #MAX_DAYS} long.
 */
public record TimeWindow(double startDay, double endDay) {
    /** The closest zoom: two days across the view. */
    public static final double MIN_DAYS = 2;
    /** The farthest zoom: two centuries. */
    public static final double MAX_DAYS = 365.25 * 200;

    public TimeWindow {
        if (!(endDay > startDay)) {
            throw new IllegalArgumentException("empty window " + startDay + ".." + endDay);
        }
    }

    /** The window from the first day to the day after the last, [from, to). */
    public static TimeWindow of(LocalDate from, LocalDate toExclusive) {
        return new TimeWindow(from.toEpochDay(), toExclusive.toEpochDay());
    }

    public double length() {
        return endDay - startDay;
    }

    public double center() {
        return (startDay + endDay) / 2;
    }

    /** Zooms in by {@code factor} (below 1 zooms out), keeping {@code anchorDay} where it is on screen. */
    public TimeWindow zoom(double factor, double anchorDay) {
        double length = Math.max(MIN_DAYS, Math.min(MAX_DAYS, length() / factor));
        double fraction = (anchorDay - startDay) / length();
        double start = anchorDay - fraction * length;
        return new TimeWindow(start, start + length);
    }

    public TimeWindow pan(double days) {
        return new TimeWindow(startDay + days, endDay + days);
    }

    /** The same length, centred on {@code day}. */
    public TimeWindow centeredOn(double day) {
        double half = length() / 2;
        return new TimeWindow(day - half, day + half);
    }

    /** True when [fromDay, toDay) overlaps the window. */
    public boolean overlaps(double fromDay, double toDay) {
        return toDay > startDay && fromDay < endDay;
    }

    /** The first whole day shown (even partly). */
    public LocalDate fromDate() {
        return LocalDate.ofEpochDay((long) Math.floor(startDay));
    }

    /** The day after the last one shown (even partly). */
    public LocalDate toDate() {
        long to = (long) Math.ceil(endDay);
        return LocalDate.ofEpochDay(Math.max(to, (long) Math.floor(startDay) + 1));
    }
}

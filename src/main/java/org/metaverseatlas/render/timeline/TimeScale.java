package org.metaverseatlas.render.timeline;

import java.time.LocalDate;

/**
 * Maps time to x and back: {@code x = originX + (day - startDay) / daysPerPixel}. Time is in epoch days (a day
 * starts at its whole number), x in pixels or points.
 */
public record TimeScale(double startDay, double daysPerPixel, double originX) {
    public TimeScale {
        if (!(daysPerPixel > 0)) {
            throw new IllegalArgumentException("daysPerPixel must be positive: " + daysPerPixel);
        }
    }

    /** The scale that shows {@code window} across {@code width} starting at {@code originX}. */
    public static TimeScale of(TimeWindow window, double originX, double width) {
        return new TimeScale(window.startDay(), window.length() / Math.max(1, width), originX);
    }

    public double x(double day) {
        return originX + (day - startDay) / daysPerPixel;
    }

    public double x(LocalDate day) {
        return x(day.toEpochDay());
    }

    public double day(double x) {
        return startDay + (x - originX) * daysPerPixel;
    }

    public double pixels(double days) {
        return days / daysPerPixel;
    }

    public double days(double pixels) {
        return pixels * daysPerPixel;
    }
}

package org.metaverseatlas.render.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The calendar units the time axis ticks by, finest first. */
public enum TickUnit {
    DAY(1), WEEK(7), MONTH(30.44), QUARTER(91.31), YEAR(365.25);

    private final double approximateDays;

    TickUnit(double approximateDays) {
        this.approximateDays = approximateDays;
    }

    public double approximateDays() {
        return approximateDays;
    }

    /** The start of the period of {@code count} units that holds {@code day}. */
    public LocalDate floor(LocalDate day, int count) {
        return switch (this) {
            case DAY -> count == 1 ? day : LocalDate.ofEpochDay(Math.floorDiv(day.toEpochDay(), count) * count);
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1).withMonth(1 + ((day.getMonthValue() - 1) / count) * count);
            case QUARTER -> day.withDayOfMonth(1).withMonth(1 + ((day.getMonthValue() - 1) / (3 * count)) * 3 * count);
            case YEAR -> LocalDate.of(Math.floorDiv(day.getYear(), count) * count, 1, 1);
        };
    }

    /** The start of the next period of {@code count} units after the one starting at {@code periodStart}. */
    public LocalDate next(LocalDate periodStart, int count) {
        return switch (this) {
            case DAY -> periodStart.plusDays(count);
            case WEEK -> periodStart.plusWeeks(count);
            case MONTH -> periodStart.plusMonths(count);
            case QUARTER -> periodStart.plusMonths(3L * count);
            case YEAR -> periodStart.plusYears(count);
        };
    }
}

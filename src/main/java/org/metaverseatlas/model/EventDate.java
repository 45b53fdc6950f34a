package org.metaverseatlas.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * When an initiative happened, as exactly as its source says. {@code start} and {@code end} are inclusive;
 * a month-precision date spans its whole month, a reported-by date is the source's publication day.
 */
public record EventDate(LocalDate start, LocalDate end, DatePrecision precision) {
    public EventDate {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(precision, "precision");
        if (end == null) {
            end = precision == DatePrecision.MONTH ? YearMonth.from(start).atEndOfMonth() : start;
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }

    public static EventDate day(LocalDate day) {
        return new EventDate(day, day, DatePrecision.DAY);
    }

    public static EventDate month(YearMonth month) {
        return new EventDate(month.atDay(1), month.atEndOfMonth(), DatePrecision.MONTH);
    }

    public static EventDate range(LocalDate first, LocalDate last) {
        return new EventDate(first, last, DatePrecision.RANGE);
    }

    public static EventDate reportedBy(LocalDate published) {
        return new EventDate(published, published, DatePrecision.REPORTED_BY);
    }

    /** The start as ISO text: {@code YYYY-MM} for a month-precision date, {@code YYYY-MM-DD} otherwise. */
    public String isoStart() {
        return precision == DatePrecision.MONTH ? YearMonth.from(start).toString() : start.toString();
    }

    /** The end as ISO text, or null where the date is a single day or month. */
    public String isoEnd() {
        return precision == DatePrecision.RANGE ? end.toString() : null;
    }

    /** True when [from, to] (either may be null for open) overlaps this date. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (from == null || !end.isBefore(from)) && (to == null || !start.isAfter(to));
    }
}

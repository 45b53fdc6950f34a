package org.metaverseatlas.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates in words, following their precision: "18 March 2023", "October 2021", "20–23 November 2021",
 * "reported by 20 March 2023".
 */
public final class DateWording {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private DateWording() {
    }

    public static String of(EventDate date) {
        return switch (date.precision()) {
            case DAY -> DAY.format(date.start());
            case MONTH -> MONTH.format(date.start());
            case REPORTED_BY -> Labels.text("reportedBy", DAY.format(date.start()));
            case RANGE -> range(date.start(), date.end());
        };
    }

    private static String range(LocalDate start, LocalDate end) {
        if (start.equals(end)) {
            return DAY.format(start);
        }
        if (start.getYear() != end.getYear()) {
            return DAY.format(start) + " – " + DAY.format(end);
        }
        if (start.getMonth() != end.getMonth()) {
            return DAY_MONTH.format(start) + " – " + DAY.format(end);
        }
        return start.getDayOfMonth() + "–" + DAY.format(end);
    }

    /** A day in words, "18 March 2023". */
    public static String day(LocalDate day) {
        return DAY.format(day);
    }
}

package org.metaverseatlas.render.timeline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the time axis's ticks for a zoom: the finest step of days, weeks, months, quarters or years whose
 * labels keep apart, and the enclosing period above them.
 */
public final class TickChooser {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter QUARTER = DateTimeFormatter.ofPattern("QQQ", Locale.ENGLISH);
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    /** A step of the ladder, with the least room (pixels) its labels need between ticks. */
    private record Step(TickUnit unit, int count, double minPixels) {
    }

    private static final List<Step> LADDER = List.of(
            new Step(TickUnit.DAY, 1, 26), new Step(TickUnit.WEEK, 1, 30), new Step(TickUnit.MONTH, 1, 34),
            new Step(TickUnit.QUARTER, 1, 30), new Step(TickUnit.YEAR, 1, 44), new Step(TickUnit.YEAR, 2, 44),
            new Step(TickUnit.YEAR, 5, 44), new Step(TickUnit.YEAR, 10, 44), new Step(TickUnit.YEAR, 20, 44),
            new Step(TickUnit.YEAR, 50, 44), new Step(TickUnit.YEAR, 100, 44));

    private TickChooser() {
    }

    /** The ticks of [left, right] in x on this scale. */
    public static AxisTicks choose(TimeScale scale, double left, double right) {
        Step step = LADDER.get(LADDER.size() - 1);
        for (Step s : LADDER) {
            if (scale.pixels(s.unit().approximateDays() * s.count()) >= s.minPixels()) {
                step = s;
                break;
            }
        }
        double firstDay = scale.day(left);
        double lastDay = scale.day(right);
        LocalDate from = LocalDate.ofEpochDay((long) Math.floor(firstDay));
        List<Tick> minor = new ArrayList<>();
        List<Tick> major = new ArrayList<>();
        if (step.unit() == TickUnit.YEAR) {
            collect(major, TickUnit.YEAR, step.count(), from, lastDay, YEAR);
        } else {
            collect(minor, step.unit(), 1, from, lastDay, switch (step.unit()) {
                case DAY, WEEK -> DAY;
                case MONTH -> MONTH;
                default -> QUARTER;
            });
            boolean days = step.unit() == TickUnit.DAY || step.unit() == TickUnit.WEEK;
            collect(major, days ? TickUnit.MONTH : TickUnit.YEAR, 1, from, lastDay, days ? MONTH_YEAR : YEAR);
        }
        return new AxisTicks(step.unit(), step.count(), minor, major);
    }

    private static void collect(List<Tick> ticks, TickUnit unit, int count, LocalDate from, double lastDay,
                                DateTimeFormatter format) {
        for (LocalDate d = unit.floor(from, count); d.toEpochDay() <= lastDay; d = unit.next(d, count)) {
            ticks.add(new Tick(d.toEpochDay(), format.format(d)));
        }
    }
}

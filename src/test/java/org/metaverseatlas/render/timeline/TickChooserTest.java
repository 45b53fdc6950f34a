package org.metaverseatlas.render.timeline;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class TickChooserTest {
    private static AxisTicks ticks(LocalDate from, LocalDate to, double width) {
        TimeScale scale = TimeScale.of(TimeWindow.of(from, to), 0, width);
        return TickChooser.choose(scale, 0, width);
    }

    @Test
    void aDecadeOnAWideAxisTicksByYears() {
        AxisTicks t = ticks(LocalDate.of(2015, 1, 1), LocalDate.of(2031, 1, 1), 1400);
        assertThat(t.unit()).isEqualTo(TickUnit.YEAR);
        assertThat(t.major()).extracting(Tick::label).startsWith("2015", "2016").contains("2030");
    }

    @Test
    void aCenturyTicksByManyYears() {
        AxisTicks t = ticks(LocalDate.of(1950, 1, 1), LocalDate.of(2050, 1, 1), 600);
        assertThat(t.unit()).isEqualTo(TickUnit.YEAR);
        assertThat(t.count()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void twoYearsOnANarrowAxisTickByQuartersUnderTheirYears() {
        AxisTicks t = ticks(LocalDate.of(2021, 9, 1), LocalDate.of(2023, 4, 1), 430);
        assertThat(t.unit()).isEqualTo(TickUnit.QUARTER);
        assertThat(t.minor()).extracting(Tick::label).contains("Q1", "Q2", "Q3", "Q4");
        assertThat(t.major()).extracting(Tick::label).containsExactly("2021", "2022", "2023");
    }

    @Test
    void aYearTicksByMonths() {
        AxisTicks t = ticks(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1), 1200);
        assertThat(t.unit()).isEqualTo(TickUnit.MONTH);
        assertThat(t.minor()).extracting(Tick::label).startsWith("Jan", "Feb", "Mar");
    }

    @Test
    void aQuarterTicksByWeeksStartingOnMondaysUnderTheirMonths() {
        AxisTicks t = ticks(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 4, 1), 700);
        assertThat(t.unit()).isEqualTo(TickUnit.WEEK);
        assertThat(t.minor()).allSatisfy(tick ->
                assertThat(LocalDate.ofEpochDay((long) tick.day()).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY));
        assertThat(t.major()).extracting(Tick::label).contains("January 2023", "February 2023", "March 2023");
    }

    @Test
    void aFortnightTicksByDaysAndKeepsTheEnclosingMonthLabelled() {
        AxisTicks t = ticks(LocalDate.of(2023, 3, 12), LocalDate.of(2023, 3, 26), 1000);
        assertThat(t.unit()).isEqualTo(TickUnit.DAY);
        assertThat(t.minor()).extracting(Tick::label).startsWith("12", "13", "14");
        // The month began before the left edge, yet it is the first major tick, so it stays labelled.
        assertThat(t.major()).extracting(Tick::label).containsExactly("March 2023");
        assertThat(t.major().get(0).day()).isEqualTo(LocalDate.of(2023, 3, 1).toEpochDay());
    }

    @Test
    void ticksKeepTheirLabelsApart() {
        for (double width : new double[]{200, 500, 900, 1600}) {
            for (int days : new int[]{3, 20, 90, 400, 2000, 9000}) {
                AxisTicks t = ticks(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1).plusDays(days), width);
                TimeScale scale = TimeScale.of(TimeWindow.of(LocalDate.of(2020, 1, 1),
                        LocalDate.of(2020, 1, 1).plusDays(days)), 0, width);
                var row = t.minor().isEmpty() ? t.major() : t.minor();
                for (int k = 1; k < row.size(); k++) {
                    assertThat(scale.x(row.get(k).day()) - scale.x(row.get(k - 1).day())).isGreaterThanOrEqualTo(25);
                }
            }
        }
    }
}

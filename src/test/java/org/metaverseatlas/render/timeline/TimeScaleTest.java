package org.metaverseatlas.render.timeline;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TimeScaleTest {
    private static final LocalDate FIRST = LocalDate.of(2021, 1, 1);

    @Test
    void mapsTheWindowOntoTheWidth() {
        TimeScale scale = TimeScale.of(TimeWindow.of(FIRST, FIRST.plusDays(100)), 50, 1000);
        assertThat(scale.x(FIRST)).isEqualTo(50);
        assertThat(scale.x(FIRST.plusDays(100))).isEqualTo(1050);
        assertThat(scale.x(FIRST.plusDays(25))).isEqualTo(300);
        assertThat(scale.daysPerPixel()).isEqualTo(0.1);
    }

    @Test
    void xToTimeIsTheInverseOfTimeToX() {
        TimeScale scale = TimeScale.of(new TimeWindow(18_000.25, 18_700.5), 120, 1480);
        for (double day : new double[]{18_000.25, 18_123.7, 18_700.5, 17_000}) {
            assertThat(scale.day(scale.x(day))).isCloseTo(day, within(1e-9));
        }
        assertThat(scale.pixels(scale.days(37))).isCloseTo(37, within(1e-9));
    }

    @Test
    void zoomKeepsTheAnchorDayWhereItIs() {
        TimeWindow window = TimeWindow.of(FIRST, FIRST.plusDays(400));
        TimeScale before = TimeScale.of(window, 0, 800);
        double anchor = before.day(600);
        TimeWindow zoomed = window.zoom(2, anchor);
        assertThat(zoomed.length()).isCloseTo(200, within(1e-9));
        assertThat(TimeScale.of(zoomed, 0, 800).x(anchor)).isCloseTo(600, within(1e-9));
    }

    @Test
    void zoomStopsAtTwoDaysAndAtTwoCenturies() {
        TimeWindow window = TimeWindow.of(FIRST, FIRST.plusDays(10));
        assertThat(window.zoom(1000, window.center()).length()).isEqualTo(TimeWindow.MIN_DAYS);
        assertThat(window.zoom(1e-9, window.center()).length()).isEqualTo(TimeWindow.MAX_DAYS);
    }

    @Test
    void panMovesBothEnds() {
        TimeWindow window = TimeWindow.of(FIRST, FIRST.plusDays(10)).pan(-3.5);
        assertThat(window.startDay()).isEqualTo(FIRST.toEpochDay() - 3.5);
        assertThat(window.length()).isEqualTo(10);
        assertThat(window.fromDate()).isEqualTo(FIRST.minusDays(4));
        assertThat(window.toDate()).isEqualTo(FIRST.plusDays(7));
    }
}

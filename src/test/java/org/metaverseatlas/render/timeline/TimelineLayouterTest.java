package org.metaverseatlas.render.timeline;

import org.junit.jupiter.api.Test;
import org.metaverseatlas.model.EventDate;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.InitiativeKind;
import org.metaverseatlas.model.Place;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metaverseatlas.render.timeline.TimelineSamples.day;

class TimelineLayouterTest {
    private final TimelineLayouter layouter = new TimelineLayouter(TimelineStyle.standard());
    private final TextWidths text = new TextWidths(new TimelineSamples.RecordingPainter());

    private TimelineLayout layout(List<Initiative> list, LocalDate from, LocalDate to, double width, double height) {
        return layouter.layout(LaneIndex.build(list, LaneGrouping.CITY), TimeWindow.of(from, to), width, height, 0, text);
    }

    @Test
    void marksFollowDatePrecision() {
        List<Initiative> list = List.of(
                day("day", Place.unknown(), LocalDate.of(2021, 11, 18)),
                TimelineSamples.initiative("range", Place.unknown(), EventDate.range(LocalDate.of(2021, 11, 20), LocalDate.of(2021, 11, 23)),
                        InitiativeKind.FESTIVAL),
                TimelineSamples.initiative("month", Place.unknown(), EventDate.month(YearMonth.of(2021, 10)), InitiativeKind.CONFERENCE),
                TimelineSamples.initiative("reported", Place.unknown(), EventDate.reportedBy(LocalDate.of(2021, 11, 30)),
                        InitiativeKind.LAUNCH));
        TimelineLayout l = layout(list, LocalDate.of(2021, 10, 1), LocalDate.of(2021, 12, 1), 1300, 500);
        assertThat(l.mark("day").shape()).isEqualTo(MarkShape.POINT);
        assertThat(l.mark("reported").shape()).isEqualTo(MarkShape.HOLLOW);
        DrawnMark range = l.mark("range");
        assertThat(range.shape()).isEqualTo(MarkShape.BAR);
        assertThat(range.width()).isCloseTo(4 * l.scale().pixels(1), org.assertj.core.api.Assertions.within(0.01));
        DrawnMark month = l.mark("month");
        assertThat(month.shape()).isEqualTo(MarkShape.SOFT_BAR);
        assertThat(month.x()).isCloseTo(l.plotLeft(), org.assertj.core.api.Assertions.within(0.01));
        assertThat(month.width()).isCloseTo(31 * l.scale().pixels(1), org.assertj.core.api.Assertions.within(0.01));
    }

    @Test
    void onlyTheVisibleWindowIsDrawn() {
        List<Initiative> list = new ArrayList<>();
        for (int k = 0; k < 50; k++) {
            list.add(day("d" + k, Place.unknown(), LocalDate.of(2020, 1, 1).plusDays(k * 10L)));
        }
        TimelineLayout l = layout(list, LocalDate.of(2020, 3, 1), LocalDate.of(2020, 4, 1), 1300, 500);
        assertThat(l.marks()).extracting(DrawnMark::initiativeId).containsExactly("d6", "d7", "d8", "d9");
    }

    @Test
    void labelsAreHiddenWhereThereIsNoRoomAndNeverOverlap() {
        List<Initiative> list = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            list.add(day("d" + k, Place.unknown(), LocalDate.of(2020, 1, 1).plusDays(k)));
        }
        TimelineLayout l = layout(list, LocalDate.of(2019, 12, 25), LocalDate.of(2020, 2, 5), 700, 600);
        assertThat(l.marks().stream().filter(m -> m.label() == null)).isNotEmpty();
        List<DrawnMark> labelled = l.marks().stream().filter(m -> m.label() != null).toList();
        assertThat(labelled).isNotEmpty();
        for (DrawnMark a : labelled) {
            for (DrawnMark b : l.marks()) {
                if (a != b && Math.abs(a.centerY() - b.centerY()) < 1) {
                    double labelEnd = a.labelX() + a.label().length() * 6;
                    boolean apart = labelEnd <= b.x() || a.labelX() >= b.x() + b.width();
                    assertThat(apart).as("label of %s clear of %s", a.initiativeId(), b.initiativeId()).isTrue();
                }
            }
        }
    }

    @Test
    void marksWithoutARowGatherInACountedClusterThatCoversTheirTime() {
        List<Initiative> list = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            list.add(day("d" + k, Place.unknown(), LocalDate.of(2020, 1, 1)));
        }
        TimelineLayout l = layout(list, LocalDate.of(2019, 12, 1), LocalDate.of(2020, 2, 1), 1000, 600);
        assertThat(l.marks()).hasSize(TimelineStyle.standard().maxRows());
        assertThat(l.aggregates()).singleElement().satisfies(a -> {
            assertThat(a.bin()).isFalse();
            assertThat(a.count()).isEqualTo(12 - TimelineStyle.standard().maxRows());
            assertThat(a.fromDay()).isEqualTo(LocalDate.of(2020, 1, 1).toEpochDay());
        });
    }

    @Test
    void aDenseLaneBecomesAHistogramWhoseBinsSplitAsYouZoomIn() {
        List<Initiative> list = new ArrayList<>();
        for (int k = 0; k < 3000; k++) {
            list.add(day("d" + k, Place.unknown(), LocalDate.of(2020, 1, 1).plusDays(k % 366)));
        }
        TimelineLayout wide = layout(list, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), 1000, 600);
        assertThat(wide.marks()).isEmpty();
        assertThat(wide.aggregates()).allMatch(DrawnAggregate::bin);
        assertThat(wide.aggregates().stream().mapToInt(DrawnAggregate::count).sum()).isEqualTo(3000);
        TimelineLayout closer = layout(list, LocalDate.of(2020, 3, 1), LocalDate.of(2020, 4, 1), 1000, 600);
        assertThat(closer.aggregates().size()).isGreaterThan(0);
        double widest = closer.aggregates().stream().mapToDouble(a -> a.toDay() - a.fromDay()).max().orElseThrow();
        double widestBefore = wide.aggregates().stream().mapToDouble(a -> a.toDay() - a.fromDay()).max().orElseThrow();
        assertThat(widest).isLessThan(widestBefore);
        TimelineLayout closest = layout(list, LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 4), 1000, 600);
        assertThat(closest.marks()).isNotEmpty();
    }

    @Test
    void lanesThatDoNotFitScrollFromTheGivenLane() {
        List<Initiative> list = new ArrayList<>();
        for (int k = 0; k < 100; k++) {
            list.add(TimelineSamples.day("c" + k, Place.ofProvince(new org.metaverseatlas.model.Province("CN." + k, "P" + k, null)),
                    LocalDate.of(2020, 1, 1).plusDays(k)));
        }
        TimelineLayout top = layout(list, LocalDate.of(2019, 12, 1), LocalDate.of(2020, 6, 1), 1000, 400);
        assertThat(top.scrollable()).isTrue();
        assertThat(top.bands().get(0).index()).isEqualTo(0);
        TimelineLayout scrolled = layouter.layout(LaneIndex.build(list, LaneGrouping.CITY),
                TimeWindow.of(LocalDate.of(2019, 12, 1), LocalDate.of(2020, 6, 1)), 1000, 400, 40, text);
        assertThat(scrolled.bands().get(0).index()).isEqualTo(40);
        assertThat(scrolled.bands().size()).isLessThan(30);
    }

    @Test
    void hitTestingFindsTheMarkUnderThePoint() {
        List<Initiative> list = List.of(day("a", Place.unknown(), LocalDate.of(2020, 1, 10)));
        TimelineLayout l = layout(list, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1), 1000, 300);
        DrawnMark m = l.mark("a");
        assertThat(l.markAt(m.centerX(), m.centerY())).isEqualTo(m);
        assertThat(l.markAt(m.centerX() + 120, m.centerY())).isNull();
        assertThat(l.markAt(m.centerX(), m.centerY() + 20)).isNull();
    }

    @Test
    void aMarksLabelIsPartOfItForPointing() {
        List<Initiative> list = List.of(day("a", Place.unknown(), LocalDate.of(2020, 1, 10)));
        TimelineLayout l = layout(list, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1), 1000, 300);
        DrawnMark m = l.mark("a");
        assertThat(m.placement()).isEqualTo(LabelPlacement.RIGHT);
        double labelMiddle = m.labelX() + m.labelWidth() / 2;
        assertThat(labelMiddle).isGreaterThan(m.x() + m.width() + 20);
        assertThat(l.markAt(labelMiddle, m.centerY())).isEqualTo(m);
        assertThat(l.markAt(m.labelX() + m.labelWidth() + 10, m.centerY())).isNull();
    }

    @Test
    void aShowAllWindowLeavesRoomForTheLastLabels() {
        String suffix = "-of-a-fairly-long-title-here";
        List<Initiative> list = List.of(day("a" + suffix, Place.unknown(), LocalDate.of(2023, 3, 18)),
                day("b" + suffix, Place.unknown(), LocalDate.of(2023, 3, 19)),
                day("c" + suffix, Place.unknown(), LocalDate.of(2023, 3, 20)));
        LaneIndex index = LaneIndex.build(list, LaneGrouping.CITY);
        double width = 620;
        TimelineStyle style = TimelineStyle.standard();

        TimeWindow plain = TimelineRenderer.fit(index.firstDay(), index.lastDay());
        TimelineLayout cut = layouter.layout(index, plain, width, 300, 0, text);
        assertThat(cut.marks()).as("centred in a month, the last label has no room after its mark")
                .anyMatch(m -> m.placement() != LabelPlacement.RIGHT);

        TimeWindow fitted = TimelineRenderer.fit(index.firstDay(), index.lastDay(), width - style.headerWidth(),
                style.maxLabelWidth());
        TimelineLayout whole = layouter.layout(index, fitted, width, 300, 0, text);
        assertThat(whole.marks()).hasSize(3).allSatisfy(m -> {
            assertThat(m.placement()).isEqualTo(LabelPlacement.RIGHT);
            assertThat(m.label()).isEqualTo(m.initiative().title());
            assertThat(m.labelX() + m.labelWidth()).isLessThanOrEqualTo(whole.plotRight());
        });
        assertThat(fitted.startDay()).isLessThan(index.firstDay());
        assertThat(fitted.length()).isGreaterThanOrEqualTo(30);
    }
}

package org.metaverseatlas.render.timeline;

import org.junit.jupiter.api.Test;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Place;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metaverseatlas.render.timeline.TimelineSamples.day;

class TimelineRendererTest {
    private final List<Initiative> list = List.of(
            day("a", Place.ofCity(TimelineSamples.GUIYANG), LocalDate.of(2021, 11, 26)),
            day("b", Place.ofCity(TimelineSamples.GUIYANG), LocalDate.of(2021, 12, 23)),
            day("c", Place.national(), LocalDate.of(2023, 3, 20)));

    @Test
    void aFewInitiativesLeaveRoomForTheLastLabelsButYearsOfManyDoNot() {
        assertThat(TimelineRenderer.labelRoom(24, 400)).isPositive();
        assertThat(TimelineRenderer.labelRoom(254, 400)).isZero();
        // 254 initiatives over four years, in the timeline beside the map: the window ends near the last one.
        TimeWindow window = TimelineRenderer.fit(LocalDate.of(2021, 10, 1).toEpochDay(),
                LocalDate.of(2025, 11, 28).toEpochDay(), 400, TimelineRenderer.labelRoom(254, 400));
        assertThat(window.endDay()).isLessThan(LocalDate.of(2026, 6, 1).toEpochDay());
    }

    @Test
    void thePeriodAtTheLeftEdgeIsNamedEvenWhenTheNextBeginsAFewPixelsOn() {
        List<Initiative> year = List.of(day("d", Place.ofCity(TimelineSamples.GUIYANG), LocalDate.of(2021, 12, 30)),
                day("e", Place.ofCity(TimelineSamples.GUIYANG), LocalDate.of(2023, 6, 1)));
        TimelineFrame frame = new TimelineFrame(LocalDate.of(2021, 12, 29), LocalDate.of(2023, 7, 1), LaneGrouping.CITY,
                null, null);
        TimelineSamples.RecordingPainter painter = new TimelineSamples.RecordingPainter();
        new TimelineRenderer().paint(painter, year, frame, 600, 300);
        int y2021 = painter.texts.indexOf("2021");
        int y2022 = painter.texts.indexOf("2022");
        assertThat(y2021).as("the year of 30 December 2021 is named").isNotNegative();
        assertThat(y2022).isNotNegative();
        assertThat(painter.textXs.get(y2022)).as("2022 is drawn right of 2021, not over it")
                .isGreaterThan(painter.textXs.get(y2021) + 4 * 0.6 * 9);
    }

    @Test
    void aLabelSetBeforeItsMarkIsUnderlinedUpToTheMark() {
        List<Initiative> two = List.of(day("f", Place.ofCity(TimelineSamples.GUIYANG), LocalDate.of(2022, 1, 10)),
                day("g", Place.ofCity(TimelineSamples.GUIYANG), LocalDate.of(2022, 3, 28)));
        TimelineFrame frame = new TimelineFrame(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 4, 1), LaneGrouping.CITY,
                null, null);
        TimelineSamples.RecordingPainter painter = new TimelineSamples.RecordingPainter();
        TimelineRenderer renderer = new TimelineRenderer();
        renderer.paint(painter, two, frame, 700, 300);
        TimelineLayout layout = renderer.layout(LaneIndex.build(two, LaneGrouping.CITY), frame.window(), 700, 300, 0,
                new TextWidths(painter));
        DrawnMark late = layout.marks().stream().filter(m -> m.initiativeId().equals("g")).findFirst().orElseThrow();
        assertThat(late.placement()).as("no room after the last mark").isEqualTo(LabelPlacement.LEFT);
        assertThat(painter.lines).anySatisfy(line -> {
            assertThat(line[0]).isCloseTo(late.labelX(), org.assertj.core.data.Offset.offset(0.5));
            assertThat(line[2]).isCloseTo(late.x() - 1, org.assertj.core.data.Offset.offset(0.5));
        });
    }

    @Test
    void fitAllTakesInEveryInitiativeWithASmallMargin() {
        TimelineFrame frame = TimelineRenderer.fitAll(list, LaneGrouping.CITY);
        assertThat(frame.from()).isBefore(LocalDate.of(2021, 11, 26)).isAfter(LocalDate.of(2021, 9, 1));
        assertThat(frame.to()).isAfter(LocalDate.of(2023, 3, 21)).isBefore(LocalDate.of(2023, 6, 1));
        assertThat(frame.grouping()).isEqualTo(LaneGrouping.CITY);
    }

    @Test
    void showAllLeavesRoomForLabelsOnlyWhereMarksAreFewEnoughToBeLabelled() {
        TimelineFrame few = TimelineRenderer.fitAll(list, LaneGrouping.CITY, 600);
        TimelineFrame plain = TimelineRenderer.fitAll(list, LaneGrouping.CITY);
        assertThat(few.to()).isAfter(plain.to().plusMonths(3));

        List<Initiative> many = new java.util.ArrayList<>();
        for (int k = 0; k < 2000; k++) {
            many.add(day("m" + k, Place.ofCity(TimelineSamples.GUIYANG), LocalDate.of(2021, 1, 1).plusDays(k % 800)));
        }
        TimelineFrame dense = TimelineRenderer.fitAll(many, LaneGrouping.CITY, 600);
        assertThat(dense.to()).isEqualTo(TimelineRenderer.fitAll(many, LaneGrouping.CITY).to());
    }

    @Test
    void paintDrawsLaneHeadersWithCountsTheAxisAndLabelledMarks() {
        TimelineSamples.RecordingPainter painter = new TimelineSamples.RecordingPainter();
        TimelineFrame frame = TimelineRenderer.fitAll(list, LaneGrouping.CITY).withSelection("b", null);
        new TimelineRenderer().paint(painter, list, frame, 1200, 400);
        assertThat(painter.texts).contains("Guiyang", "National", "2", "1", "2022", "2023",
                "Initiative a", "Initiative b", "Initiative c");
        assertThat(painter.ovals).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aYearLabelPushedOutByTheNextOneIsNotDrawnCut() {
        List<Initiative> span = List.of(day("a", Place.ofCity(TimelineSamples.GUIYANG), LocalDate.of(2015, 1, 1)),
                day("b", Place.ofCity(TimelineSamples.GUIYANG), LocalDate.of(2030, 12, 31)));
        TimelineFrame frame = TimelineRenderer.fitAll(span, LaneGrouping.CITY);
        int cut = 0;
        for (int width = 300; width <= 1200; width += 5) {
            TimelineSamples.RecordingPainter painter = new TimelineSamples.RecordingPainter();
            new TimelineRenderer().paint(painter, span, frame, width, 300);
            // The lane count is right-aligned 8 px left of the plot's left edge.
            double plotLeft = painter.textXs.get(painter.texts.indexOf("2")) + 8;
            for (int k = 0; k < painter.texts.size(); k++) {
                if (painter.texts.get(k).matches("\\d{4}") && painter.textXs.get(k) < plotLeft + 1) {
                    cut++;
                }
            }
            assertThat(painter.texts).as("width %d", width).contains("2020");
        }
        assertThat(cut).isZero();
    }

    @Test
    void theFocusedOrganizationsInitiativesStayVividWhileTheOthersFade() {
        List<Initiative> withOrganizations = List.of(
                TimelineSamples.initiative("mine", Place.national(), org.metaverseatlas.model.EventDate.day(LocalDate.of(2022, 1, 1)),
                        org.metaverseatlas.model.InitiativeKind.MEETING, org.metaverseatlas.model.OrganizationType.GOVERNMENT),
                TimelineSamples.initiative("other", Place.national(), org.metaverseatlas.model.EventDate.day(LocalDate.of(2022, 6, 1)),
                        org.metaverseatlas.model.InitiativeKind.MEETING, org.metaverseatlas.model.OrganizationType.UNIVERSITY));
        TimelineFrame frame = TimelineRenderer.fitAll(withOrganizations, LaneGrouping.CITY)
                .withSelection(null, "org-mine-GOVERNMENT");
        TimelineSamples.RecordingPainter painter = new TimelineSamples.RecordingPainter();
        new TimelineRenderer().paint(painter, withOrganizations, frame, 1000, 300);
        assertThat(painter.ovalFills).extracting(org.metaverseatlas.render.Rgb::alpha).contains(1.0, 0.3);
        TimelineSamples.RecordingPainter unfocused = new TimelineSamples.RecordingPainter();
        new TimelineRenderer().paint(unfocused, withOrganizations, frame.withSelection(null, null), 1000, 300);
        assertThat(unfocused.ovalFills).extracting(org.metaverseatlas.render.Rgb::alpha).doesNotContain(0.3);
    }

    @Test
    void theLegendNamesTheKindsAndTheShapes() {
        TimelineSamples.RecordingPainter painter = new TimelineSamples.RecordingPainter();
        double height = new TimelineRenderer().paintLegend(painter, 0, 0, 2000,
                List.of(org.metaverseatlas.model.InitiativeKind.MEETING));
        assertThat(painter.texts).containsExactly("Seminar", "Day", "Date range", "Month only", "Reported by");
        assertThat(height).isPositive();
    }

    @Test
    void theOverviewCountsStartsInBins() {
        OverviewHistogram h = OverviewHistogram.of(list);
        double from = LocalDate.of(2021, 11, 1).toEpochDay();
        assertThat(h.count(from, LocalDate.of(2022, 1, 1).toEpochDay())).isEqualTo(2);
        int[] bins = h.bins(from, LocalDate.of(2023, 5, 1).toEpochDay(), 2);
        assertThat(bins).containsExactly(2, 1);
    }

    @Test
    void aHoveredLabelWithNoRoomOnEitherSideEndsInAnEllipsisInsideThePlot() {
        String suffix = "-with-a-title-far-too-long-to-be-drawn-whole-on-either-side-of-its-mark";
        List<Initiative> one = List.of(day("a" + suffix, Place.unknown(), LocalDate.of(2022, 1, 15)));
        TimelineRenderer renderer = new TimelineRenderer();
        TimelineSamples.RecordingPainter painter = new TimelineSamples.RecordingPainter();
        TextWidths widths = new TextWidths(painter);
        TimelineLayout layout = renderer.layout(LaneIndex.build(one, LaneGrouping.CITY),
                TimeWindow.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 2, 1)), 500, 200, 0, widths);
        DrawnMark mark = layout.mark(one.get(0).id());

        renderer.paint(painter, layout, new Highlights(null, null, mark.initiativeId(), null));

        int k = painter.texts.indexOf(painter.texts.stream().filter(t -> t.startsWith("Initiative a-with"))
                .reduce((first, second) -> second).orElseThrow());
        String drawn = painter.texts.get(k);
        assertThat(drawn).endsWith("…");
        assertThat(painter.textXs.get(k)).isGreaterThanOrEqualTo(layout.plotLeft());
        assertThat(painter.textXs.get(k) + drawn.length() * 6).isLessThanOrEqualTo(layout.plotRight());
    }
}

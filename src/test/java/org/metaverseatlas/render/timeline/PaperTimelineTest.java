package org.metaverseatlas.render.timeline;

import org.junit.jupiter.api.Test;
import org.metaverseatlas.model.City;
import org.metaverseatlas.model.DateWording;
import org.metaverseatlas.model.EventDate;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.InitiativeKind;
import org.metaverseatlas.model.Origin;
import org.metaverseatlas.model.Place;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline's paper style: whole titles over more lines, the date of each mark, a span fitted to the data. */
class PaperTimelineTest {
    private static final String LONG = "Haizhu plan for a metaverse industrial cluster demonstration area, with an"
            + " innovation valley and an experimental zone";

    private static Initiative titled(String id, String title, LocalDate day) {
        return Initiative.of(id, title, InitiativeKind.PLAN, EventDate.day(day),
                Place.ofCity(TimelineSamples.HANGZHOU), List.of(), List.of(), "", List.of(), false, Origin.BUNDLED);
    }

    private static List<Initiative> fewInOneCity() {
        List<Initiative> list = new ArrayList<>();
        list.add(titled("a", LONG, LocalDate.of(2023, 3, 18)));
        list.add(titled("b", "Haizhu metaverse music carnival opens", LocalDate.of(2023, 3, 18)));
        list.add(titled("c", "Plan for the Guangzhou Metaverse Technology Enabling Center", LocalDate.of(2023, 3, 20)));
        return list;
    }

    private static TimelineLayout layout(TimelineStyle style, List<Initiative> list, double width, double height) {
        TimelineFrame frame = TimelineRenderer.fitAll(list, LaneGrouping.CITY, width, style);
        return new TimelineLayouter(style).layout(LaneIndex.build(list, LaneGrouping.CITY), frame.window(), width,
                height, 0, new TextWidths(new TimelineSamples.RecordingPainter()));
    }

    @Test
    void onPaperEveryTitleIsWholeOverAsManyLinesAsItTakes() {
        TimelineLayout paper = layout(TimelineStyle.paper(), fewInOneCity(), 1000, 700);

        assertThat(paper.marks()).hasSize(3).allSatisfy(m -> {
            assertThat(m.label()).isNotNull();
            assertThat(String.join(" ", m.labelLines().subList(0, m.labelLines().size() - 1)))
                    .isEqualTo(m.initiative().title());
            assertThat(m.labelLines()).noneMatch(line -> line.endsWith("…"));
        });
        assertThat(paper.mark("a").moreLines()).isNotEmpty();
    }

    @Test
    void onPaperEachLabelledMarkCarriesItsDate() {
        TimelineLayout paper = layout(TimelineStyle.paper(), fewInOneCity(), 1000, 700);

        assertThat(paper.marks()).allSatisfy(m -> assertThat(m.date()).isEqualTo(DateWording.of(m.initiative().date())));
    }

    @Test
    void onScreenLabelsStayOneLineWithoutDates() {
        TimelineLayout screen = layout(TimelineStyle.standard(), fewInOneCity(), 1000, 700);

        assertThat(screen.marks()).allSatisfy(m -> {
            assertThat(m.moreLines()).isEmpty();
            assertThat(m.date()).isNull();
        });
        assertThat(screen.mark("a").label()).endsWith("…");
    }

    @Test
    void onPaperAFewMarksEachTakeARowOfTheirOwn() {
        TimelineLayout paper = layout(TimelineStyle.paper(), fewInOneCity(), 1000, 700);

        assertThat(paper.marks()).extracting(DrawnMark::centerY).doesNotHaveDuplicates();
        assertThat(paper.aggregates()).isEmpty();
    }

    @Test
    void onPaperTheSpanFitsAFewDaysOfDataNotAMonth() {
        TimelineFrame paper = TimelineRenderer.fitAll(fewInOneCity(), LaneGrouping.CITY, 1000, TimelineStyle.paper());
        TimelineFrame screen = TimelineRenderer.fitAll(fewInOneCity(), LaneGrouping.CITY, 1000);

        assertThat(paper.from()).isBefore(LocalDate.of(2023, 3, 18));
        assertThat(paper.to()).isAfter(LocalDate.of(2023, 3, 20)).isBefore(LocalDate.of(2023, 3, 30));
        assertThat(screen.to()).isAfter(LocalDate.of(2023, 4, 10));
    }

    @Test
    void onPaperTheSpanOfYearsEndsSoonAfterTheData() {
        List<Initiative> list = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            list.add(titled("d" + k, "Seminar number " + k, LocalDate.of(2021, 10, 1).plusDays(k * 28L)));
        }
        LocalDate last = list.get(list.size() - 1).date().start();
        TimelineFrame paper = TimelineRenderer.fitAll(list, LaneGrouping.CITY, 520, TimelineStyle.paper());

        assertThat(paper.to()).isBefore(last.plusMonths(4));
    }

    @Test
    void onPaperNoAxisLabelIsCutAtThePlotsEdge() {
        TimelineStyle style = TimelineStyle.paper();
        List<Initiative> list = fewInOneCity();
        for (int months : new int[]{0, 5, 14, 40}) {
            list.add(titled("m" + months, "Later " + months, LocalDate.of(2023, 3, 18).plusMonths(months)));
            TimelineLayout layout = layout(style, list, 523, 600);
            TimelineSamples.RecordingPainter painter = new TimelineSamples.RecordingPainter();
            new TimelineRenderer(style).paint(painter, layout, new Highlights(null, null, null, null));
            List<String> axis = new ArrayList<>();
            layout.ticks().minor().forEach(t -> axis.add(t.label()));
            layout.ticks().major().forEach(t -> axis.add(t.label()));
            for (int i = 0; i < painter.texts.size(); i++) {
                String text = painter.texts.get(i);
                if (axis.contains(text)) {
                    assertThat(painter.textXs.get(i) + painter.textWidth(text, style.axisSize(), false))
                            .as("%s after %d months", text, months).isLessThanOrEqualTo(layout.plotRight());
                }
            }
        }
    }

    @Test
    void onPaperALaneTooBusyForWholeLabelsShowsEveryMarkUnlabelledRatherThanCountingMostInClusters() {
        List<Initiative> list = new ArrayList<>();
        for (int k = 0; k < 80; k++) {
            list.add(titled("d" + k, "A rather long title for seminar number " + k, LocalDate.of(2020, 1, 1)
                    .plusDays(k * 30L)));
        }
        TimelineStyle style = TimelineStyle.paper();
        TimelineLayout paper = new TimelineLayouter(style).layout(LaneIndex.build(list, LaneGrouping.CITY),
                new TimeWindow(LocalDate.of(2019, 12, 1).toEpochDay(), LocalDate.of(2026, 9, 1).toEpochDay()), 523,
                400, 0, new TextWidths(new TimelineSamples.RecordingPainter()));

        assertThat(paper.marks()).hasSize(80).allSatisfy(m -> assertThat(m.label()).isNull());
        assertThat(paper.aggregates()).isEmpty();
    }

    @Test
    void onPaperALongLaneNameGoesOnOverMoreLinesInsteadOfEndingInAnEllipsis() {
        City far = new City("Far|CN.18", "Qiandongnan Miao and Dong Autonomous Prefecture", null,
                TimelineSamples.GUIZHOU, 26, 108);
        List<Initiative> list = List.of(Initiative.of("a", "Short", InitiativeKind.PLAN,
                EventDate.day(LocalDate.of(2022, 5, 1)), Place.ofCity(far), List.of(), List.of(), "", List.of(), false,
                Origin.BUNDLED));
        TimelineStyle style = TimelineStyle.paper();
        LaneIndex index = LaneIndex.build(list, LaneGrouping.CITY);
        String name = index.lanes().get(0).title();
        TimelineSamples.RecordingPainter painter = new TimelineSamples.RecordingPainter();
        // Wider than the header's room at six pixels a character.
        assertThat(painter.textWidth(name, style.headerSize(), false)).isGreaterThan(style.headerWidth() - 40);
        TimelineLayout layout = new TimelineLayouter(style).layout(index,
                TimelineRenderer.fitAll(list, LaneGrouping.CITY, 523, style).window(), 523, 400, 0,
                new TextWidths(painter));
        new TimelineRenderer(style).paint(painter, layout, new Highlights(null, null, null, null));

        assertThat(painter.texts).noneMatch(t -> t.endsWith("…"));
        assertThat(String.join(" ", painter.texts)).contains(name.substring(0, name.indexOf(' ')));
        assertThat(painter.texts).noneMatch(t -> t.equals(name));
    }
}

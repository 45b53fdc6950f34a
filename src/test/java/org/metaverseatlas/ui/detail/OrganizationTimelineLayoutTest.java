package org.metaverseatlas.ui.detail;

import org.junit.jupiter.api.Test;
import org.metaverseatlas.model.EventDate;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.InitiativeKind;
import org.metaverseatlas.model.Origin;
import org.metaverseatlas.model.Place;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class OrganizationTimelineLayoutTest {
    private static Initiative at(String id, EventDate date) {
        return Initiative.of(id, id, InitiativeKind.LAUNCH, date, Place.unknown(), List.of(), List.of(), null,
                List.of(), false, Origin.BUNDLED);
    }

    @Test
    void theAxisSpansWholeYearsWithATickAtEachNewYear() {
        OrganizationTimelineLayout layout = OrganizationTimelineLayout.of(List.of(
                at("a", EventDate.day(LocalDate.of(2021, 11, 11))),
                at("b", EventDate.day(LocalDate.of(2023, 3, 18)))), 316);

        assertThat(layout.ticks()).extracting(OrganizationTimelineLayout.Tick::year)
                .containsExactly(2021, 2022, 2023, 2024);
        assertThat(layout.ticks().get(0).x()).isEqualTo(OrganizationTimelineLayout.PADDING);
        assertThat(layout.ticks().get(3).x()).isCloseTo(316 - OrganizationTimelineLayout.PADDING, within(1e-9));
        assertThat(layout.ticks()).filteredOn(OrganizationTimelineLayout.Tick::labelled)
                .extracting(OrganizationTimelineLayout.Tick::year).containsExactly(2021, 2022, 2023);
    }

    @Test
    void marksRunLeftToRightInDateOrder() {
        OrganizationTimelineLayout layout = OrganizationTimelineLayout.of(List.of(
                at("a", EventDate.day(LocalDate.of(2021, 3, 1))),
                at("b", EventDate.day(LocalDate.of(2021, 9, 1)))), 400);

        List<OrganizationTimelineLayout.Mark> marks = layout.marks();
        assertThat(marks.get(0).x()).isLessThan(marks.get(1).x());
        assertThat(marks.get(0).y()).isEqualTo(marks.get(1).y());
        assertThat(marks).allSatisfy(m -> assertThat(m.bar()).isFalse());
    }

    @Test
    void marksThatWouldTouchAreStackedInRows() {
        OrganizationTimelineLayout layout = OrganizationTimelineLayout.of(List.of(
                at("a", EventDate.reportedBy(LocalDate.of(2023, 3, 20))),
                at("b", EventDate.reportedBy(LocalDate.of(2023, 3, 20))),
                at("c", EventDate.reportedBy(LocalDate.of(2023, 3, 20)))), 300);

        assertThat(layout.marks()).extracting(OrganizationTimelineLayout.Mark::y).doesNotHaveDuplicates();
        assertThat(layout.marks()).allSatisfy(m -> assertThat(m.hollow()).isTrue());
        assertThat(layout.height()).isGreaterThan(OrganizationTimelineLayout.of(
                List.of(at("a", EventDate.day(LocalDate.of(2023, 3, 20)))), 300).height());
    }

    @Test
    void aSpanWiderThanADotIsDrawnAsABarOverItsDays() {
        OrganizationTimelineLayout layout = OrganizationTimelineLayout.of(List.of(
                at("month", EventDate.month(YearMonth.of(2021, 10)))), 800);

        OrganizationTimelineLayout.Mark mark = layout.marks().get(0);
        assertThat(mark.bar()).isTrue();
        double yearWidth = 800 - 2 * OrganizationTimelineLayout.PADDING;
        assertThat(mark.width()).isCloseTo(yearWidth * 31 / 365, within(0.01));
        assertThat(mark.x()).isCloseTo(OrganizationTimelineLayout.PADDING + yearWidth * 273 / 365, within(0.01));
    }

    @Test
    void aPointOnAMarkFindsItsInitiativeAndEmptySpaceFindsNone() {
        Initiative only = at("a", EventDate.day(LocalDate.of(2021, 7, 2)));
        OrganizationTimelineLayout layout = OrganizationTimelineLayout.of(List.of(only), 300);
        OrganizationTimelineLayout.Mark mark = layout.marks().get(0);

        assertThat(layout.initiativeAt(mark.x() + mark.width() / 2, mark.y() + mark.height() / 2)).isSameAs(only);
        assertThat(layout.initiativeAt(mark.x() + 60, mark.y())).isNull();
    }

    @Test
    void manyYearsLabelOnlyEveryFewYears() {
        OrganizationTimelineLayout layout = OrganizationTimelineLayout.of(List.of(
                at("a", EventDate.day(LocalDate.of(2000, 1, 1))),
                at("b", EventDate.day(LocalDate.of(2029, 12, 31)))), 300);

        long labelled = layout.ticks().stream().filter(OrganizationTimelineLayout.Tick::labelled).count();
        assertThat(labelled).isBetween(2L, 8L);
    }

    @Test
    void noInitiativeNeedsNoHeight() {
        assertThat(OrganizationTimelineLayout.of(List.of(), 300).height()).isZero();
    }
}

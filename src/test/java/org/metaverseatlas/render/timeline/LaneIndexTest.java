package org.metaverseatlas.render.timeline;

import org.junit.jupiter.api.Test;
import org.metaverseatlas.model.EventDate;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.InitiativeKind;
import org.metaverseatlas.model.OrganizationType;
import org.metaverseatlas.model.Place;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.metaverseatlas.render.timeline.TimelineSamples.day;

class LaneIndexTest {
    private final List<Initiative> initiatives = List.of(
            day("national", Place.national(), LocalDate.of(2021, 11, 11)),
            day("zhejiang", Place.ofProvince(TimelineSamples.ZHEJIANG), LocalDate.of(2021, 11, 12)),
            day("guiyang-1", Place.ofCity(TimelineSamples.GUIYANG), LocalDate.of(2021, 11, 26)),
            day("hangzhou", Place.ofCity(TimelineSamples.HANGZHOU), LocalDate.of(2021, 12, 30)),
            day("guiyang-2", Place.ofCity(TimelineSamples.GUIYANG), LocalDate.of(2021, 12, 23)),
            day("unknown", Place.unknown(), LocalDate.of(2021, 1, 1)));

    @Test
    void byCityLanesComeInOrderOfTheirFirstInitiativeWithUnknownPlacesLast() {
        LaneIndex index = LaneIndex.build(initiatives, LaneGrouping.CITY);
        assertThat(index.lanes()).extracting(Lane::title)
                .containsExactly("National", "Zhejiang (province-wide)", "Guiyang", "Hangzhou", "Place unknown");
        assertThat(index.lanes()).extracting(Lane::count).containsExactly(1, 1, 2, 1, 1);
    }

    @Test
    void lanesHoldTheirInitiativesSortedByStart() {
        LaneIndex index = LaneIndex.build(initiatives, LaneGrouping.CITY);
        Lane guiyang = index.lanes().get(2);
        assertThat(guiyang.initiative(0).id()).isEqualTo("guiyang-1");
        assertThat(guiyang.start(1)).isEqualTo(LocalDate.of(2021, 12, 23).toEpochDay());
        assertThat(guiyang.end(1)).isEqualTo(LocalDate.of(2021, 12, 24).toEpochDay());
        assertThat(index.firstDay()).isEqualTo(LocalDate.of(2021, 1, 1).toEpochDay());
        assertThat(index.lastDay()).isEqualTo(LocalDate.of(2021, 12, 31).toEpochDay());
    }

    @Test
    void byProvinceCitiesJoinTheirProvince() {
        LaneIndex index = LaneIndex.build(initiatives, LaneGrouping.PROVINCE);
        assertThat(index.lanes()).extracting(Lane::title)
                .containsExactly("National", "Zhejiang", "Guizhou", "Place unknown");
        assertThat(index.lanes().get(1).count()).isEqualTo(2);
    }

    @Test
    void byOrganizationTypeAnInitiativeSitsInTheLaneOfEachTypeTakingPart() {
        List<Initiative> list = List.of(
                TimelineSamples.initiative("a", Place.unknown(), EventDate.day(LocalDate.of(2022, 1, 1)), InitiativeKind.PLAN,
                        OrganizationType.GOVERNMENT, OrganizationType.UNIVERSITY),
                TimelineSamples.initiative("b", Place.unknown(), EventDate.day(LocalDate.of(2022, 2, 1)), InitiativeKind.PLAN));
        LaneIndex index = LaneIndex.build(list, LaneGrouping.ORGANIZATION_TYPE);
        assertThat(index.lanes()).extracting(Lane::title)
                .containsExactly("Government body", "University or college", "Organization type unknown");
        assertThat(index.initiatives()).hasSize(2);
    }

    @Test
    void theVisibleWindowIsFoundByBinarySearchIncludingLongSpansStartingEarlier() {
        List<Initiative> list = List.of(
                TimelineSamples.initiative("long", Place.unknown(), EventDate.range(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)),
                        InitiativeKind.FESTIVAL),
                day("mid", Place.unknown(), LocalDate.of(2020, 6, 1)),
                day("late", Place.unknown(), LocalDate.of(2021, 6, 1)));
        Lane lane = LaneIndex.build(list, LaneGrouping.CITY).lanes().get(0);
        double from = LocalDate.of(2020, 7, 1).toEpochDay();
        double to = LocalDate.of(2020, 8, 1).toEpochDay();
        assertThat(lane.firstOverlapping(from)).isEqualTo(0);
        assertThat(lane.endBefore(to)).isEqualTo(2);
        assertThat(lane.indexOf(list.get(2))).isEqualTo(2);
    }
}

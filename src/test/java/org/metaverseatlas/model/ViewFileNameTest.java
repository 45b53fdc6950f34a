package org.metaverseatlas.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ViewFileNameTest {
    private static final Province GUANGDONG = new Province("CN.30", "Guangdong", "广东");
    private static final Province BEIJING = new Province("CN.22", "Beijing", "北京");
    private static final City GUANGZHOU = new City("Guangzhou|CN.30", "Guangzhou", "广州", GUANGDONG, 23.1, 113.3);
    private static final City SHENZHEN = new City("Shenzhen|CN.30", "Shenzhen", "深圳", GUANGDONG, 22.5, 114.1);
    private static final City XIAN = new City("Xi'an|CN.26", "Xi'an", "西安", new Province("CN.26", "Shaanxi", "陕西"), 34.3, 108.9);
    private static final Gazetteer GAZETTEER = new Gazetteer(List.of(GUANGDONG, BEIJING), List.of(GUANGZHOU, SHENZHEN, XIAN), Map.of());

    @Test
    void namesTheViewThenTheFiltersInForce() {
        FilterCriteria c = FilterCriteria.NONE.withCities(Set.of(GUANGZHOU.id()))
                .withDates(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));
        assertThat(ViewFileName.of("timeline", c, GAZETTEER)).isEqualTo("timeline-guangzhou-2021");
        assertThat(ViewFileName.of("map", FilterCriteria.NONE, GAZETTEER)).isEqualTo("map");
    }

    @Test
    void manyPlacesAreCountedAndKindsTextAndOpenRangesAreWordedSafely() {
        FilterCriteria c = FilterCriteria.NONE.withCities(Set.of(GUANGZHOU.id(), SHENZHEN.id(), XIAN.id()))
                .withKinds(Set.of(InitiativeKind.RESEARCH_CENTRE)).withText("Action / Plan: \"元宇宙\"")
                .withDates(LocalDate.of(2022, 3, 1), null);
        assertThat(ViewFileName.of("initiatives", c, GAZETTEER))
                .isEqualTo("initiatives-3-cities-research-centre-action-plan-元宇宙-2022-on");
        assertThat(ViewFileName.of("map", FilterCriteria.NONE.withCities(Set.of(XIAN.id(), SHENZHEN.id())), GAZETTEER))
                .isEqualTo("map-shenzhen-xi-an");
        assertThat(ViewFileName.of("map", FilterCriteria.NONE.withProvinces(Set.of("CN.22"))
                .withDates(null, LocalDate.of(2023, 5, 1)), GAZETTEER)).isEqualTo("map-beijing-until-2023");
    }
}

package org.metaverseatlas.model.analysis;

import org.junit.jupiter.api.Test;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.ui.BundledCatalog;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CountTableTest {
    private final Catalog catalog = BundledCatalog.get();

    @Test
    void everyInitiativeCountsOnceByProvinceCityKindAndYear() {
        for (Dimension d : List.of(Dimension.PROVINCE, Dimension.CITY, Dimension.KIND, Dimension.YEAR)) {
            CountTable table = CountTable.of(catalog.initiatives(), d);
            assertThat(table.rows().stream().mapToInt(table::rowTotal).sum()).as(d.name())
                    .isEqualTo(catalog.initiatives().size());
        }
    }

    @Test
    void aFilterableBarNarrowsTheFilterToExactlyTheInitiativesItCounts() {
        for (Dimension d : Dimension.values()) {
            CountTable table = CountTable.of(catalog.initiatives(), d);
            for (Category c : table.rows()) {
                if (!c.filterable()) {
                    continue;
                }
                FilterCriteria narrowed = d.narrow(FilterCriteria.NONE, c);
                List<Initiative> kept = narrowed.select(catalog);
                if (d == Dimension.YEAR) {
                    // The year filter keeps what overlaps the year; the bar counts by start: at least as many.
                    assertThat(kept.size()).as(c.label()).isGreaterThanOrEqualTo(table.rowTotal(c));
                } else {
                    assertThat(kept).as(c.label()).hasSize(table.rowTotal(c));
                }
                assertThat(d.narrow(narrowed, c)).as("a second click takes it back").isEqualTo(FilterCriteria.NONE);
                assertThat(Dimension.chosenKeys(narrowed)).contains(c.key());
            }
        }
    }

    @Test
    void twoDimensionsCountEachPairAndKeepRowTotals() {
        CountTable byProvinceAndYear = CountTable.of(catalog.initiatives(), Dimension.PROVINCE, Dimension.YEAR);
        CountTable byProvince = CountTable.of(catalog.initiatives(), Dimension.PROVINCE);
        assertThat(byProvinceAndYear.rows()).isEqualTo(byProvince.rows());
        for (Category row : byProvinceAndYear.rows()) {
            int sum = byProvinceAndYear.columns().stream().mapToInt(c -> byProvinceAndYear.count(row, c)).sum();
            assertThat(sum).as(row.label()).isEqualTo(byProvince.rowTotal(row));
        }
        assertThat(byProvinceAndYear.columns()).extracting(Category::label).isSorted();
    }

    @Test
    void firstMoversAreEachPlacesEarliestInitiativeInDateOrder() {
        List<FirstMovers.Entry> entries = FirstMovers.of(catalog.initiatives());
        assertThat(entries).extracting(FirstMovers.Entry::initiative).isSortedAccordingTo(Catalog.CHRONOLOGICAL);
        for (FirstMovers.Entry e : entries) {
            List<Initiative> there = e.level() == FirstMovers.Level.CITY
                    ? catalog.initiativesIn(List.of(e.placeValue()), List.of())
                    : catalog.initiativesIn(List.of(), List.of(e.placeValue()));
            assertThat(e.initiative()).as(e.placeName()).isEqualTo(there.get(0));
        }
        long cities = catalog.initiatives().stream().filter(i -> i.place().city() != null)
                .map(i -> i.place().cityId()).distinct().count();
        assertThat(entries.stream().filter(e -> e.level() == FirstMovers.Level.CITY).count()).isEqualTo(cities);
    }
}

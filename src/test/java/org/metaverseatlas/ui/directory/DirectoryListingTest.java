package org.metaverseatlas.ui.directory;

import org.junit.jupiter.api.Test;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.InitiativeKind;
import org.metaverseatlas.ui.BundledCatalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryListingTest {
    private final Catalog catalog = BundledCatalog.get();

    private List<Initiative> filtered(FilterCriteria criteria) {
        return catalog.initiatives().stream().filter(criteria::matches).toList();
    }

    @Test
    void withoutAFilterEveryOrganizationIsListedWithAllItsInitiatives() {
        DirectoryListing listing = DirectoryListing.of(catalog, catalog.initiatives(), false, "");

        assertThat(listing.rows()).hasSize(28);
        assertThat(listing.hiddenByFilter()).isZero();
        DirectoryRow winsing = row(listing, "WinSing Animation");
        assertThat(winsing.initiatives()).isEqualTo(4);
        assertThat(winsing.first().start()).isEqualTo(LocalDate.of(2023, 3, 18));
        assertThat(winsing.last().start()).isEqualTo(LocalDate.of(2023, 3, 20));
        assertThat(row(listing, "VR and Intelligent System Research Institute of Hangzhou Normal University"))
                .satisfies(r -> {
                    assertThat(r.initiatives()).isZero();
                    assertThat(r.first()).isNull();
                });
    }

    @Test
    void onlyTheFilteredInitiativesCountAndOrganizationsWithoutAnyAreHidden() {
        FilterCriteria launches = FilterCriteria.NONE.withKinds(Set.of(InitiativeKind.LAUNCH));
        DirectoryListing listing = DirectoryListing.of(catalog, filtered(launches), true, "");

        assertThat(listing.rows()).extracting(DirectoryRow::name, DirectoryRow::initiatives).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Interactive Entertainment Network", 1),
                org.assertj.core.groups.Tuple.tuple("S.P.I Landscape Group", 2),
                org.assertj.core.groups.Tuple.tuple("WinSing Animation", 3));
        assertThat(listing.hiddenByFilter()).isEqualTo(25);
        assertThat(row(listing, "WinSing Animation").first().start()).isEqualTo(LocalDate.of(2023, 3, 20));
    }

    @Test
    void searchMatchesPartOfTheNameIgnoringCase() {
        DirectoryListing listing = DirectoryListing.of(catalog, catalog.initiatives(), false, "  METAVERSE special ");

        assertThat(listing.rows()).extracting(DirectoryRow::name).containsExactly(
                "Hangzhou Metaverse Special Committee",
                "Metaverse Special Committee of the Fujian Blockchain Association");
    }

    @Test
    void searchInChineseFindsTheOrganizationsOfThatCity() {
        DirectoryListing listing = DirectoryListing.of(catalog, catalog.initiatives(), false, "杭州");

        assertThat(listing.rows()).extracting(DirectoryRow::name).containsExactly(
                "Hangzhou Metaverse Special Committee", "Hangzhou Normal University",
                "VR and Intelligent System Research Institute of Hangzhou Normal University");
    }

    @Test
    void searchWordsMatchInAnyOrderAcrossNameAndPlace() {
        DirectoryListing listing = DirectoryListing.of(catalog, catalog.initiatives(), false, "hangzhou NORMAL university");
        DirectoryListing reordered = DirectoryListing.of(catalog, catalog.initiatives(), false, "university normal zhejiang");

        assertThat(listing.rows()).extracting(DirectoryRow::name).contains("Hangzhou Normal University")
                .allMatch(name -> name.contains("Normal University"));
        assertThat(reordered.rows()).extracting(DirectoryRow::name).containsExactlyElementsOf(
                listing.rows().stream().map(DirectoryRow::name).toList());
        assertThat(DirectoryListing.of(catalog, catalog.initiatives(), false, "\"university normal\"").rows()).isEmpty();
    }

    @Test
    void aSearchDoesNotCountAsHiddenByTheFilter() {
        DirectoryListing listing = DirectoryListing.of(catalog, catalog.initiatives(), false, "guiyang");

        assertThat(listing.rows()).hasSize(2);
        assertThat(listing.hiddenByFilter()).isZero();
    }

    @Test
    void unknownTypeAndCityAreSaidToBeUnknownAndAProvinceStandsInForACity() {
        DirectoryListing listing = DirectoryListing.of(catalog, catalog.initiatives(), false, "");

        assertThat(row(listing, "WinSing Animation").city()).isEqualTo("unknown");
        assertThat(row(listing, "Sichuan Network Culture Association").city()).startsWith("Sichuan")
                .endsWith("(province-wide)");
        assertThat(row(listing, "Hangzhou Normal University").city()).isEqualTo("Hangzhou 杭州");
    }

    private static DirectoryRow row(DirectoryListing listing, String name) {
        return listing.rows().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + name));
    }
}

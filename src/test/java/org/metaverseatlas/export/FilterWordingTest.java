package org.metaverseatlas.export;

import org.junit.jupiter.api.Test;
import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.model.InitiativeKind;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FilterWordingTest {
    private final FilterWording wording = new FilterWording(BundledCatalog.catalog(), BundledCatalog.gazetteer());

    @Test
    void noFilterSaysHowManyInitiativesThereAre() {
        assertThat(wording.sentence(FilterCriteria.NONE))
                .isEqualTo("No filter: all " + BundledCatalog.catalog().initiatives().size() + " initiatives");
    }

    @Test
    void everyActiveFacetIsNamedInWordsWithChineseNames() {
        String shenzhen = BundledCatalog.gazetteer().cities("Shenzhen").get(0).id();
        String zhejiang = BundledCatalog.gazetteer().province("Zhejiang").orElseThrow().code();
        FilterCriteria criteria = FilterCriteria.NONE.withCities(Set.of(shenzhen)).withProvinces(Set.of(zhejiang))
                .withKinds(Set.of(InitiativeKind.FESTIVAL, InitiativeKind.COMMITTEE))
                .withDates(LocalDate.of(2021, 11, 1), LocalDate.of(2021, 12, 31)).withText("science");

        assertThat(wording.phrases(criteria)).containsExactly("City: Shenzhen 深圳", "Province: Zhejiang 浙江",
                "Kind: Committee, Festival", "From 1 November 2021", "To 31 December 2021", "Text: “science”");
        assertThat(wording.sentence(criteria)).startsWith("Filters: City: Shenzhen 深圳 · Province: Zhejiang 浙江");
    }
}

package org.metaverseatlas.model;

import org.junit.jupiter.api.Test;
import org.metaverseatlas.ui.BundledCatalog;

import static org.assertj.core.api.Assertions.assertThat;

class SearchSuggestionsTest {
    @Test
    void aMistypedCityFindsTheCity() {
        assertThat(SearchSuggestions.closeTo(BundledCatalog.get(), "Guangzou", 3)).first().isEqualTo("Guangzhou");
    }

    @Test
    void aMistypedTitleWordFindsTheWordInAnyCase() {
        assertThat(SearchSuggestions.closeTo(BundledCatalog.get(), "metavrse", 3)).contains("Metaverse");
    }

    @Test
    void nothingCloseMeansNoSuggestion() {
        assertThat(SearchSuggestions.closeTo(BundledCatalog.get(), "zzzzqqqq", 3)).isEmpty();
        assertThat(SearchSuggestions.closeTo(BundledCatalog.get(), "ab", 3)).isEmpty();
    }
}

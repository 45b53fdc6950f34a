package org.metaverseatlas.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTest {
    private static final Province FUJIAN = new Province("CN.07", "Fujian", "福建");
    private static final Province JIANGXI = new Province("CN.03", "Jiangxi", "江西");
    private static final Province SHAANXI = new Province("CN.26", "Shaanxi", "陕西");
    private final Gazetteer gazetteer = new Gazetteer(List.of(FUJIAN, JIANGXI, SHAANXI), List.of(
            new City("Fuzhou|CN.07", "Fuzhou", "福州", FUJIAN, 26.06, 119.31),
            new City("Fuzhou|CN.03", "Fuzhou", null, JIANGXI, 27.96, 116.33),
            new City("Xi’an|CN.26", "Xi’an", "西安", SHAANXI, 34.26, 108.93)), Map.of("Haizhu", "海珠区"));

    @Test
    void namesRepeatingAcrossProvincesAreTellApartByProvince() {
        assertThat(gazetteer.cities("fuzhou")).hasSize(2);
        assertThat(gazetteer.city("Fuzhou", JIANGXI).orElseThrow().latitude()).isEqualTo(27.96);
        assertThat(gazetteer.city("福州", null).orElseThrow().province()).isEqualTo(FUJIAN);
    }

    @Test
    void apostrophesAndCaseAreFolded() {
        assertThat(gazetteer.cities("xi'an")).hasSize(1);
        assertThat(gazetteer.cities("XIAN")).hasSize(1);
    }

    @Test
    void provincesAreFoundByEnglishChineseOrCode() {
        assertThat(gazetteer.province("fujian")).contains(FUJIAN);
        assertThat(gazetteer.province("福建")).contains(FUJIAN);
        assertThat(gazetteer.province("CN.07")).contains(FUJIAN);
        assertThat(gazetteer.province("Atlantis")).isEmpty();
    }

    @Test
    void suggestionsAreCloseSpellings() {
        assertThat(gazetteer.suggestCities("Fuzou", 3)).containsExactly("Fuzhou");
        assertThat(gazetteer.suggestCities("Ürümqi", 3)).isEmpty();
    }

    @Test
    void districtsHaveChineseNamesWhereKnown() {
        assertThat(gazetteer.districtZh("Haizhu")).contains("海珠区");
        assertThat(gazetteer.districtZh("Nowhere")).isEmpty();
    }
}

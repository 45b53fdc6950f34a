package org.metaverseatlas.render.map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.metaverseatlas.model.City;
import org.metaverseatlas.model.Gazetteer;
import org.metaverseatlas.model.Province;
import org.metaverseatlas.store.GazetteerReader;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BundledGeometryTest {
    private final MapGeometry geometry = MapTestData.renderer().geometry();
    private final Gazetteer gazetteer = GazetteerReader.bundled();

    private Optional<ProvinceShape> provinceOfCity(String name, String provinceCode) {
        City city = gazetteer.city(name, gazetteer.provinceByCode(provinceCode).orElseThrow()).orElseThrow();
        AlbersProjection p = AlbersProjection.CHINA;
        return geometry.provinceAt(p.x(city.longitude(), city.latitude()), p.y(city.longitude(), city.latitude()));
    }

    @Test
    void knownCitiesFallInsideTheirProvince() {
        assertThat(provinceOfCity("Guangzhou", "CN.30")).map(ProvinceShape::nameEn).contains("Guangdong");
        assertThat(provinceOfCity("Shenzhen", "CN.30")).map(ProvinceShape::nameEn).contains("Guangdong");
        assertThat(provinceOfCity("Hangzhou", "CN.02")).map(ProvinceShape::nameEn).contains("Zhejiang");
        assertThat(provinceOfCity("Guiyang", "CN.18")).map(ProvinceShape::nameEn).contains("Guizhou");
        assertThat(provinceOfCity("Zhangjiajie", "CN.11")).map(ProvinceShape::nameEn).contains("Hunan");
        assertThat(provinceOfCity("Beijing", "CN.22")).map(ProvinceShape::nameEn).contains("Beijing");
    }

    @Test
    void mostGazetteerCitiesFallInsideTheirOwnProvince() {
        AlbersProjection p = AlbersProjection.CHINA;
        long inside = 0;
        for (City c : gazetteer.cities()) {
            Optional<ProvinceShape> found = geometry.provinceAt(p.x(c.longitude(), c.latitude()), p.y(c.longitude(), c.latitude()));
            if (found.isPresent() && found.get().code().equals(c.province().code())) {
                inside++;
            }
        }
        // Simplified borders misplace only cities a few kilometres from a border or the coast.
        assertThat((double) inside / gazetteer.cities().size()).isGreaterThan(0.97);
    }

    @Test
    void everyGazetteerProvinceHasAShapeWithItsEnglishAndChineseName() {
        for (Province province : gazetteer.provinces()) {
            ProvinceShape shape = geometry.province(province.code()).orElseThrow();
            assertThat(shape.nameEn()).isEqualTo(province.nameEn());
            assertThat(shape.nameZh()).isEqualTo(province.nameZh()).isNotBlank();
        }
        assertThat(geometry.byLabelPriority()).hasSize(31);
    }

    @Test
    void provincesShareTheirBordersWithoutGapsOrOverlaps() {
        GeometryFactory factory = new GeometryFactory();
        Geometry[] coverage = geometry.provinces().stream().map(p -> toJts(factory, p.shape())).toArray(Geometry[]::new);
        assertThat(CoverageValidator.isValid(coverage)).isTrue();
    }

    private static Geometry toJts(GeometryFactory factory, MapShape shape) {
        // Even-odd rings: the symmetric difference of the rings' polygons is the shape.
        Geometry result = factory.createPolygon();
        for (double[] ring : shape.rings()) {
            Coordinate[] c = new Coordinate[ring.length / 2];
            for (int i = 0; i < c.length; i++) {
                c[i] = new Coordinate(ring[2 * i], ring[2 * i + 1]);
            }
            result = result.symDifference(factory.createPolygon(c));
        }
        return result;
    }

    @Test
    void chinaIsAsLargeAsItIs() {
        double area = geometry.provinces().stream().mapToDouble(p -> p.shape().area()).sum();
        // 9.6 million km² of land; Natural Earth's provinces, simplified, come within a few per cent.
        assertThat(area).isCloseTo(9.5e6, within(0.3e6));
    }

    @Test
    void theFitExtentHoldsTheBundledProvincesTightly() {
        double minX = geometry.provinces().stream().mapToDouble(p -> p.shape().minX()).min().orElseThrow();
        double maxX = geometry.provinces().stream().mapToDouble(p -> p.shape().maxX()).max().orElseThrow();
        double minY = geometry.provinces().stream().mapToDouble(p -> p.shape().minY()).min().orElseThrow();
        double maxY = geometry.provinces().stream().mapToDouble(p -> p.shape().maxY()).max().orElseThrow();
        assertThat(List.of(minX, maxX, minY, maxY)).usingElementComparator((a, b) -> Math.abs(a - b) < 5 ? 0 : 1)
                .containsExactly(ChinaExtent.MIN_X, ChinaExtent.MAX_X, ChinaExtent.MIN_Y, ChinaExtent.MAX_Y);
    }

    @Test
    void theContextHoldsTheNeighboursHongKongMacaoAndTaiwan() {
        assertThat(geometry.context()).extracting(ContextShape::name)
                .contains("Hong Kong", "Macao", "Taiwan", "Mongolia", "Russia", "India", "Vietnam", "Japan")
                .doesNotContain("China");
    }
}

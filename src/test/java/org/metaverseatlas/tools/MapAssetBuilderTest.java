package org.metaverseatlas.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MapAssetBuilderTest {
    @TempDir
    Path dir;

    /** Two provinces side by side, sharing a border that wiggles by about 100 m. */
    private static String provinces() {
        java.util.List<String> border = new java.util.ArrayList<>();
        for (int i = 0; i <= 100; i++) {
            border.add(String.format(java.util.Locale.ROOT, "[%.4f,%.4f]", 110 + (i % 2) * 0.001, 30 + i * 0.02));
        }
        String up = String.join(",", border);
        java.util.Collections.reverse(border);
        String down = String.join(",", border);
        return "{\"type\":\"FeatureCollection\",\"features\":["
                + feature("CN.01", "[[108,30]," + up + ",[108,32],[108,30]]")
                + "," + feature("CN.02", "[" + down + ",[112,30],[112,32]," + border.get(0) + "]")
                + "]}";
    }

    private static String feature(String code, String ring) {
        return "{\"type\":\"Feature\",\"properties\":{\"gn_a1_code\":\"" + code + "\",\"name\":\"x\",\"latitude\":31,"
                + "\"longitude\":110},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + ring + "]}}";
    }

    @Test
    void writesSimplifiedProvincesWithTheirNamesAndContextClippedAroundChina() throws Exception {
        Path admin1 = Files.writeString(dir.resolve("admin1.geojson"), provinces());
        Path countries = Files.writeString(dir.resolve("countries.geojson"), "{\"type\":\"FeatureCollection\",\"features\":["
                + "{\"type\":\"Feature\",\"properties\":{\"name\":\"Farland\"},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[150,50],[170,50],[170,58],[150,58],[150,50]]]}},"
                + "{\"type\":\"Feature\",\"properties\":{\"name\":\"China\"},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[100,30],[101,30],[101,31],[100,30]]]}}]}");
        Path names = Files.writeString(dir.resolve("admin1.json"),
                "[{\"code\":\"CN.01\",\"name\":\"Anhui\"},{\"code\":\"CN.02\",\"name\":\"Zhejiang\"}]");
        Path zh = Files.writeString(dir.resolve("zh.json"), "{\"provinces\":{\"CN.01\":\"安徽\",\"CN.02\":\"浙江\"}}");
        Path out = dir.resolve("out");

        MapAssetBuilder.main(new String[]{admin1.toString(), countries.toString(), names.toString(), zh.toString(),
                out.toString()});

        JsonNode provinces = new ObjectMapper().readTree(out.resolve(MapAssetBuilder.PROVINCES_FILE).toFile());
        assertThat(provinces.get("features")).extracting(f -> f.get("properties").get("name").asText())
                .containsExactly("Anhui", "Zhejiang");
        assertThat(provinces.get("features").get(1).get("properties").get("nameZh").asText()).isEqualTo("浙江");
        // The wiggle (about 100 m) is gone: the shared border is a few points, the same in both provinces.
        JsonNode ring = provinces.get("features").get(0).get("geometry").get("coordinates").get(0).get(0);
        assertThat(ring.size()).isLessThan(10);
        JsonNode context = new ObjectMapper().readTree(out.resolve(MapAssetBuilder.CONTEXT_FILE).toFile());
        assertThat(context.get("features")).extracting(f -> f.get("properties").get("name").asText())
                .containsExactly("Farland");
        for (JsonNode point : context.get("features").get(0).get("geometry").get("coordinates").get(0).get(0)) {
            assertThat(point.get(0).asDouble()).isLessThanOrEqualTo(MapAssetBuilder.CONTEXT_BOX.getMaxX());
        }
    }
}

package org.metaverseatlas.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.metaverseatlas.model.City;
import org.metaverseatlas.model.Gazetteer;
import org.metaverseatlas.model.Province;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the bundled gazetteer: GeoNames provinces and cities (English names, coordinates) and the Chinese names
 * the application ships for provinces, major cities and districts.
 */
public final class GazetteerReader {
    private static final String ADMIN1 = "/assets/geo/geonames-cn-admin1.json";
    private static final String CITIES = "/assets/geo/geonames-cn-cities.json";
    private static final String CHINESE_NAMES = "/assets/data/place-names-zh.json";
    private static volatile Gazetteer bundled;

    private GazetteerReader() {
    }

    /** The gazetteer shipped with the application, read once. */
    public static Gazetteer bundled() {
        Gazetteer result = bundled;
        if (result == null) {
            synchronized (GazetteerReader.class) {
                if (bundled == null) {
                    bundled = read();
                }
                result = bundled;
            }
        }
        return result;
    }

    private static Gazetteer read() {
        ObjectMapper json = new ObjectMapper();
        try {
            JsonNode zh = tree(json, CHINESE_NAMES);
            Map<String, Province> provinces = new HashMap<>();
            for (JsonNode node : tree(json, ADMIN1)) {
                String code = node.get("code").asText();
                provinces.put(code, new Province(code, node.get("name").asText(), text(zh.path("provinces").get(code))));
            }
            List<JsonNode> rows = new ArrayList<>();
            tree(json, CITIES).forEach(rows::add);
            // Where a name repeats inside one province, the lowest prefecture code (admin2) wins: the city proper.
            rows.sort(Comparator.comparing((JsonNode n) -> n.get("admin2").asText()));
            List<City> cities = new ArrayList<>(rows.size());
            for (JsonNode n : rows) {
                Province province = provinces.get("CN." + n.get("admin1").asText());
                if (province == null) {
                    continue;
                }
                String name = n.get("name").asText();
                String id = City.idOf(name, province.code());
                cities.add(new City(id, name, text(zh.path("cities").get(id)), province,
                        n.get("lat").asDouble(), n.get("lng").asDouble()));
            }
            Map<String, String> districts = new HashMap<>();
            zh.path("districts").fields().forEachRemaining(e -> districts.put(e.getKey(), e.getValue().asText()));
            List<Province> ordered = new ArrayList<>(provinces.values());
            ordered.sort(Comparator.comparing(Province::nameEn));
            return new Gazetteer(ordered, cities, districts);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled gazetteer cannot be read: " + e.getMessage(), e);
        }
    }

    private static JsonNode tree(ObjectMapper json, String resource) throws IOException {
        try (InputStream in = GazetteerReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            return json.readTree(in);
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}

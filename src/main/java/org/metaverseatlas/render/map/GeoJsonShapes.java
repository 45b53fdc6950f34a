package org.metaverseatlas.render.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the map's GeoJSON assets (Polygon and MultiPolygon features, lon/lat) into projected shapes. */
final class GeoJsonShapes {
    static final String PROVINCES = "/assets/geo/china-provinces.geojson";
    static final String CONTEXT = "/assets/geo/east-asia-context.geojson";

    private final AlbersProjection projection;
    private final ObjectMapper json = new ObjectMapper();

    GeoJsonShapes(AlbersProjection projection) {
        this.projection = projection;
    }

    /** The geometry bundled with the application. */
    static MapGeometry bundled() {
        GeoJsonShapes reader = new GeoJsonShapes(AlbersProjection.CHINA);
        return new MapGeometry(reader.provinces(resource(PROVINCES)), reader.context(resource(CONTEXT)));
    }

    private static JsonNode resource(String path) {
        try (InputStream in = GeoJsonShapes.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing resource " + path);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled map cannot be read: " + e.getMessage(), e);
        }
    }

    List<ProvinceShape> provinces(JsonNode collection) {
        List<ProvinceShape> result = new ArrayList<>();
        for (JsonNode f : collection.get("features")) {
            JsonNode p = f.get("properties");
            double lon = p.get("labelLon").asDouble();
            double lat = p.get("labelLat").asDouble();
            result.add(new ProvinceShape(text(p.get("code")), p.get("name").asText(), text(p.get("nameZh")),
                    shape(f.get("geometry")), projection.x(lon, lat), projection.y(lon, lat)));
        }
        return result;
    }

    List<ContextShape> context(JsonNode collection) {
        List<ContextShape> result = new ArrayList<>();
        for (JsonNode f : collection.get("features")) {
            result.add(new ContextShape(f.get("properties").get("name").asText(), shape(f.get("geometry"))));
        }
        return result;
    }

    private MapShape shape(JsonNode geometry) {
        String type = geometry.get("type").asText();
        JsonNode coordinates = geometry.get("coordinates");
        List<double[]> rings = new ArrayList<>();
        if (type.equals("Polygon")) {
            addPolygon(coordinates, rings);
        } else if (type.equals("MultiPolygon")) {
            coordinates.forEach(polygon -> addPolygon(polygon, rings));
        } else {
            throw new IllegalArgumentException("Unexpected geometry type in the bundled map: " + type);
        }
        return new MapShape(rings);
    }

    private void addPolygon(JsonNode polygon, List<double[]> rings) {
        for (JsonNode ring : polygon) {
            double[] xy = new double[ring.size() * 2];
            for (int i = 0; i < ring.size(); i++) {
                double lon = ring.get(i).get(0).asDouble();
                double lat = ring.get(i).get(1).asDouble();
                xy[2 * i] = projection.x(lon, lat);
                xy[2 * i + 1] = projection.y(lon, lat);
            }
            rings.add(xy);
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}

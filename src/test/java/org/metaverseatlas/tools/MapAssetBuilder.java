package org.metaverseatlas.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.metaverseatlas.render.map.AlbersProjection;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the map geometry the application ships, from Natural Earth: China's provincial-level divisions simplified
 * together with {@link CoverageSimplifier} (shared borders stay shared: no gaps, no slivers), and the neighbouring
 * countries and regions clipped to a box around China and simplified. Both are simplified in the map's own
 * projection (so the tolerance is the same number of kilometres everywhere), then written back as longitude and
 * latitude rounded to three decimals (about 100 m). Same input, same output.
 *
 * <p>Arguments: {@code natural-earth-admin1-china.geojson natural-earth-countries-50m-east-asia.geojson
 * geonames-cn-admin1.json place-names-zh.json OUTPUT_DIR}. See {@code assets/geo/README.md}.
 */
public final class MapAssetBuilder {
    /** Largest distance, in km, a simplified border may move. */
    static final double PROVINCE_TOLERANCE_KM = 2.5;
    static final double CONTEXT_TOLERANCE_KM = 4;
    /** Islands smaller than this (km²) are dropped, except a feature's largest part. */
    static final double SMALLEST_ISLAND_KM2 = 60;
    /** The context layer is clipped to this box (degrees): wide enough to frame China at any window shape. */
    static final Envelope CONTEXT_BOX = new Envelope(58, 152, 2, 60);
    static final String PROVINCES_FILE = "china-provinces.geojson";
    static final String CONTEXT_FILE = "east-asia-context.geojson";

    private static final AlbersProjection PROJECTION = AlbersProjection.CHINA;
    private final GeometryFactory factory = new GeometryFactory();
    private final ObjectMapper json = new ObjectMapper();

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            System.err.println("usage: MapAssetBuilder ADMIN1_GEOJSON COUNTRIES_GEOJSON GEONAMES_ADMIN1_JSON"
                    + " PLACE_NAMES_ZH_JSON OUTPUT_DIR");
            System.exit(2);
        }
        MapAssetBuilder builder = new MapAssetBuilder();
        Path out = Path.of(args[4]);
        Files.createDirectories(out);
        builder.buildProvinces(Path.of(args[0]), Path.of(args[2]), Path.of(args[3]), out.resolve(PROVINCES_FILE));
        builder.buildContext(Path.of(args[1]), out.resolve(CONTEXT_FILE));
    }

    void buildProvinces(Path admin1, Path geonamesAdmin1, Path chineseNames, Path target) throws IOException {
        Map<String, String> englishNames = new HashMap<>();
        for (JsonNode n : json.readTree(geonamesAdmin1.toFile())) {
            englishNames.put(n.get("code").asText(), n.get("name").asText());
        }
        JsonNode zh = json.readTree(chineseNames.toFile()).path("provinces");
        List<JsonNode> features = new ArrayList<>();
        json.readTree(admin1.toFile()).get("features").forEach(features::add);
        features.sort(Comparator.comparing(f -> f.get("properties").get("gn_a1_code").asText()));
        Geometry[] coverage = new Geometry[features.size()];
        for (int i = 0; i < coverage.length; i++) {
            coverage[i] = projected(features.get(i).get("geometry"));
        }
        if (!CoverageValidator.isValid(coverage)) {
            throw new IllegalStateException("the provinces do not form a clean coverage (overlaps or gaps)");
        }
        CoverageSimplifier simplifier = new CoverageSimplifier(coverage);
        Geometry[] simplified = simplifier.simplify(PROVINCE_TOLERANCE_KM);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < coverage.length; i++) {
            JsonNode p = features.get(i).get("properties");
            String code = p.get("gn_a1_code").asText();
            Map<String, Object> props = new LinkedHashMap<>();
            boolean province = englishNames.containsKey(code);
            props.put("code", province ? code : null);
            props.put("name", province ? englishNames.get(code) : p.get("name").asText());
            props.put("nameZh", province ? zh.path(code).asText(null) : null);
            props.put("labelLon", round(p.get("longitude").asDouble()));
            props.put("labelLat", round(p.get("latitude").asDouble()));
            Geometry g = simplified[i].isEmpty() ? coverage[i] : simplified[i];
            lines.add(feature(props, withoutSmallIslands(g)));
        }
        write(target, lines);
    }

    void buildContext(Path countries, Path target) throws IOException {
        Geometry box = factory.toGeometry(CONTEXT_BOX);
        List<String> lines = new ArrayList<>();
        List<JsonNode> features = new ArrayList<>();
        json.readTree(countries.toFile()).get("features").forEach(features::add);
        features.sort(Comparator.comparing(f -> f.get("properties").get("name").asText()));
        for (JsonNode f : features) {
            String name = f.get("properties").get("name").asText();
            if (name.equals("China")) {
                continue; // the provinces draw China
            }
            Geometry lonLat = lonLat(f.get("geometry"));
            if (!lonLat.getEnvelopeInternal().intersects(CONTEXT_BOX)) {
                continue;
            }
            Geometry clipped = lonLat.buffer(0).intersection(box);
            if (clipped.isEmpty()) {
                continue;
            }
            Geometry simplified = TopologyPreservingSimplifier.simplify(project(clipped), CONTEXT_TOLERANCE_KM);
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("name", name);
            lines.add(feature(props, withoutSmallIslands(simplified)));
        }
        write(target, lines);
    }

    private Geometry projected(JsonNode geometry) {
        return project(lonLat(geometry));
    }

    private Geometry lonLat(JsonNode geometry) {
        String type = geometry.get("type").asText();
        JsonNode coords = geometry.get("coordinates");
        List<Polygon> polygons = new ArrayList<>();
        if (type.equals("Polygon")) {
            polygons.add(polygon(coords));
        } else if (type.equals("MultiPolygon")) {
            coords.forEach(c -> polygons.add(polygon(c)));
        } else {
            throw new IllegalArgumentException("unexpected geometry " + type);
        }
        return factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
    }

    private Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonNode points) {
        Coordinate[] c = new Coordinate[points.size()];
        for (int i = 0; i < c.length; i++) {
            // The source carries floating-point noise from a TopoJSON conversion: neighbours' shared vertices differ
            // in the 14th digit, which CoverageSimplifier would take for overlaps. A millionth of a degree is 0.1 m.
            c[i] = new Coordinate(snap(points.get(i).get(0).asDouble()), snap(points.get(i).get(1).asDouble()));
        }
        return factory.createLinearRing(c);
    }

    private static double snap(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    private Geometry project(Geometry lonLat) {
        Geometry copy = lonLat.copy();
        copy.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
            double x = PROJECTION.x(c.x, c.y);
            double y = PROJECTION.y(c.x, c.y);
            c.x = x;
            c.y = y;
        });
        copy.geometryChanged();
        return copy;
    }

    /** Keeps the largest part and every part of at least {@link #SMALLEST_ISLAND_KM2}. */
    private List<Polygon> withoutSmallIslands(Geometry g) {
        List<Polygon> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                parts.add(p);
            }
        }
        parts.sort(Comparator.comparingDouble(Geometry::getArea).reversed());
        List<Polygon> kept = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (i == 0 || parts.get(i).getArea() >= SMALLEST_ISLAND_KM2) {
                kept.add(parts.get(i));
            }
        }
        return kept;
    }

    private String feature(Map<String, Object> properties, List<Polygon> polygons) throws IOException {
        StringBuilder s = new StringBuilder("{\"type\":\"Feature\",\"properties\":")
                .append(json.writeValueAsString(properties))
                .append(",\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[");
        for (int p = 0; p < polygons.size(); p++) {
            Polygon polygon = polygons.get(p);
            s.append(p == 0 ? "[" : ",[");
            appendRing(s, polygon.getExteriorRing().getCoordinates());
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                s.append(',');
                appendRing(s, polygon.getInteriorRingN(h).getCoordinates());
            }
            s.append(']');
        }
        return s.append("]}}").toString();
    }

    private void appendRing(StringBuilder s, Coordinate[] projected) {
        s.append('[');
        String previous = null;
        int written = 0;
        for (Coordinate c : projected) {
            String point = "[" + number(PROJECTION.longitude(c.x, c.y)) + "," + number(PROJECTION.latitude(c.x, c.y)) + "]";
            if (point.equals(previous)) {
                continue; // rounding can merge neighbours
            }
            s.append(written++ == 0 ? "" : ",").append(point);
            previous = point;
        }
        s.append(']');
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1000) / 1000.0;
    }

    private static String number(double degrees) {
        String text = String.format(Locale.ROOT, "%.3f", degrees);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static void write(Path target, List<String> features) throws IOException {
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            for (int i = 0; i < features.size(); i++) {
                w.write(features.get(i));
                w.write(i + 1 < features.size() ? ",\n" : "\n");
            }
            w.write("]}\n");
        }
        System.out.printf(Locale.ROOT, "%s: %d features, %d bytes%n", target, features.size(), Files.size(target));
    }
}

package org.metaverseatlas.render.map;

import org.metaverseatlas.model.Initiative;

import java.util.List;

/**
 * A disc drawn on the map, in area coordinates: one city, or a cluster of nearby cities (drawn at the largest of
 * them). {@code placeId} is the city id for a single city, and {@code cluster:} plus the largest city's id for a
 * cluster.
 */
public record MapMarker(String placeId, int count, double x, double y, double radius,
                        List<PlaceTally.CityCount> cities) {
    public static final String CLUSTER_PREFIX = "cluster:";

    public MapMarker {
        cities = List.copyOf(cities);
    }

    public boolean isCluster() {
        return cities.size() > 1;
    }

    /** The city a single-city marker stands for (the largest one of a cluster). */
    public PlaceTally.CityCount mainCity() {
        return cities.get(0);
    }

    /** The initiatives of all the marker's cities, the largest city first. */
    public List<Initiative> initiatives() {
        return cities.stream().flatMap(c -> c.initiatives().stream()).toList();
    }

    public boolean contains(double px, double py) {
        double dx = px - x;
        double dy = py - y;
        return dx * dx + dy * dy <= radius * radius;
    }

    public double minX() {
        return x - radius;
    }

    public double minY() {
        return y - radius;
    }

    public double size() {
        return 2 * radius;
    }
}

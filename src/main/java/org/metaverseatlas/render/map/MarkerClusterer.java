package org.metaverseatlas.render.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Merges cities whose discs would overlap much, in screen space at the current zoom, into one marker per group: the
 * largest city seeds a cluster and nearby smaller ones join the nearest seed. A grid of cells as wide as the largest
 * merge distance keeps this linear. Zooming in spreads the cities apart, so clusters split.
 */
final class MarkerClusterer {
    /**
     * Discs merge when their centres are closer than this share of their radii's sum: discs that overlap at all
     * become one cluster, since a disc drawn over another reads as one place with a wrong count and a wrong name.
     */
    static final double OVERLAP = 1.0;

    private MarkerClusterer() {
    }

    /** The markers, and the scale that sized them (which the legend shows). */
    record Clustering(List<MapMarker> markers, MarkerScale scale) {
    }

    /**
     * Every visible city is in exactly one marker; the counts of the markers add up to the cities' counts. The scale
     * is made for the largest marker, or for {@code otherMaximum} (say, of province-wide counts) if that is larger.
     */
    static Clustering cluster(List<PlaceTally.CityCount> cities, MapViewport viewport, int otherMaximum) {
        List<PlaceTally.CityCount> visible = new ArrayList<>();
        List<double[]> positions = new ArrayList<>();
        int maxCount = 0;
        for (PlaceTally.CityCount c : cities) {
            double sx = viewport.screenX(c.x());
            double sy = viewport.screenY(c.y());
            if (sx >= -MarkerScale.MAX_RADIUS && sx <= viewport.width() + MarkerScale.MAX_RADIUS
                    && sy >= -MarkerScale.MAX_RADIUS && sy <= viewport.height() + MarkerScale.MAX_RADIUS) {
                visible.add(c);
                positions.add(new double[]{sx, sy});
                maxCount = Math.max(maxCount, c.count());
            }
        }
        // Clusters are bigger than cities, and the scale is made for the biggest marker: group once with the
        // cities' scale, then again with the scale the groups call for, so that discs are judged at the size drawn.
        MarkerScale first = MarkerScale.forMaximum(Math.max(otherMaximum, maxCount));
        List<Group> firstGroups = group(visible, positions, first);
        MarkerScale scale = MarkerScale.forMaximum(Math.max(otherMaximum,
                firstGroups.stream().mapToInt(g -> g.count).max().orElse(0)));
        List<Group> groups = absorbHidden(scale.equals(first) ? firstGroups : group(visible, positions, scale), scale);
        List<MapMarker> markers = new ArrayList<>(groups.size());
        for (Group g : groups) {
            String id = g.cities.size() == 1 ? g.cities.get(0).city().id()
                    : MapMarker.CLUSTER_PREFIX + g.cities.get(0).city().id();
            markers.add(new MapMarker(id, g.count, g.x, g.y, scale.radius(g.count), g.cities));
        }
        // Largest first: drawn first, so smaller discs stay visible on top of larger ones.
        markers.sort(java.util.Comparator.comparingInt((MapMarker m) -> -m.count()).thenComparing(MapMarker::placeId));
        return new Clustering(List.copyOf(markers), scale);
    }

    private static List<Group> group(List<PlaceTally.CityCount> visible, List<double[]> positions, MarkerScale scale) {
        // No two discs further apart than this merge; a grid of such cells means looking only at the 3x3 around.
        double cell = 2 * MarkerScale.MAX_RADIUS;
        double origin = -MarkerScale.MAX_RADIUS - cell;
        int columns = 3 + (int) Math.ceil((positions.stream().mapToDouble(q -> q[0]).max().orElse(0) - origin) / cell);
        int rows = 3 + (int) Math.ceil((positions.stream().mapToDouble(q -> q[1]).max().orElse(0) - origin) / cell);
        @SuppressWarnings("unchecked")
        List<Group>[] grid = new List[columns * rows];
        List<Group> groups = new ArrayList<>();
        // Cities come largest first, so each group is seeded by its largest city.
        for (int i = 0; i < visible.size(); i++) {
            PlaceTally.CityCount c = visible.get(i);
            double sx = positions.get(i)[0];
            double sy = positions.get(i)[1];
            double r = scale.radius(c.count());
            int gx = (int) ((sx - origin) / cell);
            int gy = (int) ((sy - origin) / cell);
            Group nearest = null;
            double nearestDistance = Double.MAX_VALUE;
            for (int x = gx - 1; x <= gx + 1; x++) {
                for (int y = gy - 1; y <= gy + 1; y++) {
                    List<Group> here = grid[y * columns + x];
                    if (here == null) {
                        continue;
                    }
                    for (Group g : here) {
                        double dx = g.x - sx;
                        double dy = g.y - sy;
                        double d2 = dx * dx + dy * dy;
                        double reach = OVERLAP * (g.radius + r);
                        if (d2 < reach * reach && d2 < nearestDistance) {
                            nearest = g;
                            nearestDistance = d2;
                        }
                    }
                }
            }
            if (nearest != null) {
                nearest.add(c, scale);
            } else {
                Group g = new Group(sx, sy);
                g.add(c, scale);
                groups.add(g);
                int index = gy * columns + gx;
                if (grid[index] == null) {
                    grid[index] = new ArrayList<>(4);
                }
                grid[index].add(g);
            }
        }
        return groups;
    }

    /**
     * A group seeded while its neighbour was still small can end up under it once both have grown: a disc that
     * overlaps a larger one more than discs may (see {@link #OVERLAP}) joins it, as the reader could not read its
     * count or click it. Joining grows the larger disc, so this repeats until no two discs overlap that much.
     */
    private static List<Group> absorbHidden(List<Group> groups, MarkerScale scale) {
        List<Group> kept = new ArrayList<>(groups);
        boolean merged = true;
        for (int pass = 0; merged && pass < 8; pass++) {
            merged = false;
            List<Group> sorted = new ArrayList<>(kept);
            sorted.sort((a, b) -> Integer.compare(b.count, a.count));
            kept = new ArrayList<>();
            for (Group g : sorted) {
                Group host = null;
                for (Group k : kept) {
                    double dx = k.x - g.x;
                    double dy = k.y - g.y;
                    double reach = OVERLAP * (k.radius + g.radius);
                    if (dx * dx + dy * dy < reach * reach) {
                        host = k;
                        break;
                    }
                }
                if (host == null) {
                    kept.add(g);
                } else {
                    host.absorb(g, scale);
                    merged = true;
                }
            }
        }
        return kept;
    }

    private static final class Group {
        final double x;
        final double y;
        final List<PlaceTally.CityCount> cities = new ArrayList<>();
        int count;
        double radius;

        Group(double x, double y) {
            this.x = x;
            this.y = y;
        }

        void add(PlaceTally.CityCount city, MarkerScale scale) {
            cities.add(city);
            count += city.count();
            radius = scale.radius(count);
        }

        void absorb(Group other, MarkerScale scale) {
            cities.addAll(other.cities);
            count += other.count;
            radius = scale.radius(count);
        }
    }
}

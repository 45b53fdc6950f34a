package org.metaverseatlas.render.map;

import org.metaverseatlas.model.City;
import org.metaverseatlas.render.Painter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything placed on one drawing of the map, in area coordinates: markers (cities and clusters), province badges,
 * labels, and what is highlighted. The screen keeps the last one to answer "what is under the pointer".
 */
public final class MapLayout {
    /** At most this many city names are written, the largest cities first, so that a busy map stays legible. */
    static final int MAX_CITY_LABELS = 60;

    private final MapGeometry geometry;
    private final MapViewport viewport;
    private final PlaceTally tally;
    private final List<MapMarker> markers;
    /** Cities a place filter leaves out, drawn small and muted: not the data shown, but places to choose. */
    private final List<MapMarker> others;
    private final MarkerScale scale;
    private final List<ProvinceBadge> badges;
    private final List<MapLabel> labels;
    private final PlaceTally.Places selected;
    private final PlaceTally.Places focused;
    private final boolean legend;
    private final boolean print;
    private final List<MapMarker> numberedClusters;
    /** On paper, the clusters and the unnamed single cities, in the order of their numbers. */
    private final List<MapMarker> numbered;

    MapLayout(MapGeometry geometry, MapViewport viewport, PlaceTally tally, Painter measure, boolean legend) {
        this(geometry, viewport, tally, null, measure, legend, false);
    }

    /**
     * @param otherTally the places a place filter leaves out, shown muted (null: none)
     * @param print      for paper, where nothing splits as one zooms in: each cluster carries a number (a tag on its
     *                   outer ring) that a key beside the map explains, and the legend says so
     */
    MapLayout(MapGeometry geometry, MapViewport viewport, PlaceTally tally, PlaceTally otherTally, Painter measure,
              boolean legend, boolean print) {
        this.legend = legend;
        this.print = print;
        this.geometry = geometry;
        this.viewport = viewport;
        this.tally = tally;
        MarkerClusterer.Clustering clustering = MarkerClusterer.cluster(tally.cities(), viewport,
                tally.maxProvinceCount());
        this.markers = clustering.markers();
        this.scale = clustering.scale();
        this.others = others(otherTally, tally, viewport);
        this.selected = tally.placesOfInitiative(viewport.frame().selectedInitiativeId());
        this.focused = tally.placesOfOrganization(viewport.frame().focusedOrganizationId());
        LabelSpace space = new LabelSpace();
        for (MapMarker m : markers) {
            space.take(m.x() - m.radius(), m.y() - m.radius(), m.x() + m.radius(), m.y() + m.radius());
        }
        // Numbered largest first, as the markers come: the key then reads from the busiest place down.
        this.numberedClusters = print ? markers.stream().filter(MapMarker::isCluster).toList() : List.of();
        for (MapMarker m : numberedClusters) {
            double[] tag = tagCentre(m);
            space.take(tag[0] - TAG_RADIUS, tag[1] - TAG_RADIUS, tag[0] + TAG_RADIUS, tag[1] + TAG_RADIUS);
        }
        if (legend) {
            double[] panel = MapLegend.panelSize(measure, tally, scale,
                    markers.stream().mapToInt(MapMarker::count).max().orElse(1), print);
            space.take(MapLegend.LEFT, MapLegend.TOP, MapLegend.LEFT + panel[0], MapLegend.TOP + panel[1]);
        }
        // The scale bar and the attribution, bottom right, are no place for a label either.
        double[] corner = MapLegend.cornerSize(measure, viewport.width());
        space.take(viewport.width() - corner[0], viewport.height() - corner[1], viewport.width(), viewport.height());
        this.badges = placeBadges(space);
        List<MapLabel> placed = new ArrayList<>();
        placeCityLabels(space, measure, placed);
        placeProvinceLabels(space, measure, placed);
        this.labels = List.copyOf(placed);
        this.numbered = print ? numberedOnPaper() : List.of();
    }

    /**
     * On paper every place must be named somewhere: clusters, and single cities whose name found no room beside
     * their disc, carry a number that the key explains (clusters first, as they were numbered before labels).
     */
    private List<MapMarker> numberedOnPaper() {
        List<MapMarker> result = new ArrayList<>(numberedClusters);
        java.util.Set<String> labelled = new java.util.HashSet<>();
        labels.forEach(l -> labelled.add(l.markerId()));
        for (MapMarker m : markers) {
            if (!m.isCluster() && !labelled.contains(m.placeId())) {
                result.add(m);
            }
        }
        return List.copyOf(result);
    }

    /** The radius of a muted city: small, so that it never reads as data. */
    static final double OTHER_RADIUS = 3.5;

    private static List<MapMarker> others(PlaceTally otherTally, PlaceTally tally, MapViewport viewport) {
        if (otherTally == null) {
            return List.of();
        }
        java.util.Set<String> shown = new java.util.HashSet<>();
        tally.cities().forEach(c -> shown.add(c.city().id()));
        List<MapMarker> result = new ArrayList<>();
        for (PlaceTally.CityCount c : otherTally.cities()) {
            double x = viewport.screenX(c.x());
            double y = viewport.screenY(c.y());
            if (!shown.contains(c.city().id()) && x >= 0 && y >= 0 && x <= viewport.width() && y <= viewport.height()) {
                result.add(new MapMarker(c.city().id(), c.count(), x, y, OTHER_RADIUS, List.of(c)));
            }
        }
        return List.copyOf(result);
    }

    /** Cities the place filter leaves out, with how many initiatives the other filters leave there. */
    public List<MapMarker> others() {
        return others;
    }

    /** The muted city under an area point, where no marker of the data is. */
    public Optional<MapMarker> otherAt(double px, double py) {
        for (MapMarker m : others) {
            if (Math.hypot(px - m.x(), py - m.y()) <= m.radius() + 3) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** The radius of a cluster's number tag on paper. */
    static final double TAG_RADIUS = 6.5;

    /** Where a cluster's number tag sits: on its outer ring, up and to the right. */
    static double[] tagCentre(MapMarker m) {
        double d = (m.radius() + 2.5) * Math.sqrt(0.5);
        return new double[]{m.x() + d, m.y() - d};
    }

    /** Whether this layout is for paper (numbered clusters, a key, wording without zooming). */
    public boolean isPrint() {
        return print;
    }

    /**
     * On paper, the numbered markers in the order of their numbers (1 first): the clusters, then the single cities
     * whose name found no room beside their disc; none on screen.
     */
    public List<MapMarker> numberedClusters() {
        return numbered;
    }

    /** A cluster's number on paper (1-based), or 0 for a single city or on screen. */
    public int keyNumber(MapMarker marker) {
        return numbered.indexOf(marker) + 1;
    }

    /** Whether the legend panel is drawn (and kept free of labels). */
    public boolean hasLegend() {
        return legend;
    }

    private List<ProvinceBadge> placeBadges(LabelSpace space) {
        List<ProvinceBadge> result = new ArrayList<>();
        for (PlaceTally.ProvinceCount count : tally.provinces().values()) {
            Optional<ProvinceShape> shape = geometry.province(count.province().code());
            if (shape.isEmpty()) {
                continue;
            }
            ProvinceShape p = shape.get();
            double size = 2 * scale.radius(count.count()) * 0.9;
            double lx = viewport.screenX(p.labelX());
            double ly = viewport.screenY(p.labelY());
            // Just above the province's name if that is free of markers; else beside or below it.
            double[][] candidates = {{0, -(size / 2 + 2)}, {-(size + 8), 0}, {size + 8, 0}, {0, size / 2 + 26},
                    {0, -(1.5 * size + 8)}};
            double x = lx;
            double y = ly + candidates[0][1];
            for (double[] c : candidates) {
                double cx = lx + c[0];
                double cy = ly + c[1];
                if (space.claim(cx - size / 2 - 1, cy - size / 2 - 1, cx + size / 2 + 1, cy + size / 2 + 1)) {
                    x = cx;
                    y = cy;
                    break;
                }
            }
            result.add(new ProvinceBadge(p, count, x, y, size));
            space.take(x - size / 2, y - size / 2, x + size / 2, y + size / 2);
        }
        return List.copyOf(result);
    }

    private void placeCityLabels(LabelSpace space, Painter measure, List<MapLabel> placed) {
        int written = 0;
        for (MapMarker m : markers) {
            if (written >= MAX_CITY_LABELS) {
                break;
            }
            String en = m.mainCity().city().nameEn();
            String zh = m.mainCity().city().nameZh();
            String second = null;
            if (m.cities().size() == 2) {
                // A pair names both cities, the other one on a second line: no city goes unnamed for want of zoom.
                City other = m.cities().get(1).city();
                second = "+ " + other.nameEn() + (other.nameZh() == null ? "" : " " + other.nameZh());
            } else if (m.isCluster()) {
                // A larger cluster is named after its largest city, with how many more it holds.
                zh = (zh == null ? "" : zh + " ") + "+" + (m.cities().size() - 1);
            }
            double size = MapStyle.CITY_LABEL_SIZE;
            double width = measure.textWidth(en, size, true) + (zh == null ? 0 : 3 + measure.textWidth(zh, size, false));
            if (second != null) {
                width = Math.max(width, measure.textWidth(second, size, false));
            }
            double below = size * 0.3 + (second == null ? 0 : size * MapLabel.LINE_SPACING);
            // Clear of the disc, and of the outer ring a cluster has.
            double gap = m.isCluster() ? 6 : 4;
            double x = m.x() + m.radius() + gap;
            double y = m.y() + size * 0.35;
            // Right of the disc, else left, else above, else below: the first place that is free and on the map.
            double reach = m.radius() + gap;
            double diagonal = reach * 0.75;
            double[][] candidates = {{x, y}, {m.x() - reach - width, y},
                    {m.x() - width / 2, m.y() - reach - below}, {m.x() - width / 2, m.y() + reach + size * 0.9},
                    {m.x() + diagonal, m.y() - diagonal - below}, {m.x() - diagonal - width, m.y() - diagonal - below},
                    {m.x() + diagonal, m.y() + diagonal + size * 0.9},
                    {m.x() - diagonal - width, m.y() + diagonal + size * 0.9}};
            for (double[] c : candidates) {
                double cTop = c[1] - size * 0.9;
                double cBottom = c[1] + below;
                boolean inside = c[0] >= 1 && c[0] + width + 1 <= viewport.width() && cTop >= 0
                        && cBottom <= viewport.height();
                if (inside && nearestMarkerIs(m, c[0] - 1, cTop, c[0] + width + 1, cBottom)
                        && space.claim(c[0] - 1, cTop, c[0] + width + 1, cBottom)) {
                    placed.add(new MapLabel(en, zh, second, c[0], c[1], false, c[0] - 1, cTop, c[0] + width + 1,
                            cBottom, m.placeId()));
                    written++;
                    break;
                }
            }
        }
    }

    /**
     * Whether a label box is nearer its own marker than any other: a name set closer to a neighbour's disc reads as
     * that neighbour's, so it is better left unwritten (the marker keeps its name in its tip).
     */
    private boolean nearestMarkerIs(MapMarker own, double minX, double minY, double maxX, double maxY) {
        double mine = gap(own, minX, minY, maxX, maxY);
        for (MapMarker other : markers) {
            if (other != own && gap(other, minX, minY, maxX, maxY) <= mine) {
                return false;
            }
        }
        return true;
    }

    /** The distance from a marker's disc to a box, 0 where they touch or overlap. */
    static double gap(MapMarker m, double minX, double minY, double maxX, double maxY) {
        double dx = Math.max(Math.max(minX - m.x(), 0), m.x() - maxX);
        double dy = Math.max(Math.max(minY - m.y(), 0), m.y() - maxY);
        return Math.max(0, Math.hypot(dx, dy) - m.radius());
    }

    private void placeProvinceLabels(LabelSpace space, Painter measure, List<MapLabel> placed) {
        double size = MapStyle.PROVINCE_LABEL_SIZE;
        for (ProvinceShape p : geometry.byLabelPriority()) {
            if (!viewport.sees(p.labelX(), p.labelY(), p.labelX(), p.labelY(), 0)) {
                continue;
            }
            double x = viewport.screenX(p.labelX());
            double y = viewport.screenY(p.labelY()) + size * 0.35;
            for (ProvinceBadge b : badges) {
                if (b.province() == p && Math.abs(b.x() - x) < 1 && b.y() < y) {
                    y += size * 0.7; // the badge sits right above the label point: the name goes under it
                }
            }
            double half = Math.max(measure.textWidth(p.nameEn(), size, false),
                    p.nameZh() == null ? 0 : measure.textWidth(p.nameZh(), size, false)) / 2;
            double top = y - size * 0.9;
            double bottom = y + (p.nameZh() == null ? size * 0.3 : size * 1.35);
            if (space.claim(x - half - 1, top, x + half + 1, bottom)) {
                placed.add(new MapLabel(p.nameEn(), p.nameZh(), null, x, y, true, x - half - 1, top, x + half + 1, bottom,
                        null));
            }
        }
    }

    public MapGeometry geometry() {
        return geometry;
    }

    public MapViewport viewport() {
        return viewport;
    }

    public PlaceTally tally() {
        return tally;
    }

    /** The markers drawn, largest first (clusters and single cities). */
    public List<MapMarker> markers() {
        return markers;
    }

    public MarkerScale scale() {
        return scale;
    }

    public List<ProvinceBadge> badges() {
        return badges;
    }

    public List<MapLabel> labels() {
        return labels;
    }

    /** The places of the selected initiative. */
    public PlaceTally.Places selected() {
        return selected;
    }

    /** The places of the focused organization's initiatives. */
    public PlaceTally.Places focused() {
        return focused;
    }

    /**
     * Whether the places of no focused initiative fade: an organization is in focus and the filters leave some of
     * its initiatives (one with none left fades nothing, as on the timeline).
     */
    public boolean fades() {
        return viewport.frame().focusedOrganizationId() != null
                && !(focused.cityIds().isEmpty() && focused.provinceCodes().isEmpty());
    }

    /** Whether a marker holds one of these cities. */
    static boolean holdsAny(MapMarker marker, PlaceTally.Places places) {
        if (places.cityIds().isEmpty()) {
            return false;
        }
        for (PlaceTally.CityCount c : marker.cities()) {
            if (places.cityIds().contains(c.city().id())) {
                return true;
            }
        }
        return false;
    }

    /** The marker under an area point: the smallest one there, since small discs are drawn over large ones. */
    public Optional<MapMarker> markerAt(double px, double py) {
        MapMarker best = null;
        for (MapMarker m : markers) {
            if (m.contains(px, py) && (best == null || m.radius() < best.radius())) {
                best = m;
            }
        }
        return Optional.ofNullable(best);
    }

    public Optional<ProvinceBadge> badgeAt(double px, double py) {
        for (ProvinceBadge b : badges) {
            if (b.contains(px, py)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** The province under an area point (not counting markers or badges over it). */
    public Optional<ProvinceShape> provinceAt(double px, double py) {
        return geometry.provinceAt(viewport.projectedX(px), viewport.projectedY(py));
    }
}

package org.metaverseatlas.render.map;

import org.junit.jupiter.api.Test;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.model.Initiative;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class MapLayoutTest {
    private final MapRenderer renderer = MapTestData.renderer();
    private final RecordingPainter measure = new RecordingPainter();

    private MapLayout layout(List<Initiative> initiatives, MapFrame frame) {
        return renderer.layout(measure, initiatives, frame, 1000, 800);
    }

    private static Set<String> cityNames(MapLayout layout) {
        return layout.markers().stream().flatMap(m -> m.cities().stream()).map(c -> c.city().nameEn())
                .collect(Collectors.toSet());
    }

    @Test
    void theBundledDatasetShowsItsCitiesAndItsProvinceWideBodies() {
        MapLayout layout = layout(MapTestData.bundled().initiatives(), MapFrame.fitChina());
        assertThat(cityNames(layout)).contains("Guangzhou", "Shenzhen", "Hangzhou", "Guiyang", "Zhangjiajie", "Beijing");
        assertThat(layout.badges()).extracting(b -> b.province().nameEn())
                .containsExactlyInAnyOrder("Zhejiang", "Fujian", "Sichuan");
    }

    @Test
    void aClusterOfTwoCitiesNamesBothAndALargerOneSaysHowManyMore() {
        // The size of the map beside the timeline, where Guangzhou and Shenzhen share a marker.
        MapLayout bundled = renderer.layout(measure, MapTestData.bundled().initiatives(), MapFrame.fitChina(), 540, 520);
        MapMarker pair = bundled.markers().stream().filter(m -> m.cities().size() == 2).findFirst().orElseThrow();
        String first = pair.mainCity().city().nameEn();
        assertThat(bundled.labels()).filteredOn(l -> l.text().equals(first)).singleElement()
                .satisfies(l -> assertThat(l.secondLine()).contains(pair.cities().get(1).city().nameEn(),
                        pair.cities().get(1).city().nameZh()));

        MapLayout dense = layout(MapTestData.synthetic(10_000).initiatives(), MapFrame.fitChina());
        MapMarker big = dense.markers().stream().filter(m -> m.cities().size() > 2)
                .filter(m -> dense.labels().stream().anyMatch(l -> l.text().equals(m.mainCity().city().nameEn())))
                .findFirst().orElseThrow();
        assertThat(dense.labels()).filteredOn(l -> l.text().equals(big.mainCity().city().nameEn())).first()
                .satisfies(l -> assertThat(l.textZh()).endsWith("+" + (big.cities().size() - 1)));
    }

    @Test
    void zoomedOnTheSouthGuangzhouAndShenzhenHaveTheirOwnMarkers() {
        MapFrame fit = MapFrame.fitChina();
        MapViewport v = new MapViewport(fit, 1000, 800);
        AlbersProjection p = AlbersProjection.CHINA;
        MapFrame south = v.zoomedAbout(v.screenX(p.x(113.6, 22.8)), v.screenY(p.y(113.6, 22.8)), 6);
        MapLayout layout = layout(MapTestData.bundled().initiatives(), south);
        assertThat(layout.markers()).filteredOn(m -> !m.isCluster())
                .extracting(m -> m.mainCity().city().nameEn()).contains("Guangzhou", "Shenzhen");
    }

    @Test
    void countsOnTheMapAddUpToTheFilteredTotal() {
        List<Initiative> all = MapTestData.synthetic(10_000).initiatives();
        MapLayout layout = layout(all, MapFrame.fitChina());
        PlaceTally tally = layout.tally();
        assertThat(layout.markers().stream().mapToInt(MapMarker::count).sum()).isEqualTo(tally.cityTotal());
        assertThat(layout.badges().stream().mapToInt(ProvinceBadge::count).sum()).isEqualTo(tally.provinceTotal());
        assertThat(tally.cityTotal() + tally.provinceTotal() + tally.national() + tally.unknown()).isEqualTo(all.size());
        assertThat(layout.markers()).anyMatch(MapMarker::isCluster);
    }

    @Test
    void clusterCountsAddUpToTheFilteredTotalUnderAFilter() {
        Catalog catalog = MapTestData.synthetic(10_000);
        String busiestProvince = MapTestData.synthetic(10_000).initiatives().get(0).place().province().code();
        FilterCriteria criteria = FilterCriteria.NONE.toggleProvince(busiestProvince);
        List<Initiative> filtered = catalog.initiatives().stream().filter(criteria::matches).toList();
        MapLayout layout = layout(filtered, MapFrame.fitChina());
        int onMap = layout.markers().stream().mapToInt(MapMarker::count).sum()
                + layout.badges().stream().mapToInt(ProvinceBadge::count).sum();
        assertThat(onMap).isEqualTo(filtered.size()).isLessThan(catalog.initiatives().size());
    }

    @Test
    void clustersSplitAsTheReaderZoomsIn() {
        List<Initiative> all = MapTestData.synthetic(10_000).initiatives();
        MapLayout far = layout(all, MapFrame.fitChina());
        MapMarker before = far.markers().stream().filter(MapMarker::isCluster).findFirst().orElseThrow();
        MapLayout near = layout(all, far.viewport().zoomedAbout(before.x(), before.y(), 8));
        // The cities of the distant cluster now lie under several markers, and none is lost.
        List<MapMarker> after = near.markers().stream()
                .filter(m -> m.cities().stream().anyMatch(before.cities()::contains)).toList();
        assertThat(after.size()).isGreaterThan(1);
        int seen = after.stream().flatMap(m -> m.cities().stream()).filter(before.cities()::contains)
                .mapToInt(PlaceTally.CityCount::count).sum();
        assertThat(seen).isEqualTo(before.count());
    }

    @Test
    void noTwoMarkersOverlapMoreThanDiscsMayAtAnyZoomStep() {
        List<Initiative> all = MapTestData.synthetic(100_000).initiatives();
        MapFrame fit = MapFrame.fitChina();
        MapViewport v = new MapViewport(fit, 1000, 800);
        AlbersProjection p = AlbersProjection.CHINA;
        for (double zoom = 1; zoom <= 16; zoom *= 1.5) {
            MapFrame frame = v.zoomedAbout(v.screenX(p.x(113, 28)), v.screenY(p.y(113, 28)), zoom);
            List<MapMarker> markers = layout(all, frame).markers();
            for (int i = 0; i < markers.size(); i++) {
                for (int j = i + 1; j < markers.size(); j++) {
                    MapMarker a = markers.get(i);
                    MapMarker b = markers.get(j);
                    double reach = MarkerClusterer.OVERLAP * (a.radius() + b.radius());
                    assertThat(Math.hypot(a.x() - b.x(), a.y() - b.y())).as("%s and %s at x%.2f", a.placeId(),
                            b.placeId(), zoom).isGreaterThanOrEqualTo(reach);
                }
            }
        }
    }

    @Test
    void theSelectedInitiativesPlaceIsHighlighted() {
        Initiative guiyang = MapTestData.bundled().initiatives().stream()
                .filter(i -> i.place().city() != null && i.place().city().nameEn().equals("Guiyang")).findFirst().orElseThrow();
        MapLayout layout = layout(MapTestData.bundled().initiatives(), MapFrame.fitChina().withSelection(guiyang.id(), null));
        assertThat(layout.selected().cityIds()).containsExactly(guiyang.place().city().id());
        assertThat(layout.markers()).filteredOn(m -> MapLayout.holdsAny(m, layout.selected()))
                .extracting(m -> m.mainCity().city().nameEn()).containsExactly("Guiyang");
    }

    @Test
    void aProvinceWideSelectionHighlightsItsProvince() {
        Initiative zhejiang = MapTestData.bundled().initiatives().stream()
                .filter(i -> i.place().city() == null && i.place().province() != null
                        && i.place().province().nameEn().equals("Zhejiang")).findFirst().orElseThrow();
        MapLayout layout = layout(MapTestData.bundled().initiatives(), MapFrame.fitChina().withSelection(zhejiang.id(), null));
        assertThat(layout.selected().provinceCodes()).containsExactly("CN.02");
        assertThat(layout.selected().cityIds()).isEmpty();
    }

    @Test
    void aMarkerIsFoundUnderItsCentre() {
        MapLayout layout = layout(MapTestData.bundled().initiatives(), MapFrame.fitChina());
        for (MapMarker m : layout.markers()) {
            assertThat(layout.markerAt(m.x(), m.y())).contains(m);
        }
        assertThat(layout.markerAt(-50, -50)).isEmpty();
    }

    @Test
    void noLabelRunsUnderTheScaleBarAndTheAttributionAndWithoutTheLegendLabelsMayUseItsCorner() {
        List<Initiative> all = MapTestData.synthetic(10_000).initiatives();
        AlbersProjection p = AlbersProjection.CHINA;
        int views = 0;
        for (double[] size : new double[][]{{540, 520}, {1000, 800}}) {
            MapViewport v = new MapViewport(MapFrame.fitChina(), size[0], size[1]);
            double[] corner = MapLegend.cornerSize(measure, size[0]);
            for (double lon = 100; lon <= 120; lon += 5) {
                for (double lat = 22; lat <= 40; lat += 6) {
                    for (double zoom : new double[]{1, 2, 4}) {
                        double x = lon;
                        double y = lat;
                        double z = zoom;
                        MapFrame frame = v.zoomedAbout(v.screenX(p.x(x, y)), v.screenY(p.y(x, y)), z);
                        MapLayout layout = renderer.layout(measure, all, frame, size[0], size[1]);
                        views++;
                        assertThat(layout.labels()).allSatisfy(l -> assertThat(
                                l.maxX() <= size[0] - corner[0] || l.maxY() <= size[1] - corner[1])
                                .as("%s at %s,%s x%s", l.text(), x, y, z).isTrue());
                    }
                }
            }
        }
        assertThat(views).isEqualTo(2 * 5 * 4 * 3);

        MapLayout withLegend = layout(all, MapFrame.fitChina());
        MapLayout without = renderer.layout(measure, all, MapFrame.fitChina(), 1000, 800, false);
        assertThat(without.hasLegend()).isFalse();
        assertThat(without.labels().size()).isGreaterThanOrEqualTo(withLegend.labels().size());
    }

    @Test
    void onPaperEveryClusterIsNumberedAndTheKeyNamesEachOfItsCitiesWithItsCount() {
        MapLayout paper = renderer.printLayout(measure, MapTestData.synthetic(10_000).initiatives(),
                MapFrame.fitChina(), 540, 600);
        List<MapMarker> clusters = paper.markers().stream().filter(MapMarker::isCluster).toList();
        assertThat(clusters).hasSizeGreaterThan(2);
        assertThat(paper.numberedClusters()).containsAll(clusters)
                .allSatisfy(m -> assertThat(m.isCluster() || paper.labels().stream()
                        .noneMatch(l -> m.placeId().equals(l.markerId()))).isTrue());

        List<String> key = MapKey.entries(paper);
        assertThat(key).hasSameSizeAs(paper.numberedClusters());
        for (MapMarker cluster : clusters) {
            String entry = key.get(paper.keyNumber(cluster) - 1);
            assertThat(entry).startsWith(paper.keyNumber(cluster) + ": ");
            for (PlaceTally.CityCount city : cluster.cities()) {
                String name = city.city().nameZh() == null ? city.city().nameEn()
                        : city.city().nameEn() + " " + city.city().nameZh();
                assertThat(entry).contains(name + " " + city.count());
            }
        }
    }

    @Test
    void onScreenClustersCarryNoNumberAndHaveNoKey() {
        MapLayout screen = renderer.layout(measure, MapTestData.synthetic(10_000).initiatives(), MapFrame.fitChina(),
                540, 600);
        assertThat(screen.markers()).anyMatch(MapMarker::isCluster);
        assertThat(screen.numberedClusters()).isEmpty();
        assertThat(MapKey.entries(screen)).isEmpty();
    }

    @Test
    void thePaperLegendSpeaksOfTheKeyNotOfZooming() {
        RecordingPainter paper = new RecordingPainter();
        MapLayout layout = renderer.printLayout(paper, MapTestData.bundled().initiatives(), MapFrame.fitChina(),
                540, 600);
        renderer.paint(paper, layout, MapColours.LIGHT);
        assertThat(paper.texts).noneMatch(t -> t.contains("zoom")).anyMatch(t -> t.contains("see the key"));

        RecordingPainter screen = new RecordingPainter();
        renderer.paint(screen, MapTestData.bundled().initiatives(), MapFrame.fitChina(), 540, 600);
        assertThat(screen.texts).anyMatch(t -> t.contains("zoom in to split"));
    }
}

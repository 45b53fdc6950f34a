package org.metaverseatlas.render.map;

import org.junit.jupiter.api.Test;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.Initiative;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader takes from a map: a name belongs to the disc it is nearest, and two discs drawn over each other are
 * one place. Checked over many random layouts and on the shipped atlas at every zoom step.
 */
class MapLabelRuleTest {
    private final MapRenderer renderer = MapTestData.renderer();
    private final RecordingPainter measure = new RecordingPainter();

    private static void everyLabelIsNearestItsOwnMarker(MapLayout layout, String where) {
        for (MapLabel label : layout.labels()) {
            if (label.province()) {
                continue;
            }
            MapMarker own = layout.markers().stream().filter(m -> m.placeId().equals(label.markerId()))
                    .findFirst().orElseThrow(() -> new AssertionError(where + ": no marker for " + label.text()));
            double mine = MapLayout.gap(own, label.minX(), label.minY(), label.maxX(), label.maxY());
            for (MapMarker other : layout.markers()) {
                if (other != own) {
                    assertThat(MapLayout.gap(other, label.minX(), label.minY(), label.maxX(), label.maxY()))
                            .as(where + ": label '" + label.text() + "' is as near " + other.placeId()
                                    + " as its own marker")
                            .isGreaterThan(mine);
                }
            }
        }
    }

    private static void noTwoMarkersOverlap(MapLayout layout, String where) {
        List<MapMarker> markers = layout.markers();
        for (int a = 0; a < markers.size(); a++) {
            for (int b = a + 1; b < markers.size(); b++) {
                MapMarker x = markers.get(a);
                MapMarker y = markers.get(b);
                assertThat(Math.hypot(x.x() - y.x(), x.y() - y.y()))
                        .as(where + ": " + x.placeId() + " and " + y.placeId() + " overlap")
                        .isGreaterThanOrEqualTo(x.radius() + y.radius() - 1e-6);
            }
        }
    }

    @Test
    void randomLayoutsNameEveryMarkerNearestItAndMergeOverlappingDiscs() {
        List<Initiative> pool = MapTestData.synthetic(2_000).initiatives();
        Random random = new Random(42);
        for (int round = 0; round < 60; round++) {
            List<Initiative> some = new ArrayList<>(pool);
            Collections.shuffle(some, random);
            some = some.subList(0, 5 + random.nextInt(400));
            int width = 400 + random.nextInt(1100);
            int height = 300 + random.nextInt(700);
            MapViewport fit = new MapViewport(MapFrame.fitChina(), width, height);
            MapFrame frame = fit.zoomedAbout(random.nextDouble() * width, random.nextDouble() * height,
                    1 + random.nextDouble() * 12);
            MapLayout layout = renderer.layout(measure, some, frame, width, height);
            String where = "round " + round + " (" + some.size() + " initiatives, " + width + "x" + height + ")";
            everyLabelIsNearestItsOwnMarker(layout, where);
            noTwoMarkersOverlap(layout, where);
        }
    }

    @Test
    void theShippedAtlasNamesEveryMarkerNearestItAtEveryZoomStep() {
        Catalog atlas = MapTestData.atlas();
        for (int[] size : new int[][]{{540, 520}, {1000, 800}, {1400, 900}}) {
            MapViewport fit = new MapViewport(MapFrame.fitChina(), size[0], size[1]);
            // Zoom steps about the east coast, the south and the whole: where the atlas is densest.
            double[][] centres = {{size[0] * 0.75, size[1] * 0.55}, {size[0] * 0.65, size[1] * 0.8},
                    {size[0] / 2.0, size[1] / 2.0}};
            for (double[] c : centres) {
                for (int step = 0; step <= 10; step++) {
                    MapFrame frame = step == 0 ? MapFrame.fitChina() : fit.zoomedAbout(c[0], c[1], Math.pow(1.5, step));
                    MapLayout layout = renderer.layout(measure, atlas.initiatives(), frame, size[0], size[1]);
                    String where = size[0] + "x" + size[1] + " step " + step;
                    everyLabelIsNearestItsOwnMarker(layout, where);
                    noTwoMarkersOverlap(layout, where);
                }
            }
        }
    }

    @Test
    void onPaperEveryPlaceIsNamedBesideItsDiscOrInTheKey() {
        Catalog atlas = MapTestData.atlas();
        for (int[] size : new int[][]{{500, 400}, {760, 560}}) {
            MapLayout layout = renderer.printLayout(measure, atlas.initiatives(), MapFrame.fitChina(), size[0], size[1]);
            java.util.Set<String> labelled = new java.util.HashSet<>();
            layout.labels().forEach(l -> labelled.add(l.markerId()));
            assertThat(layout.markers()).allSatisfy(m -> assertThat(labelled.contains(m.placeId()) && !m.isCluster()
                    || layout.keyNumber(m) > 0).as(m.placeId() + " at " + size[0]).isTrue());
            assertThat(MapKey.entries(layout)).hasSize(layout.numberedClusters().size());
        }
    }
}

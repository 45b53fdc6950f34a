package org.metaverseatlas.render.map;

import org.junit.jupiter.api.Test;
import org.metaverseatlas.model.Initiative;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An organization in focus stands out on the map as on the timeline: the other places step back. */
class MapFocusFadeTest {
    private final MapRenderer renderer = MapTestData.renderer();

    private static double opacityAt(RecordingPainter painter, MapMarker m) {
        return painter.discs.stream().filter(d -> Math.abs(d[0] - m.x()) < 1e-6 && Math.abs(d[1] - m.y()) < 1e-6)
                .mapToDouble(d -> d[2]).findFirst().orElseThrow();
    }

    @Test
    void placesWithoutTheFocusedOrganizationsInitiativesFade() {
        List<Initiative> all = MapTestData.bundled().initiatives();
        RecordingPainter painter = new RecordingPainter();
        MapFrame focused = MapFrame.fitChina().withSelection(null, "org-hangzhou-normal-university");
        MapLayout layout = renderer.paintLayout(painter, all, focused, 1000, 800, MapColours.LIGHT, false);

        assertThat(layout.fades()).isTrue();
        MapMarker hangzhou = layout.markers().stream()
                .filter(m -> m.cities().stream().anyMatch(c -> c.city().nameEn().equals("Hangzhou"))).findFirst()
                .orElseThrow();
        assertThat(opacityAt(painter, hangzhou)).isGreaterThan(0.8);
        assertThat(layout.markers()).filteredOn(m -> m != hangzhou)
                .isNotEmpty()
                .allSatisfy(m -> assertThat(opacityAt(painter, m)).as(m.placeId()).isEqualTo(MapPainting.FADED));
    }

    @Test
    void withoutAFocusNothingFades() {
        RecordingPainter painter = new RecordingPainter();
        MapLayout layout = renderer.paintLayout(painter, MapTestData.bundled().initiatives(), MapFrame.fitChina(),
                1000, 800, MapColours.LIGHT, false);
        assertThat(layout.fades()).isFalse();
        assertThat(layout.markers()).allSatisfy(m -> assertThat(opacityAt(painter, m)).isGreaterThan(0.8));
    }
}

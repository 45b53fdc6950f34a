package org.metaverseatlas.render.map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MapViewportTest {
    @Test
    void fitChinaShowsAllOfChinaInsideTheArea() {
        MapViewport v = new MapViewport(MapFrame.fitChina(), 1000, 800);
        assertThat(v.screenX(ChinaExtent.MIN_X)).isBetween(0.0, 1000.0);
        assertThat(v.screenX(ChinaExtent.MAX_X)).isBetween(0.0, 1000.0);
        assertThat(v.screenY(ChinaExtent.MIN_Y)).isBetween(0.0, 800.0);
        assertThat(v.screenY(ChinaExtent.MAX_Y)).isBetween(0.0, 800.0);
        assertThat(v.screenY(ChinaExtent.MAX_Y)).isLessThan(v.screenY(ChinaExtent.MIN_Y));
    }

    @Test
    void zoomingKeepsThePointUnderThePointer() {
        MapViewport v = new MapViewport(MapFrame.fitChina(), 1000, 800);
        double x = v.projectedX(700);
        double y = v.projectedY(300);
        MapViewport zoomed = new MapViewport(v.zoomedAbout(700, 300, 3), 1000, 800);
        assertThat(zoomed.frame().zoom()).isCloseTo(3, within(1e-9));
        assertThat(zoomed.screenX(x)).isCloseTo(700, within(1e-6));
        assertThat(zoomed.screenY(y)).isCloseTo(300, within(1e-6));
    }

    @Test
    void panningMovesTheMapWithThePointer() {
        MapViewport v = new MapViewport(MapFrame.fitChina(), 1000, 800);
        double x = v.projectedX(500);
        double y = v.projectedY(400);
        MapViewport panned = new MapViewport(v.pannedBy(40, -25), 1000, 800);
        assertThat(panned.screenX(x)).isCloseTo(540, within(1e-6));
        assertThat(panned.screenY(y)).isCloseTo(375, within(1e-6));
    }

    @Test
    void zoomAndCentreStayWithinBounds() {
        MapViewport v = new MapViewport(MapFrame.fitChina(), 1000, 800);
        assertThat(v.zoomedAbout(500, 400, 1e6).zoom()).isEqualTo(MapViewport.MAX_ZOOM);
        assertThat(v.zoomedAbout(500, 400, 1e-6).zoom()).isEqualTo(MapViewport.MIN_ZOOM);
        MapFrame far = v.pannedBy(1e7, -1e7);
        assertThat(far.centerX()).isEqualTo(ChinaExtent.MIN_X);
        assertThat(far.centerY()).isEqualTo(ChinaExtent.MIN_Y);
    }
}

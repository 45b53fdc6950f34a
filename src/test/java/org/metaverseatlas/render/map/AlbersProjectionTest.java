package org.metaverseatlas.render.map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AlbersProjectionTest {
    private final AlbersProjection albers = AlbersProjection.CHINA;

    @Test
    void theOriginOnTheCentralMeridianProjectsToZero() {
        assertThat(albers.x(105, 36)).isCloseTo(0, within(1e-9));
        assertThat(albers.y(105, 36)).isCloseTo(0, within(1e-9));
    }

    @Test
    void eastIsRightAndNorthIsUp() {
        assertThat(albers.x(120, 36)).isPositive();
        assertThat(albers.x(90, 36)).isNegative();
        assertThat(albers.y(105, 45)).isPositive();
        assertThat(albers.y(105, 25)).isNegative();
    }

    @Test
    void inverseGivesBackLongitudeAndLatitude() {
        for (double lon = 70; lon <= 140; lon += 3.5) {
            for (double lat = 10; lat <= 56; lat += 2.3) {
                double x = albers.x(lon, lat);
                double y = albers.y(lon, lat);
                assertThat(albers.longitude(x, y)).isCloseTo(lon, within(1e-9));
                assertThat(albers.latitude(x, y)).isCloseTo(lat, within(1e-9));
            }
        }
    }

    @Test
    void areasAreTrue() {
        // A one-degree cell at 40°N: the sphere's area is R² · Δλ · (sin φ2 − sin φ1).
        double r = AlbersProjection.EARTH_RADIUS_KM;
        double expected = r * r * Math.toRadians(1) * (Math.sin(Math.toRadians(41)) - Math.sin(Math.toRadians(40)));
        MapShape cell = new MapShape(java.util.List.of(new double[]{
                albers.x(110, 40), albers.y(110, 40), albers.x(111, 40), albers.y(111, 40),
                albers.x(111, 41), albers.y(111, 41), albers.x(110, 41), albers.y(110, 41)}));
        // Parallels are arcs, the cell's sides here are chords: the difference is far below a thousandth.
        assertThat(cell.area()).isCloseTo(expected, within(expected * 1e-3));
    }

    @Test
    void distancesAlongTheStandardParallelsAreTrue() {
        double r = AlbersProjection.EARTH_RADIUS_KM;
        for (double lat : new double[]{25, 47}) {
            double projected = Math.hypot(albers.x(106, lat) - albers.x(105, lat), albers.y(106, lat) - albers.y(105, lat));
            double expected = r * Math.cos(Math.toRadians(lat)) * Math.toRadians(1);
            assertThat(projected).isCloseTo(expected, within(expected * 1e-4));
        }
    }
}

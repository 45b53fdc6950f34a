package org.metaverseatlas.render.map;

/**
 * The projected box that holds all of China's provincial-level divisions (73.4–135.1°E, 15.6–53.6°N, the Paracel
 * Islands included): what "fit China" fits. Computed from the projection alone, so a frame can be made before any
 * geometry is loaded.
 */
final class ChinaExtent {
    static final double WEST = 73.4;
    static final double EAST = 135.1;
    static final double SOUTH = 15.6;
    static final double NORTH = 53.6;
    static final double MIN_X;
    static final double MAX_X;
    static final double MIN_Y;
    static final double MAX_Y;
    static final double CENTER_X;
    static final double CENTER_Y;

    static {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        AlbersProjection p = AlbersProjection.CHINA;
        // Parallels project to arcs: sample the box's edges, not only its corners.
        for (int i = 0; i <= 100; i++) {
            double lon = WEST + (EAST - WEST) * i / 100;
            double lat = SOUTH + (NORTH - SOUTH) * i / 100;
            double[][] points = {{lon, SOUTH}, {lon, NORTH}, {WEST, lat}, {EAST, lat}};
            for (double[] q : points) {
                double x = p.x(q[0], q[1]);
                double y = p.y(q[0], q[1]);
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
        }
        MIN_X = minX;
        MAX_X = maxX;
        MIN_Y = minY;
        MAX_Y = maxY;
        CENTER_X = (minX + maxX) / 2;
        CENTER_Y = (minY + maxY) / 2;
    }

    private ChinaExtent() {
    }

    static double width() {
        return MAX_X - MIN_X;
    }

    static double height() {
        return MAX_Y - MIN_Y;
    }
}

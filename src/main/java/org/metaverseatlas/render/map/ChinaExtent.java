package org.metaverseatlas.render.map;

/**
 * The projected box (km, {@link AlbersProjection#CHINA}) that holds all of China's provincial-level divisions as
 * bundled, the Paracel Islands included: what "fit China" fits. Constants, so that a frame can be made before any
 * geometry is loaded; a test holds them to the bundled geometry.
 */
final class ChinaExtent {
    static final double MIN_X = -2623;
    static final double MAX_X = 2201;
    static final double MIN_Y = -2225;
    static final double MAX_Y = 2077;
    static final double CENTER_X = (MIN_X + MAX_X) / 2;
    static final double CENTER_Y = (MIN_Y + MAX_Y) / 2;

    private ChinaExtent() {
    }

    static double width() {
        return MAX_X - MIN_X;
    }

    static double height() {
        return MAX_Y - MIN_Y;
    }
}

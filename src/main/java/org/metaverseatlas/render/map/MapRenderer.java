package org.metaverseatlas.render.map;

import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.render.Painter;

import java.util.List;

/** Draws the map of China with the initiatives on it, for the screen and for the PDF alike. */
public final class MapRenderer {
    private MapRenderer() {
    }

    /** Loads the bundled geometry from the classpath (/assets/geo/...). Call off the FX thread; reuse the instance. */
    public static MapRenderer loadBundled() {
        return new MapRenderer();
    }

    /**
     * Draws the whole map (water, context, provinces with English and Chinese labels, markers or clusters for these
     * initiatives, legend) into {@code width} x {@code height}. Same code for screen and PDF.
     */
    public void paint(Painter painter, List<Initiative> initiatives, MapFrame frame, double width, double height) {
        throw new UnsupportedOperationException("not drawn yet");
    }
}

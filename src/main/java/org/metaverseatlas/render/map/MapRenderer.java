package org.metaverseatlas.render.map;

import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.render.Painter;

import java.util.List;

/**
 * Draws the map of China with the initiatives on it, for the screen and for the PDF alike: water, the neighbouring
 * countries muted, the provinces with English and Chinese labels (shaded where province-wide initiatives are),
 * city markers or clusters, highlights, legend, note of what is not on the map, scale bar and attribution.
 * Thread-safe. The tally of the last list drawn is kept, since the filtered list is replaced whole on each change;
 * so is the tally of the list named by {@link #keepTallyOf} (the whole catalog, which users keep coming back to).
 */
public final class MapRenderer {
    private final MapGeometry geometry;
    private final AlbersProjection projection;
    private volatile TallyCache last;
    private volatile TallyCache kept;
    /** The tally of the places a place filter leaves out, kept while that list is the same (redraws are many). */
    private volatile TallyCache others;

    private record TallyCache(List<Initiative> initiatives, PlaceTally tally) {
    }

    public MapRenderer(MapGeometry geometry, AlbersProjection projection) {
        this.geometry = geometry;
        this.projection = projection;
    }

    /** Loads the bundled geometry from the classpath (/assets/geo/...). Call off the FX thread; reuse the instance. */
    public static MapRenderer loadBundled() {
        return new MapRenderer(GeoJsonShapes.bundled(), AlbersProjection.CHINA);
    }

    public MapGeometry geometry() {
        return geometry;
    }

    /** Where these initiatives are (computed once per list). */
    public PlaceTally tally(List<Initiative> initiatives) {
        TallyCache k = kept;
        if (k != null && k.initiatives() == initiatives) {
            if (k.tally() == null) {
                k = new TallyCache(initiatives, PlaceTally.of(initiatives, projection));
                kept = k;
            }
            return k.tally();
        }
        TallyCache c = last;
        if (c == null || c.initiatives() != initiatives) {
            c = new TallyCache(initiatives, PlaceTally.of(initiatives, projection));
            last = c;
        }
        return c.tally();
    }

    private PlaceTally otherTally(List<Initiative> list) {
        TallyCache c = others;
        if (c == null || c.initiatives() != list) {
            c = new TallyCache(list, PlaceTally.of(list, projection));
            others = c;
        }
        return c.tally();
    }

    /**
     * Keeps the tally of this list (computed when first drawn) whatever else is drawn in between, until another
     * list is named here. Views name the whole catalog, so going back to no filter costs no new tally.
     */
    public void keepTallyOf(List<Initiative> initiatives) {
        TallyCache k = kept;
        if (k == null || k.initiatives() != initiatives) {
            kept = new TallyCache(initiatives, null);
        }
    }

    /** Places everything for a drawing, without drawing; {@code measure} only measures text. */
    public MapLayout layout(Painter measure, List<Initiative> initiatives, MapFrame frame, double width, double height) {
        return layout(measure, initiatives, frame, width, height, true);
    }

    /** As {@link #layout(Painter, List, MapFrame, double, double)}, with or without the legend panel. */
    public MapLayout layout(Painter measure, List<Initiative> initiatives, MapFrame frame, double width, double height,
                            boolean legend) {
        return layout(measure, initiatives, null, frame, width, height, legend);
    }

    /**
     * As {@link #layout(Painter, List, MapFrame, double, double, boolean)}, with the cities of {@code others} (may be
     * null) that the initiatives leave out shown muted: what a place filter hides, still there to be chosen.
     */
    public MapLayout layout(Painter measure, List<Initiative> initiatives, List<Initiative> others, MapFrame frame,
                            double width, double height, boolean legend) {
        return new MapLayout(geometry, new MapViewport(frame, width, height), tally(initiatives),
                others == null ? null : otherTally(others), measure, legend, false);
    }

    /**
     * Places everything for a drawing on paper: clusters numbered for a key ({@link MapKey}), legend worded for
     * paper. Draw it with {@link #paint(Painter, MapLayout, MapColours)}.
     */
    public MapLayout printLayout(Painter measure, List<Initiative> initiatives, MapFrame frame, double width,
                                 double height) {
        return new MapLayout(geometry, new MapViewport(frame, width, height), tally(initiatives), null, measure, true,
                true);
    }

    /** Draws a layout made by this renderer, clipped to its area. */
    public void paint(Painter painter, MapLayout layout, MapColours colours) {
        MapViewport v = layout.viewport();
        painter.save();
        painter.clipRect(0, 0, v.width(), v.height());
        new MapPainting(colours).draw(painter, layout);
        new MapLegend(colours).draw(painter, layout);
        painter.restore();
    }

    /**
     * Draws the whole map (water, context, provinces with English and Chinese labels, markers/clusters for these
     * initiatives, legend) into {@code width} x {@code height}. Same code for screen and PDF.
     */
    public void paint(Painter painter, List<Initiative> initiatives, MapFrame frame, double width, double height) {
        paintLayout(painter, initiatives, frame, width, height, MapColours.LIGHT);
    }

    /** Draws as {@link #paint} does, in these colours, and returns what was placed, for hit-testing. */
    public MapLayout paintLayout(Painter painter, List<Initiative> initiatives, MapFrame frame, double width,
                                 double height, MapColours colours) {
        return paintLayout(painter, initiatives, frame, width, height, colours, true);
    }

    /** As {@link #paintLayout(Painter, List, MapFrame, double, double, MapColours)}, with or without the legend panel
     * (the scale bar and the attribution are always drawn). */
    public MapLayout paintLayout(Painter painter, List<Initiative> initiatives, MapFrame frame, double width,
                                 double height, MapColours colours, boolean legend) {
        return paintLayout(painter, initiatives, null, frame, width, height, colours, legend);
    }

    /** As {@link #paintLayout(Painter, List, MapFrame, double, double, MapColours, boolean)}, with muted others. */
    public MapLayout paintLayout(Painter painter, List<Initiative> initiatives, List<Initiative> others, MapFrame frame,
                                 double width, double height, MapColours colours, boolean legend) {
        MapLayout layout = layout(painter, initiatives, others, frame, width, height, legend);
        paint(painter, layout, colours);
        return layout;
    }
}

package org.metaverseatlas.render.map;

import org.metaverseatlas.render.Palette;
import org.metaverseatlas.render.Rgb;

/** The map's visual encoding, drawn from the shared {@link Palette}: land, water, markers, highlights, text sizes. */
final class MapStyle {
    static final Rgb WATER = Palette.WATER;
    static final Rgb CONTEXT = Palette.LAND_CONTEXT;
    static final Rgb CONTEXT_BORDER = Palette.LAND_CONTEXT.mix(Palette.BORDER, 0.45);
    static final Rgb LAND = Palette.LAND;
    static final Rgb BORDER = Palette.BORDER;
    /** Markers and province-wide shading share one hue: both say "initiatives here". */
    static final Rgb MARKER = Palette.HIGHLIGHT;
    static final Rgb MARKER_FILL = Palette.HIGHLIGHT.mix(Palette.BACKGROUND, 0.12).withAlpha(0.88);
    static final Rgb MARKER_OUTLINE = Palette.HIGHLIGHT.mix(Palette.TEXT, 0.45);
    static final Rgb MARKER_TEXT = Palette.TEXT;
    static final Rgb BADGE_FILL = Palette.HIGHLIGHT.mix(Palette.BACKGROUND, 0.55);
    static final Rgb SELECTION = Palette.SELECTION;
    static final Rgb LABEL = Palette.TEXT_MUTED;
    static final Rgb CITY_LABEL = Palette.TEXT;
    static final Rgb HALO = Palette.BACKGROUND.withAlpha(0.78);
    static final Rgb PANEL = Palette.BACKGROUND.withAlpha(0.92);
    static final Rgb PANEL_BORDER = Palette.GRID;

    static final double BORDER_WIDTH = 0.8;
    static final double PROVINCE_LABEL_SIZE = 11;
    static final double CITY_LABEL_SIZE = 11.5;
    static final double COUNT_SIZE = 10.5;
    static final double SMALLEST_COUNT_SIZE = 7.5;
    static final double LEGEND_TEXT_SIZE = 10.5;
    static final double NOTE_SIZE = 10;
    /** Shading of a province with province-wide initiatives: from a light tint (one) to a strong one (the most). */
    static final double SHADE_MIN = 0.16;
    static final double SHADE_MAX = 0.5;

    private MapStyle() {
    }

    /** The fill of a province with {@code count} province-wide initiatives, of at most {@code max}. */
    static Rgb provinceFill(int count, int max) {
        if (count <= 0 || max <= 0) {
            return LAND;
        }
        return LAND.mix(MARKER, SHADE_MIN + (SHADE_MAX - SHADE_MIN) * Math.sqrt((double) count / max));
    }
}

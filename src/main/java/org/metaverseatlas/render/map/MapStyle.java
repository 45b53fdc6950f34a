package org.metaverseatlas.render.map;

/** The map's sizes: borders, text and the range of province shading. Colours are in {@link MapColours}. */
final class MapStyle {
    static final double BORDER_WIDTH = 0.8;
    static final double PROVINCE_LABEL_SIZE = 11;
    static final double CITY_LABEL_SIZE = 11.5;
    static final double COUNT_SIZE = 10.5;
    static final double SMALLEST_COUNT_SIZE = 7.5;
    static final double LEGEND_TEXT_SIZE = 10.5;
    static final double NOTE_SIZE = 10;
    /** A cluster's number on paper. */
    static final double TAG_SIZE = 8;
    /** Shading of a province with province-wide initiatives: from a light tint (one) to a strong one (the most). */
    static final double SHADE_MIN = 0.16;
    static final double SHADE_MAX = 0.5;

    private MapStyle() {
    }
}

package org.metaverseatlas.render.map;

/**
 * A label placed on the map: an English line and a Chinese one (may be null). A province label is centred at
 * {@code x}, with the Chinese line under the English one; a city label starts at {@code x}, the Chinese name after
 * the English, and {@code secondLine} (may be null; the other city of a pair) under them. {@code y} is the baseline
 * of the first line. The box is what it covers; {@code markerId} is the place id of the marker a city label names
 * (null for a province).
 */
public record MapLabel(String text, String textZh, String secondLine, double x, double y, boolean province,
                       double minX, double minY, double maxX, double maxY, String markerId) {
    /** The distance from one line's baseline to the next, in text sizes. */
    public static final double LINE_SPACING = 1.2;
}

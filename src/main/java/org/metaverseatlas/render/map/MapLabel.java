package org.metaverseatlas.render.map;

/**
 * A label placed on the map: an English line and a Chinese one (may be null). A province label is centred at
 * {@code x}, with the Chinese line under the English one; a city label starts at {@code x}, the Chinese name after
 * the English. {@code y} is the baseline of the (first) line. The box is what it covers.
 */
public record MapLabel(String text, String textZh, double x, double y, boolean province,
                       double minX, double minY, double maxX, double maxY) {
}

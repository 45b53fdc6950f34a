package org.metaverseatlas.render.map;

/**
 * Marker size from a count: the radius grows with the square root of the count (so the area tells the amount),
 * from {@link #MIN_RADIUS} up to {@link #MAX_RADIUS} for the largest count on show.
 */
public record MarkerScale(double unit) {
    public static final double MIN_RADIUS = 4;
    public static final double MAX_RADIUS = 24;
    /** The growth per square root of a count when counts are small, so that one initiative is not a huge disc. */
    static final double LARGEST_UNIT = 3;

    /** A scale whose largest marker, for {@code maxCount}, has at most {@link #MAX_RADIUS}. */
    public static MarkerScale forMaximum(int maxCount) {
        double unit = maxCount <= 0 ? LARGEST_UNIT : (MAX_RADIUS - MIN_RADIUS) / Math.sqrt(maxCount);
        return new MarkerScale(Math.min(LARGEST_UNIT, unit));
    }

    public double radius(int count) {
        return Math.min(MAX_RADIUS, MIN_RADIUS + unit * Math.sqrt(Math.max(0, count)));
    }
}

package org.metaverseatlas.render.map;

import java.util.List;

/**
 * A shape in projected kilometres: rings of interleaved x, y coordinates (outer rings and holes alike; inside means
 * inside an odd number of rings), with its bounding box.
 */
public final class MapShape {
    private final List<double[]> rings;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;

    public MapShape(List<double[]> rings) {
        this.rings = List.copyOf(rings);
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (double[] ring : this.rings) {
            for (int i = 0; i + 1 < ring.length; i += 2) {
                x0 = Math.min(x0, ring[i]);
                x1 = Math.max(x1, ring[i]);
                y0 = Math.min(y0, ring[i + 1]);
                y1 = Math.max(y1, ring[i + 1]);
            }
        }
        minX = x0;
        minY = y0;
        maxX = x1;
        maxY = y1;
    }

    /** Each ring as x0, y0, x1, y1, ...; do not modify. */
    public List<double[]> rings() {
        return rings;
    }

    public double minX() {
        return minX;
    }

    public double minY() {
        return minY;
    }

    public double maxX() {
        return maxX;
    }

    public double maxY() {
        return maxY;
    }

    /** Whether the projected point lies inside (even-odd over all rings). */
    public boolean contains(double x, double y) {
        if (x < minX || x > maxX || y < minY || y > maxY) {
            return false;
        }
        boolean inside = false;
        for (double[] ring : rings) {
            int n = ring.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = ring[2 * i];
                double yi = ring[2 * i + 1];
                double xj = ring[2 * j];
                double yj = ring[2 * j + 1];
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    /** Area in square kilometres (true area, since the projection is equal-area). */
    public double area() {
        double sum = 0;
        for (double[] ring : rings) {
            int n = ring.length / 2;
            double twice = 0;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                twice += ring[2 * j] * ring[2 * i + 1] - ring[2 * i] * ring[2 * j + 1];
            }
            sum += twice / 2;
        }
        // Outer rings and holes wind oppositely in GeoJSON, so the signed sum is the area (up to orientation).
        return Math.abs(sum);
    }
}

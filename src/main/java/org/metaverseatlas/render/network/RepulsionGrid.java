package org.metaverseatlas.render.network;

import java.util.Arrays;

/**
 * Repulsion between points within a cut-off distance, found through a grid of cells the size of that distance:
 * each point meets only the points of its own and the eight neighbouring cells, so a step costs about n, not n².
 * Points are visited in index order and cells filled in index order, so the sums are always made alike.
 */
final class RepulsionGrid {
    private final double cutoff;
    private final int[] next;
    private int[] head = new int[0];

    RepulsionGrid(int points, double cutoff) {
        this.cutoff = cutoff;
        this.next = new int[points];
    }

    /** Adds to (dx, dy) the push m_i·m_j/d along the line between each pair closer than the cut-off. */
    void repel(double[] px, double[] py, double[] m, double[] dx, double[] dy) {
        int n = px.length;
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, px[i]);
            minY = Math.min(minY, py[i]);
            maxX = Math.max(maxX, px[i]);
            maxY = Math.max(maxY, py[i]);
        }
        double cell = cutoff;
        // Never more cells than a few per point: a spread-out layout gets coarser cells, never a huge grid.
        while (((maxX - minX) / cell + 1) * ((maxY - minY) / cell + 1) > 4.0 * n + 16) {
            cell *= 1.5;
        }
        int columns = (int) ((maxX - minX) / cell) + 1;
        int rows = (int) ((maxY - minY) / cell) + 1;
        int cells = columns * rows;
        if (head.length < cells) {
            head = new int[cells];
        }
        Arrays.fill(head, 0, cells, -1);
        int[] cellOf = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            int c = (int) ((px[i] - minX) / cell) + columns * (int) ((py[i] - minY) / cell);
            cellOf[i] = c;
            next[i] = head[c];
            head[c] = i;
        }
        double cutoff2 = cutoff * cutoff;
        for (int i = 0; i < n; i++) {
            int c = cellOf[i];
            int cx = c % columns;
            int cy = c / columns;
            for (int oy = Math.max(0, cy - 1); oy <= Math.min(rows - 1, cy + 1); oy++) {
                for (int ox = Math.max(0, cx - 1); ox <= Math.min(columns - 1, cx + 1); ox++) {
                    for (int j = head[ox + oy * columns]; j >= 0; j = next[j]) {
                        if (j <= i) {
                            continue;
                        }
                        double ex = px[i] - px[j];
                        double ey = py[i] - py[j];
                        double d2 = ex * ex + ey * ey;
                        if (d2 >= cutoff2) {
                            continue;
                        }
                        if (d2 < 1e-6) {
                            // Coincident points: a fixed nudge by index, since nothing here is random.
                            ex = ((i - j) % 7) * 1e-3 + 1e-3;
                            ey = ((i + j) % 5) * 1e-3;
                            d2 = ex * ex + ey * ey;
                        }
                        double f = m[i] * m[j] / d2;
                        dx[i] += ex * f;
                        dy[i] += ey * f;
                        dx[j] -= ex * f;
                        dy[j] -= ey * f;
                    }
                }
            }
        }
    }
}

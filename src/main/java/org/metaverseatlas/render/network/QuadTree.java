package org.metaverseatlas.render.network;

/**
 * A Barnes–Hut quadtree over points with masses, in flat arrays: far groups of points push as one body at their
 * centre of mass, which makes repulsion about n log n instead of n².
 */
final class QuadTree {
    private static final int MAX_DEPTH = 24;

    private double[] cx;
    private double[] cy;
    private double[] mass;
    private double[] size;
    private double[] minX;
    private double[] minY;
    /** First of four children, or -1 for a leaf. */
    private int[] child;
    /** The one point of a leaf, -1 for an empty leaf, -2 for a leaf holding several (at the depth limit). */
    private int[] body;
    private int count;
    private final double[] px;
    private final double[] py;
    private final double[] pm;

    private QuadTree(double[] px, double[] py, double[] pm) {
        this.px = px;
        this.py = py;
        this.pm = pm;
        int capacity = Math.max(16, px.length * 4);
        cx = new double[capacity];
        cy = new double[capacity];
        mass = new double[capacity];
        size = new double[capacity];
        minX = new double[capacity];
        minY = new double[capacity];
        child = new int[capacity];
        body = new int[capacity];
    }

    static QuadTree build(double[] px, double[] py, double[] pm) {
        QuadTree tree = new QuadTree(px, py, pm);
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (int i = 0; i < px.length; i++) {
            x0 = Math.min(x0, px[i]);
            y0 = Math.min(y0, py[i]);
            x1 = Math.max(x1, px[i]);
            y1 = Math.max(y1, py[i]);
        }
        int root = tree.cell(x0, y0, Math.max(x1 - x0, y1 - y0) + 1e-6);
        for (int i = 0; i < px.length; i++) {
            tree.insert(root, i, 0);
        }
        tree.summarize(root);
        return tree;
    }

    private int cell(double x0, double y0, double s) {
        if (count == child.length) {
            grow();
        }
        int c = count++;
        minX[c] = x0;
        minY[c] = y0;
        size[c] = s;
        child[c] = -1;
        body[c] = -1;
        mass[c] = 0;
        cx[c] = 0;
        cy[c] = 0;
        return c;
    }

    private void grow() {
        int capacity = child.length * 2;
        cx = java.util.Arrays.copyOf(cx, capacity);
        cy = java.util.Arrays.copyOf(cy, capacity);
        mass = java.util.Arrays.copyOf(mass, capacity);
        size = java.util.Arrays.copyOf(size, capacity);
        minX = java.util.Arrays.copyOf(minX, capacity);
        minY = java.util.Arrays.copyOf(minY, capacity);
        child = java.util.Arrays.copyOf(child, capacity);
        body = java.util.Arrays.copyOf(body, capacity);
    }

    private void insert(int c, int i, int depth) {
        // Sums are kept as we go down; centres are divided by the mass in summarize().
        mass[c] += pm[i];
        cx[c] += px[i] * pm[i];
        cy[c] += py[i] * pm[i];
        if (child[c] == -1) {
            if (body[c] == -1) {
                body[c] = i;
                return;
            }
            if (depth >= MAX_DEPTH) {
                body[c] = -2;
                return;
            }
            int previous = body[c];
            split(c);
            if (previous >= 0) {
                insertChild(c, previous, depth);
            }
        }
        insertChild(c, i, depth);
    }

    private void split(int c) {
        double half = size[c] / 2;
        int first = cell(minX[c], minY[c], half);
        cell(minX[c] + half, minY[c], half);
        cell(minX[c], minY[c] + half, half);
        cell(minX[c] + half, minY[c] + half, half);
        child[c] = first;
        body[c] = -1;
    }

    private void insertChild(int c, int i, int depth) {
        double half = size[c] / 2;
        int q = (px[i] >= minX[c] + half ? 1 : 0) + (py[i] >= minY[c] + half ? 2 : 0);
        insert(child[c] + q, i, depth + 1);
    }

    private void summarize(int c) {
        if (mass[c] > 0) {
            cx[c] /= mass[c];
            cy[c] /= mass[c];
        }
        if (child[c] != -1) {
            for (int q = 0; q < 4; q++) {
                summarize(child[c] + q);
            }
        }
    }

    /** Adds to (dx[i], dy[i]) the push of every other point on point i (at x, y, with mass m). */
    void repel(int i, double x, double y, double m, double theta, double[] dx, double[] dy) {
        repel(0, i, x, y, m, theta * theta, dx, dy);
    }

    private void repel(int c, int i, double x, double y, double m, double theta2, double[] dx, double[] dy) {
        if (mass[c] == 0 || body[c] == i) {
            return;
        }
        double ex = x - cx[c];
        double ey = y - cy[c];
        double d2 = ex * ex + ey * ey + 1e-4;
        boolean leaf = child[c] == -1;
        if (leaf || size[c] * size[c] < theta2 * d2) {
            double own = leaf && body[c] == -2 ? m : 0; // a crowded leaf at the depth limit holds i too
            double f = m * (mass[c] - own) / d2;
            dx[i] += ex * f;
            dy[i] += ey * f;
            return;
        }
        int first = child[c];
        for (int q = 0; q < 4; q++) {
            repel(first + q, i, x, y, m, theta2, dx, dy);
        }
    }
}

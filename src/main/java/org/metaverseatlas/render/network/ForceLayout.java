package org.metaverseatlas.render.network;

import org.metaverseatlas.model.analysis.CollaborationGraph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A deterministic force-directed layout (Fruchterman–Reingold; on larger components with its grid variant, where
 * only organizations within a few link lengths push each other apart, which keeps each step linear):
 * each connected group of organizations is laid out on its own, starting from a spiral in breadth-first order from
 * its busiest member, then the groups are packed in rows, largest first, lone organizations last. Nothing is
 * random and every loop runs in index order, so the same graph gives the same picture.
 */
public final class ForceLayout {
    /** Repulsion is summed directly below this many nodes; above, through a quadtree. */
    private static final int DIRECT_LIMIT = 80;
    /** Beyond this distance (in ideal link lengths) organizations no longer push each other apart. */
    private static final double CUTOFF = 3;
    private static final double GRAVITY = 0.06;
    private static final double GAP = 1.2;

    private ForceLayout() {
    }

    /** Lays out in a block about 1.5 times as wide as it is high. */
    public static NetworkLayout layout(CollaborationGraph graph) {
        return layout(graph, 1.5);
    }

    /** Lays out with the groups packed in a block about {@code aspect} times as wide as it is high. */
    public static NetworkLayout layout(CollaborationGraph graph, double aspect) {
        int n = graph.nodes().size();
        double[] x = new double[n];
        double[] y = new double[n];
        if (n == 0) {
            return new NetworkLayout(graph, x, y, 0, 0, 1, 1);
        }
        int[][] adjacency = adjacency(graph);
        double[] mass = new double[n];
        for (CollaborationGraph.Node node : graph.nodes()) {
            mass[node.index()] = 1 + 0.35 * Math.sqrt(node.initiatives());
        }
        List<int[]> components = components(graph, adjacency);
        List<Box> boxes = new ArrayList<>(components.size());
        for (int[] members : components) {
            boxes.add(layoutComponent(graph, members, adjacency, mass, x, y));
        }
        pack(boxes, x, y, Math.max(0.5, Math.min(4, aspect)));
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, x[i]);
            minY = Math.min(minY, y[i]);
            maxX = Math.max(maxX, x[i]);
            maxY = Math.max(maxY, y[i]);
        }
        return new NetworkLayout(graph, x, y, minX - GAP / 2, minY - GAP / 2, maxX + GAP / 2, maxY + GAP / 2);
    }

    /** Neighbour indices of each node, with the edge weights interleaved: {n0, w0, n1, w1, ...}. */
    private static int[][] adjacency(CollaborationGraph graph) {
        int n = graph.nodes().size();
        int[] degree = new int[n];
        for (CollaborationGraph.Edge e : graph.edges()) {
            degree[e.a()]++;
            degree[e.b()]++;
        }
        int[][] adjacency = new int[n][];
        for (int i = 0; i < n; i++) {
            adjacency[i] = new int[degree[i] * 2];
        }
        int[] fill = new int[n];
        for (CollaborationGraph.Edge e : graph.edges()) {
            adjacency[e.a()][fill[e.a()]++] = e.b();
            adjacency[e.a()][fill[e.a()]++] = e.weight();
            adjacency[e.b()][fill[e.b()]++] = e.a();
            adjacency[e.b()][fill[e.b()]++] = e.weight();
        }
        return adjacency;
    }

    /**
     * Connected components, largest first (ties: the one with the lowest node index first), each in breadth-first
     * order from its member with the most initiatives.
     */
    private static List<int[]> components(CollaborationGraph graph, int[][] adjacency) {
        int n = adjacency.length;
        Integer[] byWeight = new Integer[n];
        for (int i = 0; i < n; i++) {
            byWeight[i] = i;
        }
        Arrays.sort(byWeight, Comparator.comparingInt((Integer i) -> -graph.nodes().get(i).initiatives())
                .thenComparingInt(i -> -adjacency[i].length).thenComparingInt(i -> i));
        boolean[] seen = new boolean[n];
        List<int[]> components = new ArrayList<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start : byWeight) {
            if (seen[start]) {
                continue;
            }
            List<Integer> order = new ArrayList<>();
            seen[start] = true;
            queue.add(start);
            while (!queue.isEmpty()) {
                int at = queue.poll();
                order.add(at);
                int[] next = adjacency[at];
                for (int k = 0; k < next.length; k += 2) {
                    if (!seen[next[k]]) {
                        seen[next[k]] = true;
                        queue.add(next[k]);
                    }
                }
            }
            components.add(order.stream().mapToInt(Integer::intValue).toArray());
        }
        // Stable: equal sizes keep the order of their busiest members.
        components.sort(Comparator.comparingInt((int[] c) -> -c.length));
        return components;
    }

    private record Box(int[] members, double width, double height) {
    }

    /** Lays out one component around (0, 0) and returns its box (its members then sit within ±width/2, ±height/2). */
    private static Box layoutComponent(CollaborationGraph graph, int[] members, int[][] adjacency, double[] mass,
                                       double[] x, double[] y) {
        int n = members.length;
        if (n == 1) {
            x[members[0]] = 0;
            y[members[0]] = 0;
            return new Box(members, GAP, GAP);
        }
        int[] local = new int[adjacency.length];
        for (int k = 0; k < n; k++) {
            local[members[k]] = k;
        }
        double[] px = new double[n];
        double[] py = new double[n];
        double[] m = new double[n];
        for (int k = 0; k < n; k++) {
            // A sunflower spiral: neighbours in breadth-first order start near each other.
            double r = 0.9 * Math.sqrt(k + 0.5);
            double a = k * 2.399963229728653;
            px[k] = r * Math.cos(a);
            py[k] = r * Math.sin(a);
            m[k] = mass[members[k]];
        }
        // Each link's pull factor, worked out once: heavier links pull harder, links between busy organizations
        // less (divided by the lesser degree), so that a dense group spreads out instead of collapsing into a ball.
        int links = 0;
        for (int k = 0; k < n; k++) {
            links += adjacency[members[k]].length / 2;
        }
        links /= 2;
        int[] ea = new int[links];
        int[] eb = new int[links];
        double[] ef = new double[links];
        int at = 0;
        for (int k = 0; k < n; k++) {
            int[] next = adjacency[members[k]];
            for (int j = 0; j < next.length; j += 2) {
                int other = local[next[j]];
                if (other > k) {
                    ea[at] = k;
                    eb[at] = other;
                    ef[at++] = (1 + 0.5 * Math.log(next[j + 1]))
                            / Math.max(1, Math.min(next.length, adjacency[next[j]].length) / 2);
                }
            }
        }
        int iterations = n <= 30 ? 200 : n <= 300 ? 120 : n <= 1000 ? 70 : 45;
        double temperature = Math.max(0.5, Math.sqrt(n) * 0.35);
        double cool = temperature / iterations;
        double[] dx = new double[n];
        double[] dy = new double[n];
        RepulsionGrid grid = new RepulsionGrid(n, CUTOFF);
        for (int it = 0; it < iterations; it++) {
            Arrays.fill(dx, 0);
            Arrays.fill(dy, 0);
            if (n <= DIRECT_LIMIT) {
                repelDirect(px, py, m, dx, dy);
            } else {
                grid.repel(px, py, m, dx, dy);
            }
            for (int e = 0; e < links; e++) {
                int a = ea[e];
                int b = eb[e];
                double ex = px[a] - px[b];
                double ey = py[a] - py[b];
                // Fruchterman–Reingold's d² pull: long links shorten fast, so chains of hubs fold up.
                double f = Math.sqrt(ex * ex + ey * ey) * ef[e];
                dx[a] -= ex * f;
                dy[a] -= ey * f;
                dx[b] += ex * f;
                dy[b] += ey * f;
            }
            for (int i = 0; i < n; i++) {
                dx[i] -= GRAVITY * px[i] * m[i];
                dy[i] -= GRAVITY * py[i] * m[i];
                double d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (d > 0) {
                    double step = Math.min(d, temperature);
                    px[i] += dx[i] / d * step;
                    py[i] += dy[i] / d * step;
                }
            }
            temperature = Math.max(0.02, temperature - cool);
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int k = 0; k < n; k++) {
            minX = Math.min(minX, px[k]);
            minY = Math.min(minY, py[k]);
            maxX = Math.max(maxX, px[k]);
            maxY = Math.max(maxY, py[k]);
        }
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        for (int k = 0; k < n; k++) {
            x[members[k]] = px[k] - cx;
            y[members[k]] = py[k] - cy;
        }
        return new Box(members, maxX - minX + GAP, maxY - minY + GAP);
    }

    private static void repelDirect(double[] px, double[] py, double[] m, double[] dx, double[] dy) {
        int n = px.length;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double ex = px[i] - px[j];
                double ey = py[i] - py[j];
                double d2 = ex * ex + ey * ey + 1e-4;
                double f = m[i] * m[j] / d2;
                dx[i] += ex * f;
                dy[i] += ey * f;
                dx[j] -= ex * f;
                dy[j] -= ey * f;
            }
        }
    }

    /** Shelf packing: rows of boxes, largest first, in a block about {@code aspect} times as wide as it is high. */
    private static void pack(List<Box> boxes, double[] x, double[] y, double aspect) {
        double area = 0;
        double widest = 0;
        for (Box b : boxes) {
            area += b.width() * b.height();
            widest = Math.max(widest, b.width());
        }
        // The row width whose block comes nearest the aspect: one large group makes a plain square root too narrow.
        double rowWidth = Math.max(widest, Math.sqrt(area * aspect));
        double best = Double.MAX_VALUE;
        for (double trial = widest; trial <= Math.max(widest, Math.sqrt(area * aspect) * 4); trial *= 1.08) {
            double[] block = shelves(boxes, trial);
            double miss = Math.abs(Math.log(block[0] / block[1] / aspect));
            if (miss < best - 1e-9) {
                best = miss;
                rowWidth = trial;
            }
        }
        double cursorX = 0;
        double cursorY = 0;
        double rowHeight = 0;
        for (Box b : boxes) {
            if (cursorX > 0 && cursorX + b.width() > rowWidth) {
                cursorX = 0;
                cursorY += rowHeight;
                rowHeight = 0;
            }
            double ox = cursorX + b.width() / 2;
            double oy = cursorY + b.height() / 2;
            for (int i : b.members()) {
                x[i] += ox;
                y[i] += oy;
            }
            cursorX += b.width();
            rowHeight = Math.max(rowHeight, b.height());
        }
    }

    /** The width and height of the block that shelf packing with this row width makes. */
    private static double[] shelves(List<Box> boxes, double rowWidth) {
        double cursorX = 0;
        double cursorY = 0;
        double rowHeight = 0;
        double width = 0;
        for (Box b : boxes) {
            if (cursorX > 0 && cursorX + b.width() > rowWidth) {
                cursorX = 0;
                cursorY += rowHeight;
                rowHeight = 0;
            }
            cursorX += b.width();
            width = Math.max(width, cursorX);
            rowHeight = Math.max(rowHeight, b.height());
        }
        return new double[]{Math.max(1e-9, width), Math.max(1e-9, cursorY + rowHeight)};
    }
}

package org.metaverseatlas.render.network;

import org.metaverseatlas.model.Labels;
import org.metaverseatlas.model.OrganizationType;
import org.metaverseatlas.model.analysis.CollaborationGraph;
import org.metaverseatlas.render.Painter;
import org.metaverseatlas.render.Rgb;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Draws a laid-out network through a {@link Painter}, for the screen and the PDF alike: links (width by the
 * initiatives shared; only the strongest where there are very many), circles (area by initiatives, colour by
 * organization type), names of the largest circles that have room and of the chosen ones, and a legend. Also finds
 * the circle under a point. Prepared once per layout: the drawing order is worked out here, not at each redraw.
 */
public final class NetworkDrawing {
    /** More links than this are thinned to the strongest: beyond it they only grey the picture and slow it. */
    public static final int MAX_EDGES = 4000;
    private static final double PADDING = 24;
    private static final double LABEL_SIZE = 11;
    private static final int LABEL_CHARACTERS = 34;

    private final NetworkLayout layout;
    private final CollaborationGraph graph;
    /** Edge indices, weakest first, so that strong links are drawn on top; at most {@link #MAX_EDGES}. */
    private final int[] edgeOrder;
    /** Node indices, largest first. */
    private final int[] bySize;
    private final Set<OrganizationType> types = EnumSet.noneOf(OrganizationType.class);
    private final boolean unknownType;

    public NetworkDrawing(NetworkLayout layout) {
        this.layout = layout;
        this.graph = layout.graph();
        List<CollaborationGraph.Edge> edges = graph.edges();
        Integer[] order = new Integer[edges.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> edges.get(i).weight()).thenComparingInt(i -> i));
        int keep = Math.min(order.length, MAX_EDGES);
        edgeOrder = new int[keep];
        for (int k = 0; k < keep; k++) {
            edgeOrder[k] = order[order.length - keep + k];
        }
        Integer[] nodes = new Integer[graph.nodes().size()];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = i;
        }
        Arrays.sort(nodes, Comparator.comparingInt((Integer i) -> -graph.nodes().get(i).initiatives())
                .thenComparing(i -> graph.nodes().get(i).name()));
        bySize = Arrays.stream(nodes).mapToInt(Integer::intValue).toArray();
        boolean unknown = false;
        for (CollaborationGraph.Node n : graph.nodes()) {
            if (n.type() == null) {
                unknown = true;
            } else {
                types.add(n.type());
            }
        }
        unknownType = unknown;
    }

    public NetworkLayout layout() {
        return layout;
    }

    /** Screen positions for a frame and a drawing area. */
    public final class View {
        final double scale;
        final double offsetX;
        final double offsetY;
        final double unit;
        final double maxRadius;

        View(NetworkFrame frame, double width, double height) {
            double fit = Math.min(Math.max(1, width - 2 * PADDING) / layout.width(),
                    Math.max(1, height - 2 * PADDING) / layout.height());
            scale = fit * frame.zoom();
            double cx = layout.minX() + frame.centreX() * layout.width();
            double cy = layout.minY() + frame.centreY() * layout.height();
            offsetX = width / 2 - cx * scale;
            offsetY = height / 2 - cy * scale;
            unit = Math.max(1.8, Math.min(7, scale * 0.3));
            maxRadius = Math.min(26, Math.max(unit * 4, scale * 1.1));
        }

        public double x(int node) {
            return offsetX + layout.x()[node] * scale;
        }

        public double y(int node) {
            return offsetY + layout.y()[node] * scale;
        }

        public double radius(int node) {
            double share = Math.sqrt(graph.nodes().get(node).initiatives() / (double) graph.maxInitiatives());
            return unit + (maxRadius - unit) * share * 0.6;
        }

        /** The layout point at a screen point, as fractions of the layout's box (as {@link NetworkFrame} centres). */
        public double fractionX(double screenX) {
            return ((screenX - offsetX) / scale - layout.minX()) / layout.width();
        }

        public double fractionY(double screenY) {
            return ((screenY - offsetY) / scale - layout.minY()) / layout.height();
        }
    }

    public View view(NetworkFrame frame, double width, double height) {
        return new View(frame, width, height);
    }

    /** The node whose circle is under the point (the nearest, with a few pixels of slack), or -1. */
    public int nodeAt(NetworkFrame frame, double width, double height, double sx, double sy) {
        View v = view(frame, width, height);
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < graph.nodes().size(); i++) {
            double dx = v.x(i) - sx;
            double dy = v.y(i) - sy;
            double d = Math.sqrt(dx * dx + dy * dy);
            if (d <= v.radius(i) + 4 && d - v.radius(i) < bestDistance) {
                best = i;
                bestDistance = d - v.radius(i);
            }
        }
        return best;
    }

    /** The organizations drawn strong when something is chosen: the chosen ones and the focused one's partners. */
    private Set<Integer> emphasized(NetworkFrame frame) {
        Set<Integer> strong = new HashSet<>();
        graph.node(frame.focusedOrganizationId()).ifPresent(n -> {
            strong.add(n.index());
            for (CollaborationGraph.Edge e : graph.edges()) {
                if (e.a() == n.index()) {
                    strong.add(e.b());
                } else if (e.b() == n.index()) {
                    strong.add(e.a());
                }
            }
        });
        for (String id : frame.selectedOrganizationIds()) {
            graph.node(id).ifPresent(n -> strong.add(n.index()));
        }
        return strong;
    }

    /** Draws into [0, width] × [0, height]; returns the names drawn (for tests and hit areas), in drawing order. */
    public List<String> paint(Painter p, NetworkFrame frame, double width, double height, NetworkColours colours,
                              boolean legend) {
        p.setFill(colours.background());
        p.fillRect(0, 0, width, height);
        double key = legend ? legendHeight(p, width) : 0;
        if (legend) {
            paintLegend(p, width, height, colours);
        }
        height -= key;
        View v = view(frame, width, height);
        p.save();
        p.clipRect(0, 0, width, height);
        Set<Integer> strong = emphasized(frame);
        boolean fade = frame.hasChoice() && !strong.isEmpty();
        int focused = graph.node(frame.focusedOrganizationId()).map(CollaborationGraph.Node::index).orElse(-1);
        Set<Integer> selected = new HashSet<>();
        frame.selectedOrganizationIds().forEach(id -> graph.node(id).ifPresent(n -> selected.add(n.index())));
        paintEdges(p, v, width, height, colours, fade, focused, selected);
        for (int k = bySize.length - 1; k >= 0; k--) {
            int i = bySize[k];
            double x = v.x(i);
            double y = v.y(i);
            double r = v.radius(i);
            if (x + r < 0 || y + r < 0 || x - r > width || y - r > height) {
                continue;
            }
            Rgb fill = NetworkColours.type(graph.nodes().get(i).type());
            boolean on = !fade || strong.contains(i);
            p.setFill(on ? fill : fill.withAlpha(0.22));
            p.fillOval(x - r, y - r, 2 * r, 2 * r);
            p.setStroke(on ? colours.nodeOutline() : colours.nodeOutline().withAlpha(0.3));
            p.setLineWidth(r > 3 ? 1 : 0.5);
            p.strokeOval(x - r, y - r, 2 * r, 2 * r);
            if (i == focused || selected.contains(i)) {
                p.setStroke(colours.accent());
                p.setLineWidth(2.5);
                p.strokeOval(x - r - 3, y - r - 3, 2 * r + 6, 2 * r + 6);
            }
        }
        List<String> names = paintLabels(p, v, frame, width, height, colours, strong, fade);
        p.restore();
        return names;
    }

    private void paintEdges(Painter p, View v, double width, double height, NetworkColours colours, boolean fade,
                            int focused, Set<Integer> selected) {
        List<CollaborationGraph.Edge> edges = graph.edges();
        double maxWeight = graph.maxWeight();
        List<CollaborationGraph.Edge> onTop = new ArrayList<>();
        for (int k : edgeOrder) {
            CollaborationGraph.Edge e = edges.get(k);
            boolean chosen = e.a() == focused || e.b() == focused
                    || (selected.contains(e.a()) && selected.contains(e.b()));
            if (chosen) {
                onTop.add(e);
                continue;
            }
            drawEdge(p, v, e, maxWeight, width, height, colours.edge().withAlpha(fade ? 0.1 : 0.5));
        }
        if (focused >= 0 && edges.size() > edgeOrder.length) {
            // Thinned links of the organization in focus are drawn all the same.
            for (CollaborationGraph.Edge e : edges) {
                if ((e.a() == focused || e.b() == focused) && !onTop.contains(e)) {
                    onTop.add(e);
                }
            }
        }
        for (CollaborationGraph.Edge e : onTop) {
            drawEdge(p, v, e, maxWeight, width, height, colours.accent().withAlpha(0.75));
        }
    }

    private void drawEdge(Painter p, View v, CollaborationGraph.Edge e, double maxWeight, double width,
                          double height, Rgb colour) {
        double x1 = v.x(e.a());
        double y1 = v.y(e.a());
        double x2 = v.x(e.b());
        double y2 = v.y(e.b());
        if (Math.max(x1, x2) < 0 || Math.max(y1, y2) < 0 || Math.min(x1, x2) > width || Math.min(y1, y2) > height) {
            return;
        }
        p.setStroke(colour);
        p.setLineWidth(0.7 + 4.5 * Math.sqrt((e.weight() - 1) / Math.max(1, maxWeight - 1)));
        p.strokeLine(x1, y1, x2, y2);
    }

    private List<String> paintLabels(Painter p, View v, NetworkFrame frame, double width, double height,
                                     NetworkColours colours, Set<Integer> strong, boolean fade) {
        List<Integer> candidates = new ArrayList<>();
        graph.node(frame.hoveredOrganizationId()).ifPresent(n -> candidates.add(n.index()));
        graph.node(frame.focusedOrganizationId()).ifPresent(n -> candidates.add(n.index()));
        frame.selectedOrganizationIds().forEach(id -> graph.node(id).ifPresent(n -> candidates.add(n.index())));
        int forced = candidates.size();
        for (int i : bySize) {
            if (!fade || strong.contains(i)) {
                candidates.add(i);
            }
        }
        // About one name per 150x130 pixels, and only for organizations with a few initiatives at least:
        // the rest are named on hover.
        int budget = forced + (int) Math.max(6, Math.min(40, width * height / 19500));
        int least = Math.max(2, graph.maxInitiatives() / 8);
        List<double[]> taken = new ArrayList<>();
        List<String> drawn = new ArrayList<>();
        Set<Integer> done = new HashSet<>();
        for (int k = 0; k < candidates.size() && drawn.size() < budget; k++) {
            int i = candidates.get(k);
            if (!done.add(i)) {
                continue;
            }
            boolean must = k < forced;
            double r = v.radius(i);
            if (!must && !fade && graph.nodes().get(i).initiatives() < least) {
                break; // the rest are smaller still: names only on hover
            }
            String name = shorten(graph.nodes().get(i).name());
            double w = p.textWidth(name, LABEL_SIZE, must);
            double x = v.x(i) + r + 3;
            double y = v.y(i) + LABEL_SIZE * 0.35;
            if (x + w > width - 4) {
                x = v.x(i) - r - 3 - w;
            }
            double[] box = {x - 2, y - LABEL_SIZE, x + w + 2, y + 3};
            if (box[2] < 0 || box[0] > width || box[3] < 0 || box[1] > height) {
                continue;
            }
            if (!must && overlaps(box, taken)) {
                continue;
            }
            taken.add(box);
            p.setFill(colours.halo());
            p.fillRect(box[0], box[1], box[2] - box[0], box[3] - box[1]);
            p.setFill(colours.text());
            p.text(name, x, y, LABEL_SIZE, Painter.Align.LEFT, must);
            drawn.add(graph.nodes().get(i).name());
        }
        return drawn;
    }

    private static boolean overlaps(double[] box, List<double[]> taken) {
        for (double[] t : taken) {
            if (box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3]) {
                return true;
            }
        }
        return false;
    }

    private static String shorten(String name) {
        return name.length() <= LABEL_CHARACTERS ? name : name.substring(0, LABEL_CHARACTERS - 1).strip() + "\u2026";
    }

    private static final double KEY_SIZE = 9.5;
    private static final double KEY_ROW = 14;

    private List<String> keyLabels() {
        List<String> labels = new ArrayList<>();
        for (OrganizationType t : types) {
            labels.add(Labels.organizationType(t));
        }
        if (unknownType) {
            labels.add(NetworkText.text("legend.typeUnknown"));
        }
        return labels;
    }

    private List<Rgb> keyFills() {
        List<Rgb> fills = new ArrayList<>();
        types.forEach(t -> fills.add(NetworkColours.type(t)));
        if (unknownType) {
            fills.add(NetworkColours.type(null));
        }
        return fills;
    }

    private double keyColumn(Painter p) {
        double w = 0;
        for (String l : keyLabels()) {
            w = Math.max(w, p.textWidth(l, KEY_SIZE, false) + 22);
        }
        return w;
    }

    private int keyColumns(Painter p, double width) {
        return (int) Math.max(1, Math.min(keyLabels().size(), Math.floor((width - 16) / keyColumn(p))));
    }

    /** The height of the key band at the bottom: the types in as many columns as fit, then the notes. */
    public double legendHeight(Painter p, double width) {
        int columns = keyColumns(p, width);
        int rows = (keyLabels().size() + columns - 1) / columns;
        return 10 + rows * KEY_ROW + notes().size() * 12 + 6;
    }

    private List<String> notes() {
        List<String> notes = new ArrayList<>();
        notes.add(NetworkText.text("legend.encoding"));
        if (graph.edges().size() > MAX_EDGES) {
            notes.add(NetworkText.text("legend.edgesCapped", MAX_EDGES, graph.edges().size()));
        }
        return notes;
    }

    /** The type key, in a band along the bottom, with the types that occur. */
    private void paintLegend(Painter p, double width, double height, NetworkColours colours) {
        List<String> labels = keyLabels();
        List<Rgb> fills = keyFills();
        double band = legendHeight(p, width);
        double y0 = height - band;
        int columns = keyColumns(p, width);
        double column = keyColumn(p);
        p.setStroke(colours.edge().withAlpha(0.35));
        p.setLineWidth(0.75);
        p.strokeLine(0, y0 + 2, width, y0 + 2);
        for (int k = 0; k < labels.size(); k++) {
            double x = 8 + (k % columns) * column;
            double y = y0 + 8 + (k / columns) * KEY_ROW;
            p.setFill(fills.get(k));
            p.fillOval(x, y + 1, 9, 9);
            p.setFill(colours.text());
            p.text(labels.get(k), x + 14, y + KEY_SIZE, KEY_SIZE, Painter.Align.LEFT, false);
        }
        int rows = (labels.size() + columns - 1) / columns;
        List<String> notes = notes();
        for (int k = 0; k < notes.size(); k++) {
            p.setFill(colours.text().withAlpha(0.75));
            p.text(notes.get(k), 8, y0 + 8 + rows * KEY_ROW + k * 12 + KEY_SIZE - 1, KEY_SIZE - 1,
                    Painter.Align.LEFT, false);
        }
    }
}

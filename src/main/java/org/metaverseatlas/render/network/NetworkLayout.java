package org.metaverseatlas.render.network;

import org.metaverseatlas.model.analysis.CollaborationGraph;

/**
 * Where each organization of a {@link CollaborationGraph} sits, in layout units (about one ideal link length each),
 * and the box that holds them all. Made by {@link ForceLayout}; the same graph always gives the same positions.
 */
public record NetworkLayout(CollaborationGraph graph, double[] x, double[] y, double minX, double minY,
                            double maxX, double maxY) {
    public double width() {
        return Math.max(1e-9, maxX - minX);
    }

    public double height() {
        return Math.max(1e-9, maxY - minY);
    }

    public int size() {
        return x.length;
    }
}

package org.metaverseatlas.render.network;

import org.metaverseatlas.model.analysis.CollaborationGraph;

/** Prints layout times for synthetic graphs (run by hand: a quick look while tuning the layout). */
public final class LayoutTiming {
    public static void main(String[] args) {
        for (int[] size : new int[][]{{80_000, 2000}, {8000, 2000}, {100_000, 2500}}) {
            long g0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            CollaborationGraph graph = CollaborationGraph.of(ForceLayoutTest.synthetic(size[0], size[1], 1));
            long g1 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            for (int run = 0; run < 4; run++) {
                var threads = java.lang.management.ManagementFactory.getThreadMXBean();
                long t0 = threads.getCurrentThreadCpuTime();
                ForceLayout.layout(graph);
                System.out.printf("%d initiatives, %d orgs, %d edges: graph %.0f ms, layout %.0f ms%n", size[0],
                        graph.nodes().size(), graph.edges().size(), (g1 - g0) / 1e6, (threads.getCurrentThreadCpuTime() - t0) / 1e6);
            }
        }
    }
}

package org.metaverseatlas.export;

import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.analysis.CollaborationGraph;
import org.metaverseatlas.render.Palette;
import org.metaverseatlas.render.network.ForceLayout;
import org.metaverseatlas.render.network.NetworkColours;
import org.metaverseatlas.render.network.NetworkDrawing;
import org.metaverseatlas.render.network.NetworkFrame;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * The network of organizations of the filtered initiatives, laid out and drawn as on screen, filling one page; or,
 * given an organization, that organization with those it worked with.
 */
final class NetworkSection {
    private final PageFlow flow;

    NetworkSection(PageFlow flow) {
        this.flow = flow;
    }

    /** @param centreId the organization whose neighbours alone are drawn, or null for the whole network */
    void write(List<Initiative> initiatives, String centreId, String centreName) throws IOException {
        flow.newPage();
        CollaborationGraph whole = CollaborationGraph.of(initiatives);
        CollaborationGraph graph = centreId == null ? whole : whole.neighbourhood(centreId);
        String caption = ExportText.text("network.caption", graph.nodes().size(), graph.edges().size(),
                initiatives.size());
        if (centreId != null) {
            caption = ExportText.text("network.neighbours", centreName, Math.max(0, graph.nodes().size() - 1)) + " \u00b7 "
                    + caption;
        }
        flow.paragraph(caption, PageFlow.SMALL, Palette.TEXT_MUTED);
        flow.space(4);
        if (graph.nodes().isEmpty()) {
            flow.paragraph(ExportText.text("network.none"), 11, Palette.TEXT);
            return;
        }
        double height = flow.remaining();
        NetworkDrawing drawing = new NetworkDrawing(ForceLayout.layout(graph, flow.width() / (height - 60)));
        NetworkFrame frame = NetworkFrame.fit().withChoice(centreId, Set.of());
        flow.drawing(height, painter -> drawing.paint(painter, frame, flow.width(), height, NetworkColours.LIGHT,
                true));
    }
}

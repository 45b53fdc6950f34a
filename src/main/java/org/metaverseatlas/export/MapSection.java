package org.metaverseatlas.export;

import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.render.map.MapFrame;
import org.metaverseatlas.render.Palette;
import org.metaverseatlas.render.map.MapRenderer;

import java.io.IOException;
import java.util.List;

/** The map at the frame's view, drawn by the screen's renderer, filling the rest of one page. */
final class MapSection {
    private final PageFlow flow;

    MapSection(PageFlow flow) {
        this.flow = flow;
    }

    /** @param heading a section heading above the drawing, or null for none */
    void write(List<Initiative> initiatives, MapFrame frame, String heading) throws IOException {
        flow.newPage();
        if (heading != null) {
            flow.heading(heading, 13, 200);
        }
        if (initiatives.isEmpty()) {
            flow.paragraph(ExportText.text("none"), 11, Palette.TEXT);
            flow.space(4);
        }
        MapRenderer renderer = BundledMap.renderer();
        double height = flow.remaining();
        flow.drawing(height, painter -> renderer.paint(painter, initiatives, frame, flow.width(), height));
    }
}

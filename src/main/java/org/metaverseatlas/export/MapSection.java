package org.metaverseatlas.export;

import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.render.Painter;
import org.metaverseatlas.render.Palette;
import org.metaverseatlas.render.map.MapColours;
import org.metaverseatlas.render.map.MapFrame;
import org.metaverseatlas.render.map.MapKey;
import org.metaverseatlas.render.map.MapLayout;
import org.metaverseatlas.render.map.MapRenderer;

import java.io.IOException;
import java.util.List;

/**
 * The map at the frame's view, drawn by the screen's renderer in its paper form, filling the rest of one page but
 * for the key under it: on paper a cluster cannot be zoomed into, so it carries a number and the key names its
 * cities.
 */
final class MapSection {
    private static final double KEY_SIZE = PageFlow.SMALL + 0.5;
    private static final double KEY_GAP = 8;

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
        Painter measure = flow.painter();
        double height = flow.remaining();
        MapLayout layout = renderer.printLayout(measure, initiatives, frame, flow.width(), height);
        // The key's length depends on the clusters, which depend on the map's size: a few rounds settle both.
        for (int round = 0; round < 3; round++) {
            double mapHeight = Math.max(flow.remaining() / 2, flow.remaining() - keyHeight(measure, layout));
            if (Math.abs(mapHeight - height) < 0.5) {
                break;
            }
            height = mapHeight;
            layout = renderer.printLayout(measure, initiatives, frame, flow.width(), height);
        }
        MapLayout drawn = layout;
        flow.drawing(height, painter -> renderer.paint(painter, drawn, MapColours.LIGHT));
        List<String> entries = MapKey.entries(drawn);
        if (!entries.isEmpty()) {
            flow.space(KEY_GAP);
            flow.paragraph(MapKey.title(), 0, flow.width(), KEY_SIZE, Palette.TEXT_MUTED);
            for (String entry : entries) {
                flow.paragraph(entry, 0, flow.width(), KEY_SIZE, Palette.TEXT);
            }
        }
    }

    /** The height the key of these clusters takes under the map. */
    private double keyHeight(Painter measure, MapLayout layout) {
        List<String> entries = MapKey.entries(layout);
        if (entries.isEmpty()) {
            return 0;
        }
        int lines = 1;
        for (String entry : entries) {
            lines += TextWrap.lines(measure, entry, flow.width(), KEY_SIZE, false).size();
        }
        return KEY_GAP + lines * KEY_SIZE * 1.35 + 1;
    }
}

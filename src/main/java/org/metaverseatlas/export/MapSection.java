package org.metaverseatlas.export;

import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.render.Palette;

import java.io.IOException;
import java.util.List;

/** The map drawn on one page. */
final class MapSection {
    private final PageFlow flow;

    MapSection(PageFlow flow) {
        this.flow = flow;
    }

    void write(List<Initiative> initiatives) throws IOException {
        flow.newPage();
        flow.heading(ExportText.text("section.map"), 13, 20);
        flow.paragraph(ExportText.text("view.unavailable.map"), PageFlow.BODY, Palette.TEXT_MUTED);
    }
}

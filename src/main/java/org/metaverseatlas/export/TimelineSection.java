package org.metaverseatlas.export;

import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.render.Palette;

import java.io.IOException;
import java.util.List;

/** The timeline drawn on one page. */
final class TimelineSection {
    private final PageFlow flow;

    TimelineSection(PageFlow flow) {
        this.flow = flow;
    }

    void write(List<Initiative> initiatives) throws IOException {
        flow.newPage();
        flow.heading(ExportText.text("section.timeline"), 13, 20);
        flow.paragraph(ExportText.text("view.unavailable.timeline"), PageFlow.BODY, Palette.TEXT_MUTED);
    }
}

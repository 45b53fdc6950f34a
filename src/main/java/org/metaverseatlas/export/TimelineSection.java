package org.metaverseatlas.export;

import org.metaverseatlas.model.DateWording;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.InitiativeKind;
import org.metaverseatlas.render.Painter;
import org.metaverseatlas.render.Palette;
import org.metaverseatlas.render.timeline.Highlights;
import org.metaverseatlas.render.timeline.LaneBand;
import org.metaverseatlas.render.timeline.LaneIndex;
import org.metaverseatlas.render.timeline.TextWidths;
import org.metaverseatlas.render.timeline.TimelineFrame;
import org.metaverseatlas.render.timeline.TimelineLayout;
import org.metaverseatlas.render.timeline.TimelineRenderer;
import org.metaverseatlas.render.timeline.TimelineStyle;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The timeline at the frame's window and grouping, drawn by the screen's renderer: a caption, the key, then the
 * lanes. Lanes that do not fit one page continue on the next, each page with its own time axis; a lane is never
 * cut between pages.
 */
final class TimelineSection {
    private static final double CAPTION_SIZE = 8;

    private final PageFlow flow;
    private final TimelineRenderer renderer = new TimelineRenderer(TimelineStyle.paper());

    TimelineSection(PageFlow flow) {
        this.flow = flow;
    }

    /** @param heading a section heading above the drawing, or null for none */
    void write(List<Initiative> initiatives, TimelineFrame frame, String heading, ExportSteps steps)
            throws IOException {
        flow.newPage();
        if (heading != null) {
            flow.heading(heading, 13, 200);
        }
        LaneIndex index = LaneIndex.build(initiatives, frame.grouping());
        String caption = ExportText.text("timeline.caption", DateWording.day(frame.from()),
                DateWording.day(frame.to().minusDays(1)), ExportText.text("grouping." + frame.grouping().name()),
                index.lanes().size(), initiatives.size());
        flow.paragraph(caption, CAPTION_SIZE, Palette.TEXT_MUTED);
        flow.space(2);
        if (initiatives.isEmpty()) {
            flow.paragraph(ExportText.text("none"), 11, Palette.TEXT);
            return;
        }
        Set<InitiativeKind> kinds = EnumSet.noneOf(InitiativeKind.class);
        initiatives.forEach(i -> kinds.add(i.kind()));
        Painter p = flow.painter();
        double legend = renderer.paintLegend(p, 0, flow.y(), flow.width(), kinds);
        flow.advance(legend + 6);
        Highlights highlights = new Highlights(frame.selectedInitiativeId(), frame.focusedOrganizationId(), null, null);
        int first = 0;
        TextWidths widths = new TextWidths(flow.painter()); // one font for every page: widths measured once
        while (true) {
            double height = flow.remaining();
            TimelineLayout full = renderer.layout(index, frame.window(), flow.width(), height, first, widths);
            int whole = full.scrollable() ? wholeLanes(full) : full.laneCount() - first;
            // Laid out again to end at the last whole lane: a cut lane's labels, even clipped away, would still be
            // in the page's text. Lanes that leave the page's foot free end there too, rather than in empty bands.
            double bottom = full.scrollable() ? (whole > 0 ? lastWholeLaneBottom(full) : full.height())
                    : Math.min(full.height(), lanesBottom(full) + 1);
            TimelineLayout layout = bottom < full.height() - 0.5
                    ? renderer.layout(index, frame.window(), flow.width(), bottom, first, widths)
                    : full;
            flow.drawing(layout.height(), painter -> renderer.paint(painter, layout, highlights));
            first += Math.max(1, whole);
            if (!full.scrollable() || first >= full.laneCount()) {
                break;
            }
            steps.report(ExportText.text("progress.timelineLanes", first, full.laneCount()));
            flow.newPage();
            flow.paragraph(ExportText.text("timeline.continued", first + 1, full.laneCount()), CAPTION_SIZE,
                    Palette.TEXT_MUTED);
            flow.space(2);
        }
    }

    private static double lanesBottom(TimelineLayout layout) {
        double bottom = layout.plotTop();
        for (LaneBand band : layout.bands()) {
            bottom = Math.max(bottom, band.y() + band.height());
        }
        return bottom;
    }

    private static int wholeLanes(TimelineLayout layout) {
        int whole = 0;
        for (LaneBand band : layout.bands()) {
            if (band.y() + band.height() <= layout.plotBottom() + 0.5) {
                whole++;
            }
        }
        return whole;
    }

    private static double lastWholeLaneBottom(TimelineLayout layout) {
        double bottom = layout.plotTop();
        for (LaneBand band : layout.bands()) {
            if (band.y() + band.height() <= layout.plotBottom() + 0.5) {
                bottom = Math.max(bottom, band.y() + band.height());
            }
        }
        return bottom == layout.plotTop() ? layout.height() : bottom;
    }
}

package org.metaverseatlas.render.timeline;

import org.metaverseatlas.render.Painter;

/** Draws the overview strip: the density of all initiatives over time, years marked, and the visible window. */
public final class OverviewPainter {
    private final TimelineStyle.Colours colours;

    public OverviewPainter(TimelineStyle.Colours colours) {
        this.colours = colours;
    }

    public void paint(Painter p, OverviewHistogram histogram, TimeScale scale, TimeWindow visible, double width,
                      double height, double pad) {
        p.save();
        p.setLineDashes();
        p.setFill(colours.headerBackground());
        p.fillRect(0, 0, width, height);
        double left = pad;
        double right = width - pad;
        double top = 3;
        double bottom = height - 3;
        AxisTicks ticks = TickChooser.choose(scale, left, right);
        p.setLineWidth(1);
        p.setStroke(colours.grid());
        for (Tick t : ticks.major()) {
            double x = Math.floor(scale.x(t.day())) + 0.5;
            if (x >= left && x <= right) {
                p.strokeLine(x, top, x, bottom);
                p.setFill(colours.textMuted());
                p.text(t.label(), x + 3, top + 10, 9.5, Painter.Align.LEFT, false);
            }
        }
        int bins = (int) Math.max(1, (right - left) / 3);
        int[] counts = histogram.bins(scale.day(left), scale.day(right), bins);
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        double binWidth = (right - left) / bins;
        double area = bottom - top - 12;
        p.setFill(colours.textMuted().withAlpha(0.65));
        for (int b = 0; b < bins; b++) {
            if (counts[b] > 0) {
                double h = Math.max(2, area * Math.sqrt(counts[b] / (double) max));
                p.fillRect(left + b * binWidth, bottom - h, Math.max(1, binWidth - 0.5), h);
            }
        }
        double x0 = Math.max(left - pad, scale.x(visible.startDay()));
        double x1 = Math.min(right + pad, scale.x(visible.endDay()));
        p.setFill(colours.background().withAlpha(0.6));
        p.fillRect(0, 0, Math.max(0, x0), height);
        p.fillRect(x1, 0, Math.max(0, width - x1), height);
        p.setFill(colours.selection().withAlpha(0.12));
        p.fillRect(x0, 1, Math.max(2, x1 - x0), height - 2);
        p.setStroke(colours.selection());
        p.setLineWidth(1.5);
        p.strokeRect(x0, 1, Math.max(2, x1 - x0), height - 2);
        p.setFill(colours.selection());
        p.fillRect(x0 - 2, height / 2 - 7, 4, 14);
        p.fillRect(x1 - 2, height / 2 - 7, 4, 14);
        p.restore();
    }
}

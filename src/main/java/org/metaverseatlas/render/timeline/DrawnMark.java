package org.metaverseatlas.render.timeline;

import org.metaverseatlas.model.Initiative;

/**
 * A mark as drawn: the initiative, its lane, shape and bounds (x, y, width, height), and its label (null when
 * hidden) with the label's left x and width. Kept for hit-testing and tests.
 */
public record DrawnMark(Initiative initiative, int lane, MarkShape shape, double x, double y, double width,
                        double height, String label, LabelPlacement placement, double labelX, double labelWidth) {
    public String initiativeId() {
        return initiative.id();
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    /** True when (px, py) falls on the mark, with {@code slack} pixels of tolerance around it. */
    public boolean contains(double px, double py, double slack) {
        return px >= x - slack && px <= x + width + slack && py >= y - slack && py <= y + height + slack;
    }

    /** True when (px, py) falls on the mark's label, drawn {@code textHeight} pixels tall about the mark's centre. */
    public boolean labelContains(double px, double py, double textHeight) {
        return label != null && px >= labelX && px <= labelX + labelWidth
                && Math.abs(py - centerY()) <= textHeight / 2 + 1;
    }
}

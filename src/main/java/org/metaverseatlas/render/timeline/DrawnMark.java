package org.metaverseatlas.render.timeline;

import org.metaverseatlas.model.Initiative;

import java.util.List;

/**
 * A mark as drawn: the initiative, its lane, shape and bounds (x, y, width, height), and its label (null when
 * hidden) with the label's left x and width. Kept for hit-testing and tests. On paper a label may go on over more
 * lines ({@code moreLines}, the rest of the title) and end with the mark's date ({@code date}), after the last
 * line ({@code dateInline}) or under it; on screen these are empty, null and false.
 */
public record DrawnMark(Initiative initiative, int lane, MarkShape shape, double x, double y, double width,
                        double height, String label, LabelPlacement placement, double labelX, double labelWidth,
                        List<String> moreLines, String date, boolean dateInline) {
    public DrawnMark {
        moreLines = List.copyOf(moreLines);
    }

    public DrawnMark(Initiative initiative, int lane, MarkShape shape, double x, double y, double width,
                     double height, String label, LabelPlacement placement, double labelX, double labelWidth) {
        this(initiative, lane, shape, x, y, width, height, label, placement, labelX, labelWidth, List.of(), null,
                false);
    }

    /** The label's lines, the title's first: the whole title on paper where there was room, and the date after. */
    public List<String> labelLines() {
        if (label == null) {
            return List.of();
        }
        List<String> lines = new java.util.ArrayList<>();
        lines.add(label);
        lines.addAll(moreLines);
        if (date != null) {
            lines.add(date);
        }
        return lines;
    }

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

package org.metaverseatlas.render.timeline;

import org.metaverseatlas.render.Palette;
import org.metaverseatlas.render.Rgb;

/**
 * Sizes and neutral colours of the timeline (kinds take their colours from {@link Palette}). The screen replaces the
 * colours with its theme's; the PDF keeps the standard ones.
 *
 * @param headerWidth       the widest the lane headers may be (they take what the longest lane name needs)
 * @param maxRows           rows a lane may stack marks in before the rest gather into counted clusters
 * @param denseMarksPerPixel above this many visible marks per pixel of width, a lane shows as a histogram
 */
public record TimelineStyle(double headerWidth, double axisHeight, double rowHeight, double minRowHeight,
                            double lanePadding, int maxRows, double markRadius, double labelSize, double headerSize,
                            double axisSize, double maxLabelWidth, double minLabelWidth, double denseMarksPerPixel,
                            double minBinWidth, Colours colours) {

    /** The neutral colours. */
    public record Colours(Rgb background, Rgb text, Rgb textMuted, Rgb grid, Rgb laneAlternate,
                          Rgb headerBackground, Rgb selection, Rgb highlight) {
        public static Colours standard() {
            return new Colours(Palette.BACKGROUND, Palette.TEXT, Palette.TEXT_MUTED, Palette.GRID,
                    Palette.LANE_ALTERNATE, Palette.LANE_ALTERNATE, Palette.SELECTION, Palette.HIGHLIGHT);
        }
    }

    public static TimelineStyle standard() {
        return new TimelineStyle(190, 38, 18, 13, 2, 8, 4.5, 11, 11.5, 11, 300, 36, 0.25, 6, Colours.standard());
    }

    public TimelineStyle withColours(Colours value) {
        return new TimelineStyle(headerWidth, axisHeight, rowHeight, minRowHeight, lanePadding, maxRows, markRadius,
                labelSize, headerSize, axisSize, maxLabelWidth, minLabelWidth, denseMarksPerPixel, minBinWidth, value);
    }

    public TimelineStyle withHeaderWidth(double value) {
        return new TimelineStyle(value, axisHeight, rowHeight, minRowHeight, lanePadding, maxRows, markRadius,
                labelSize, headerSize, axisSize, maxLabelWidth, minLabelWidth, denseMarksPerPixel, minBinWidth, colours);
    }
}

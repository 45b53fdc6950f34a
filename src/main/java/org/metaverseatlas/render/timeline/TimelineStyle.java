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
 * @param paperLabels       how labels read on paper, or null on screen (one line, cut with an ellipsis, the whole
 *                          title on hover)
 */
public record TimelineStyle(double headerWidth, double axisHeight, double rowHeight, double minRowHeight,
                            double lanePadding, int maxRows, double markRadius, double labelSize, double headerSize,
                            double axisSize, double maxLabelWidth, double minLabelWidth, double denseMarksPerPixel,
                            double minBinWidth, Colours colours, PrintLabels paperLabels) {

    /**
     * Labels on paper, where nothing can be hovered: a title wrapped onto up to {@code titleLines} lines (at most
     * {@code maxLabelWidth} wide), the date of the mark after it, or on a line under it, in {@code dateSize}. A row
     * is as tall as the longest label needs: at most the title's lines and the date's, {@code leading} apart.
     */
    public record PrintLabels(int titleLines, double leading, double dateSize) {
        public int lines() {
            return titleLines + 1;
        }
    }

    /** The neutral colours. */
    public record Colours(Rgb background, Rgb text, Rgb textMuted, Rgb grid, Rgb laneAlternate,
                          Rgb headerBackground, Rgb selection, Rgb highlight) {
        public static Colours standard() {
            return new Colours(Palette.BACKGROUND, Palette.TEXT, Palette.TEXT_MUTED, Palette.GRID,
                    Palette.LANE_ALTERNATE, Palette.LANE_ALTERNATE, Palette.SELECTION, Palette.HIGHLIGHT);
        }
    }

    public static TimelineStyle standard() {
        return new TimelineStyle(190, 38, 18, 13, 2, 8, 4.5, 11, 11.5, 11, 300, 36, 0.25, 6, Colours.standard(),
                null);
    }

    /**
     * For paper, in points: smaller type, whole titles over up to four lines with the date after or under them, and
     * each lane's rows as tall as its labels take (never squeezed). A lane stacks up to ten rows, so that it fits a
     * page; marks beyond gather in counted clusters.
     */
    public static TimelineStyle paper() {
        PrintLabels labels = new PrintLabels(4, 9.4, 7);
        // Rows take the height their longest label needs, from one line (a short title with its date after it)
        // to every line a title and its date may take.
        double tallest = Math.ceil(labels.leading() * labels.lines() + 3);
        double shortest = Math.ceil(labels.leading() + 3);
        return new TimelineStyle(170, 30, tallest, shortest, 3, 10, 3.5, 8, 8.5, 8, 240, 36, 0.25, 6, Colours.standard(),
                labels);
    }

    /** Whether this style is for paper (labels wrapped whole, with their dates). */
    public boolean forPaper() {
        return paperLabels != null;
    }

    public TimelineStyle withColours(Colours value) {
        return new TimelineStyle(headerWidth, axisHeight, rowHeight, minRowHeight, lanePadding, maxRows, markRadius,
                labelSize, headerSize, axisSize, maxLabelWidth, minLabelWidth, denseMarksPerPixel, minBinWidth, value, paperLabels);
    }

    public TimelineStyle withHeaderWidth(double value) {
        return new TimelineStyle(value, axisHeight, rowHeight, minRowHeight, lanePadding, maxRows, markRadius,
                labelSize, headerSize, axisSize, maxLabelWidth, minLabelWidth, denseMarksPerPixel, minBinWidth, colours,
                paperLabels);
    }
}

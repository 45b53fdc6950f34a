package org.metaverseatlas.render.timeline;

import java.util.Arrays;

/**
 * Stacks the marks of one lane into rows so that none overlap, and places their labels without overlap.
 * Marks come in order of their left edge. Each goes to the lowest row where it fits with its whole label; failing
 * that, to the lowest row where the mark alone fits, cutting short (or hiding) the label of the mark before it;
 * failing that, it overflows (row -1) and is counted in a cluster. A label goes inside a bar wide enough for it,
 * else to the right of the mark, or to its left where the right edge would cut it.
 */
public final class RowStacker {
    /** Space between a mark and its label, and between neighbours in a row. */
    public static final double GAP = 4;

    /** Rows (-1 for overflow), label placements, and the width each label may take. */
    public record Result(int[] rows, LabelPlacement[] placements, double[] labelRoom, int rowCount, int overflow) {
    }

    private RowStacker() {
    }

    /**
     * @param x0         left edges of the marks, ascending
     * @param x1         right edges
     * @param labelWidth the width of each label (0 for none)
     * @param bar        whether each mark is a bar (labels may go inside)
     * @param left       left edge of the drawing area
     * @param right      right edge of the drawing area
     */
    public static Result stack(double[] x0, double[] x1, double[] labelWidth, boolean[] bar, int n, int maxRows,
                               double left, double right, double minLabel) {
        return stack(x0, x1, labelWidth, bar, n, maxRows, left, right, minLabel, false);
    }

    /**
     * @param wholeLabels for paper, where a label cut short cannot be hovered for the rest: a mark goes only to a row
     *                    where its whole label fits, and no label is cut to make room for the next mark; a mark
     *                    that finds no such row overflows into a cluster
     */
    public static Result stack(double[] x0, double[] x1, double[] labelWidth, boolean[] bar, int n, int maxRows,
                               double left, double right, double minLabel, boolean wholeLabels) {
        int[] rows = new int[n];
        LabelPlacement[] placements = new LabelPlacement[n];
        double[] room = new double[n];
        double[] rowEnd = new double[maxRows];
        double[] rowMarkEnd = new double[maxRows];
        int[] rowLast = new int[maxRows];
        Arrays.fill(rowEnd, Double.NEGATIVE_INFINITY);
        Arrays.fill(rowMarkEnd, Double.NEGATIVE_INFINITY);
        Arrays.fill(rowLast, -1);
        int used = 0;
        int overflow = 0;
        for (int i = 0; i < n; i++) {
            double w = labelWidth[i];
            LabelPlacement preferred;
            double extStart = x0[i];
            double extEnd = x1[i];
            double visibleBar = Math.min(x1[i], right) - Math.max(x0[i], left);
            if (w <= 0) {
                preferred = LabelPlacement.NONE;
            } else if (bar[i] && visibleBar >= w + 2 * GAP) {
                preferred = LabelPlacement.INSIDE;
            } else if (x1[i] + GAP + w > right && x0[i] - GAP - w >= left) {
                preferred = LabelPlacement.LEFT;
                extStart = x0[i] - GAP - w;
            } else {
                preferred = LabelPlacement.RIGHT;
                extEnd = x1[i] + GAP + w;
            }
            int row = firstFree(rowEnd, extStart, maxRows);
            LabelPlacement placement = preferred;
            double labelRoom = preferred == LabelPlacement.RIGHT ? Math.min(w, right - x1[i] - GAP) : w;
            if (row < 0 && !wholeLabels) {
                row = firstFree(rowMarkEnd, x0[i], maxRows);
                if (row >= 0) {
                    cutLabelBefore(rowLast[row], x0[i], x1, placements, room, minLabel);
                    if (preferred == LabelPlacement.LEFT) {
                        placement = LabelPlacement.RIGHT;
                        labelRoom = Math.min(w, right - x1[i] - GAP);
                        extStart = x0[i];
                        extEnd = x1[i] + GAP + w;
                    }
                }
            }
            if (placement == LabelPlacement.RIGHT && labelRoom < Math.min(w, minLabel)) {
                placement = LabelPlacement.NONE;
                extEnd = x1[i];
            }
            rows[i] = row;
            placements[i] = row < 0 ? LabelPlacement.NONE : placement;
            room[i] = placements[i] == LabelPlacement.NONE ? 0 : labelRoom;
            if (row < 0) {
                overflow++;
                continue;
            }
            rowEnd[row] = extEnd;
            rowMarkEnd[row] = x1[i];
            rowLast[row] = i;
            used = Math.max(used, row + 1);
        }
        return new Result(rows, placements, room, Math.max(used, n == 0 ? 0 : 1), overflow);
    }

    /**
     * Every mark on a row of its own, in the order given: row {@code i} for mark {@code i}. Each label goes to the
     * right of its mark, or to its left where the right edge would cut it and the left has room.
     */
    public static Result onePerRow(double[] x0, double[] x1, double[] labelWidth, int n, double left, double right,
                                   double minLabel) {
        int[] rows = new int[n];
        LabelPlacement[] placements = new LabelPlacement[n];
        double[] room = new double[n];
        for (int i = 0; i < n; i++) {
            double w = labelWidth[i];
            rows[i] = i;
            if (w <= 0) {
                placements[i] = LabelPlacement.NONE;
            } else if (x1[i] + GAP + w > right && x0[i] - GAP - w >= left) {
                placements[i] = LabelPlacement.LEFT;
                room[i] = w;
            } else {
                double fits = Math.min(w, right - x1[i] - GAP);
                placements[i] = fits < Math.min(w, minLabel) ? LabelPlacement.NONE : LabelPlacement.RIGHT;
                room[i] = placements[i] == LabelPlacement.NONE ? 0 : fits;
            }
        }
        return new Result(rows, placements, room, Math.max(n, 1), 0);
    }

    private static int firstFree(double[] ends, double start, int maxRows) {
        for (int r = 0; r < maxRows; r++) {
            if (ends[r] + GAP <= start) {
                return r;
            }
        }
        return -1;
    }

    /** Shortens the right-hand label of mark {@code previous} so that it ends before {@code nextStart}. */
    private static void cutLabelBefore(int previous, double nextStart, double[] x1, LabelPlacement[] placements,
                                       double[] room, double minLabel) {
        if (previous < 0 || placements[previous] != LabelPlacement.RIGHT) {
            return;
        }
        double available = nextStart - GAP - (x1[previous] + GAP);
        if (available < room[previous]) {
            if (available >= minLabel) {
                room[previous] = available;
            } else {
                placements[previous] = LabelPlacement.NONE;
                room[previous] = 0;
            }
        }
    }
}

package org.metaverseatlas.render.timeline;

import org.metaverseatlas.model.Initiative;

import java.util.Arrays;
import java.util.List;

/** Start days of a set of initiatives, sorted, to count how many start in any stretch of time. */
public final class OverviewHistogram {
    private final double[] starts;

    private OverviewHistogram(double[] starts) {
        this.starts = starts;
    }

    /** From start days already in ascending order (not copied: do not modify them). */
    public static OverviewHistogram ofSorted(double[] starts) {
        return new OverviewHistogram(starts);
    }

    public static OverviewHistogram of(List<Initiative> initiatives) {
        double[] starts = new double[initiatives.size()];
        boolean sorted = true;
        for (int k = 0; k < starts.length; k++) {
            starts[k] = initiatives.get(k).date().start().toEpochDay();
            sorted &= k == 0 || starts[k] >= starts[k - 1];
        }
        if (!sorted) {
            Arrays.sort(starts);
        }
        return new OverviewHistogram(starts);
    }

    public int size() {
        return starts.length;
    }

    /** How many start in [fromDay, toDay). */
    public int count(double fromDay, double toDay) {
        return lowerBound(toDay) - lowerBound(fromDay);
    }

    /** Counts in {@code bins} equal bins across [fromDay, toDay). */
    public int[] bins(double fromDay, double toDay, int bins) {
        int[] counts = new int[Math.max(1, bins)];
        double step = (toDay - fromDay) / counts.length;
        int previous = lowerBound(fromDay);
        for (int b = 0; b < counts.length; b++) {
            int next = lowerBound(fromDay + (b + 1) * step);
            counts[b] = next - previous;
            previous = next;
        }
        return counts;
    }

    private int lowerBound(double day) {
        return Lane.lowerBound(starts, day);
    }
}

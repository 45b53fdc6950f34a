package org.metaverseatlas.app.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Timings in milliseconds, with their median and 95th percentile. */
public final class Samples {
    private final List<Double> millis = new ArrayList<>();

    public void add(long nanos) {
        millis.add(nanos / 1e6);
    }

    public double median() {
        return percentile(50);
    }

    public double p95() {
        return percentile(95);
    }

    /** Nearest-rank percentile. */
    public double percentile(double p) {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    public int size() {
        return millis.size();
    }
}

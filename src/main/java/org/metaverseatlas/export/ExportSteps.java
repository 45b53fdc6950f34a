package org.metaverseatlas.export;

/** Turns the steps of one export into a progress fraction, up to {@link #LAYOUT_SHARE}; saving takes the rest. */
final class ExportSteps {
    static final double LAYOUT_SHARE = 0.95;

    private final ExportProgress progress;
    private final double total;
    private double done;

    ExportSteps(ExportProgress progress, double total) {
        this.progress = progress;
        this.total = Math.max(1, total);
    }

    void advance(String message, double units) {
        done += units;
        progress.update(message, LAYOUT_SHARE * Math.min(1, done / total));
    }

    void report(String message) {
        progress.update(message, LAYOUT_SHARE * Math.min(1, done / total));
    }
}

package org.metaverseatlas.app.bench;

import org.metaverseatlas.export.ExportProgress;
import org.metaverseatlas.export.ExportRequest;
import org.metaverseatlas.export.ExportResult;
import org.metaverseatlas.export.ExportView;
import org.metaverseatlas.export.PdfExporter;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.store.AtlasStore;
import org.metaverseatlas.store.LoadProgress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * PDF export, as the export dialog and command run it (off the FX thread, into a file): the bundled dataset's
 * report, once per run, and the full timeline of the synthetic catalog at each count, with its size.
 */
final class ExportProbes {
    private static final int WARM_UP = 1;
    private static final int RUNS = 5;
    private static final int TIMELINE_RUNS = 3;
    private static final AtomicBoolean REPORT_MEASURED = new AtomicBoolean();

    private ExportProbes() {
    }

    /** {@code pdf_report}: the report of the bundled dataset, read from a store of its own; median of five. */
    static List<Metric> report(BenchContext context) throws Exception {
        if (REPORT_MEASURED.getAndSet(true)) {
            return List.of();
        }
        Catalog bundled;
        try (AtlasStore store = AtlasStore.open(context.scratch().resolve("pdf-report-data"), LoadProgress.NONE)) {
            bundled = store.catalog();
        }
        ExportRequest request = ExportRequest.of(ExportView.REPORT, bundled, FilterCriteria.NONE);
        Path file = context.scratch().resolve("report.pdf");
        Samples samples = new Samples();
        PdfExporter exporter = new PdfExporter();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long t0 = System.nanoTime();
            exporter.export(request, file, ExportProgress.NONE);
            if (i >= WARM_UP) {
                samples.add(System.nanoTime() - t0);
            }
        }
        Files.deleteIfExists(file);
        return List.of(new Metric("pdf_report", bundled.initiatives().size(), samples.median(), "ms"));
    }

    /** {@code pdf_timeline} (median of three) and {@code pdf_timeline_size}: every synthetic initiative, fit to the page. */
    static List<Metric> timeline(BenchContext context) throws Exception {
        ExportRequest request = ExportRequest.of(ExportView.TIMELINE, context.catalog(), FilterCriteria.NONE);
        Path file = context.scratch().resolve("timeline.pdf");
        Samples samples = new Samples();
        PdfExporter exporter = new PdfExporter();
        ExportResult result = null;
        for (int i = 0; i < WARM_UP + TIMELINE_RUNS; i++) {
            long t0 = System.nanoTime();
            result = exporter.export(request, file, ExportProgress.NONE);
            if (i >= WARM_UP) {
                samples.add(System.nanoTime() - t0);
            }
        }
        Files.deleteIfExists(file);
        return List.of(new Metric("pdf_timeline", context.count(), samples.median(), "ms"),
                new Metric("pdf_timeline_size", context.count(), result.bytes() / 1024.0, "KB"));
    }
}

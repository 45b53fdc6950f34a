package org.metaverseatlas.app.bench;

import javafx.application.Platform;
import javafx.stage.Stage;
import org.metaverseatlas.app.AtlasDesktop;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.store.AtlasStore;
import org.metaverseatlas.store.DatasetWriter;
import org.metaverseatlas.store.GazetteerReader;
import org.metaverseatlas.store.LoadProgress;
import org.metaverseatlas.store.SyntheticDatasetGenerator;
import org.metaverseatlas.ui.task.TaskRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the explorer on synthetic datasets: for each count, generate a dataset, import it into a"
                + " temporary data folder, open the real window on it and drive its controls.",
                "Prints one line per figure: metric<TAB>count<TAB>value<TAB>unit. Needs a display (Xvfb will do)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Done.", "1:A step failed (its message says which).", "2:Invalid arguments."})
public final class BenchCommand implements Callable<Integer> {
    /** Every probe, in the order it runs. */
    static List<BenchProbe> probes() {
        List<BenchProbe> probes = new java.util.ArrayList<>();
        addTimelineProbes(probes);
        addMapProbes(probes);
        addExportProbes(probes);
        addAnalysisProbes(probes);
        return probes;
    }

    /** Network layout and the statistics view's update. */
    private static void addAnalysisProbes(List<BenchProbe> probes) {
        probes.add(AnalysisProbes::networkLayout);
        probes.add(AnalysisProbes::statisticsBars);
        probes.add(AnalysisProbes::statisticsHeatMap);
    }

    /** Timeline redraw and filter update. */
    private static void addTimelineProbes(List<BenchProbe> probes) {
        probes.add(TimelineProbes::redraw);
        probes.add(TimelineProbes::filterUpdate);
    }

    /** Map redraw. */
    private static void addMapProbes(List<BenchProbe> probes) {
        probes.add(new MapRedrawProbe());
    }

    /** PDF export. */
    private static void addExportProbes(List<BenchProbe> probes) {
        probes.add(ExportProbes::report);
        probes.add(ExportProbes::timeline);
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--counts", split = ",", paramLabel = "N[,N...]",
            description = "Dataset sizes (default: 1000,10000,100000).")
    List<Integer> counts = List.of(1000, 10_000, 100_000);

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the synthetic data (default: 7).")
    long seed = 7;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        startToolkit();
        try {
            for (int count : counts) {
                for (Metric m : measure(count)) {
                    out.println(m.line());
                    out.flush();
                }
            }
        } finally {
            Platform.exit();
        }
        return 0;
    }

    private List<Metric> measure(int count) throws Exception {
        Path scratch = Files.createTempDirectory("metaverse-atlas-bench-");
        try {
            java.util.ArrayList<Metric> metrics = new java.util.ArrayList<>();
            Path file = scratch.resolve("synthetic-" + count + ".json");
            long t0 = System.nanoTime();
            DatasetWriter.write(new SyntheticDatasetGenerator(GazetteerReader.bundled()).generate(count, seed), file);
            metrics.add(new Metric("generate", count, (System.nanoTime() - t0) / 1e6, "ms"));
            AtlasStore store = AtlasStore.open(scratch.resolve("data"), LoadProgress.NONE);
            try {
                long t1 = System.nanoTime();
                store.importFile(file, LoadProgress.NONE);
                metrics.add(new Metric("import", count, (System.nanoTime() - t1) / 1e6, "ms"));
                long t2 = System.nanoTime();
                Catalog catalog = store.catalog();
                metrics.add(new Metric("catalog_load", count, (System.nanoTime() - t2) / 1e6, "ms"));
                AtlasDesktop desktop = onFx(() -> {
                    AtlasDesktop d = new AtlasDesktop(new Stage(), scratch.resolve("data"), TaskRunner.synchronous());
                    d.stage().setWidth(1600);
                    d.stage().setHeight(1000);
                    d.installViews();
                    d.stage().show();
                    d.filter().setCatalog(catalog);
                    return d;
                });
                BenchContext context = new BenchContext(count, catalog, desktop, scratch);
                try {
                    for (BenchProbe probe : probes()) {
                        metrics.addAll(probe.run(context));
                    }
                } finally {
                    context.onFx(() -> desktop.stage().close());
                }
            } finally {
                // Closing after a large import rewrites the file compactly: part of what an import costs.
                long t3 = System.nanoTime();
                store.close();
                metrics.add(new Metric("store_close", count, (System.nanoTime() - t3) / 1e6, "ms"));
            }
            // Once the store is closed, as after the import command: what the data folder keeps on disk.
            long stored = Files.size(scratch.resolve("data").resolve("atlas.mv.db"));
            metrics.add(new Metric("store_size", count, stored / 1024.0, "KB"));
            metrics.add(new Metric("store_size_ratio", count, (double) stored / Files.size(file), "x JSON"));
            return metrics;
        } finally {
            deleteTree(scratch);
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return new BenchContext(0, null, null, null).onFx(work);
    }

    private static void startToolkit() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        } catch (UnsupportedOperationException | Error e) {
            throw new IllegalStateException("bench needs a display to drive the window (for example: xvfb-run -a java"
                    + " -jar target/metaverse-atlas.jar bench): " + e.getMessage(), e);
        }
        started.await();
        Platform.setImplicitExit(false);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

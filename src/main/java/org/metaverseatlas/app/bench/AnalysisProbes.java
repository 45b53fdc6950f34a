package org.metaverseatlas.app.bench;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.analysis.CollaborationGraph;
import org.metaverseatlas.model.analysis.Dimension;
import org.metaverseatlas.render.network.ForceLayout;
import org.metaverseatlas.ui.state.FilterModel;
import org.metaverseatlas.ui.statistics.StatisticsView;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The network's layout of every organization of the dataset, and the statistics view's share of filter changes
 * (its counting and drawing in the pulse after each change), as a bar chart by province and a city × year heat map.
 */
final class AnalysisProbes {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int LAYOUT_WARM_UP = 2;
    private static final int LAYOUT_RUNS = 7;
    private static final int WARM_UP = 4;
    private static final int STEPS = 30;

    private AnalysisProbes() {
    }

    /** The graph of all the dataset's initiatives, then its force layout, timed on this thread. */
    static List<Metric> networkLayout(BenchContext context) {
        List<Initiative> all = context.catalog().initiatives();
        Samples graphTimes = new Samples();
        Samples layout = new Samples();
        Samples layoutCpu = new Samples();
        CollaborationGraph graph = null;
        for (int run = 0; run < LAYOUT_WARM_UP + LAYOUT_RUNS; run++) {
            long g0 = System.nanoTime();
            graph = CollaborationGraph.of(all);
            long g1 = System.nanoTime();
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            ForceLayout.layout(graph);
            long cpu1 = THREADS.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            if (run >= LAYOUT_WARM_UP) {
                graphTimes.add(g1 - g0);
                layout.add(t1 - g1);
                layoutCpu.add(cpu1 - cpu0);
            }
        }
        return List.of(new Metric("network_organizations", context.count(), graph.nodes().size(), "nodes"),
                new Metric("network_links", context.count(), graph.edges().size(), "edges"),
                new Metric("network_graph_median", context.count(), graphTimes.median(), "ms"),
                new Metric("network_layout_median", context.count(), layout.median(), "ms"),
                new Metric("network_layout_p95", context.count(), layout.p95(), "ms"),
                new Metric("network_layout_cpu_median", context.count(), layoutCpu.median(), "ms"));
    }

    static List<Metric> statisticsBars(BenchContext context) throws Exception {
        return statisticsUpdate(context, Dimension.PROVINCE, null, "statistics_update");
    }

    static List<Metric> statisticsHeatMap(BenchContext context) throws Exception {
        return statisticsUpdate(context, Dimension.CITY, Dimension.YEAR, "statistics_heatmap_update");
    }

    /**
     * City filter changes through the window's shared filter, as the filter update probe makes them; each is timed
     * in the statistics view alone (a 1000x800 window of its own): its counting and drawing in the next pulse.
     */
    private static List<Metric> statisticsUpdate(BenchContext context, Dimension rows, Dimension columns,
                                                 String name) throws Exception {
        FilterModel filter = context.desktop().filter();
        List<String> cities = citiesByCount(context.catalog().initiatives());
        Stage stage = context.onFx(() -> new Stage());
        StatisticsView view = context.onFx(() -> {
            StatisticsView v = new StatisticsView(filter, context.desktop().selection());
            v.rowsProperty().set(rows);
            v.columnsProperty().set(columns);
            stage.setScene(new Scene(new StackPane(v), 1000, 800));
            stage.show();
            return v;
        });
        PulseTimer timer = context.onFx(() -> new PulseTimer(stage.getScene()).install());
        Samples samples = new Samples();
        Samples cpu = new Samples();
        try {
            for (int step = 0; step < WARM_UP + STEPS; step++) {
                FilterCriteria criteria = step % 5 == 4 ? FilterCriteria.NONE
                        : step % 5 == 2 ? FilterCriteria.NONE.withCities(Set.of(pick(cities, step), pick(cities, step + 7),
                        pick(cities, step + 13)))
                        : FilterCriteria.NONE.withCities(Set.of(pick(cities, step)));
                timer.measure(context, () -> filter.setCriteria(criteria));
                if (step >= WARM_UP) {
                    samples.add(context.onFx(view::lastUpdateNanos));
                    cpu.add(context.onFx(view::lastUpdateCpuNanos));
                }
            }
        } finally {
            context.onFx(() -> {
                timer.uninstall();
                filter.clear();
                stage.close();
            });
        }
        return List.of(new Metric(name + "_median", context.count(), samples.median(), "ms"),
                new Metric(name + "_p95", context.count(), samples.p95(), "ms"),
                new Metric(name + "_cpu_p95", context.count(), cpu.p95(), "ms"));
    }

    private static String pick(List<String> cities, int step) {
        return cities.get((step * 31) % cities.size());
    }

    private static List<String> citiesByCount(List<Initiative> initiatives) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Initiative i : initiatives) {
            if (i.place().city() != null) {
                counts.merge(i.place().cityId(), 1, Integer::sum);
            }
        }
        List<String> ids = new ArrayList<>(counts.keySet());
        ids.sort(Comparator.comparing((String id) -> -counts.get(id)));
        return ids;
    }
}

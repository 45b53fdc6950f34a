package org.metaverseatlas.app.bench;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.ui.state.FilterModel;
import org.metaverseatlas.ui.timeline.TimelineControl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** The timeline's figures: redraw after a pan or zoom step, and a city filter change through every view. */
final class TimelineProbes {
    static final int STEPS = 40;
    static final int WARM_UP = 5;

    private TimelineProbes() {
    }

    /**
     * A full redraw of a 1600x600 timeline holding every initiative, after each of a series of pan and zoom steps
     * that wander between the whole span and a few weeks.
     */
    static List<Metric> redraw(BenchContext context) throws Exception {
        TimelineControl timeline = context.onFx(() -> {
            TimelineControl control = new TimelineControl();
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(control), 1600, 600));
            stage.show();
            control.setInitiatives(context.catalog().initiatives());
            return control;
        });
        Random random = new Random(11);
        Samples samples = new Samples();
        Samples cpu = new Samples();
        PulseTimer timer = context.onFx(() -> new PulseTimer(timeline.getScene()).install());
        try {
            double zoomLevel = 0;
            for (int step = 0; step < STEPS + WARM_UP; step++) {
                Runnable change;
                if (step % 2 == 0) {
                    double fraction = (random.nextBoolean() ? 1 : -1) * (0.05 + 0.15 * random.nextDouble());
                    change = () -> timeline.pan(fraction);
                } else {
                    boolean in = zoomLevel < 1 || (zoomLevel < 12 && random.nextBoolean());
                    double factor = in ? 1.6 : 1 / 1.6;
                    zoomLevel += in ? 1 : -1;
                    double anchor = random.nextDouble();
                    change = () -> timeline.zoomAbout(factor, timeline.getWindow().startDay()
                            + anchor * timeline.getWindow().length());
                }
                long[] nanos = timer.measure(context, change);
                if (step >= WARM_UP) {
                    samples.add(nanos[0]);
                    cpu.add(nanos[1]);
                }
            }
        } finally {
            context.onFx(() -> {
                timer.uninstall();
                ((Stage) timeline.getScene().getWindow()).close();
            });
        }
        return List.of(new Metric("timeline_redraw_median", context.count(), samples.median(), "ms"),
                new Metric("timeline_redraw_p95", context.count(), samples.p95(), "ms"),
                new Metric("timeline_redraw_cpu_median", context.count(), cpu.median(), "ms"),
                new Metric("timeline_redraw_cpu_p95", context.count(), cpu.p95(), "ms"));
    }

    /**
     * City filter changes set through the shared filter model, each timed until every view of the window has laid
     * out and redrawn the new result: one city, a few cities, and every fifth step no filter at all.
     */
    static List<Metric> filterUpdate(BenchContext context) throws Exception {
        List<String> cities = citiesByCount(context.catalog().initiatives());
        FilterModel filter = context.desktop().filter();
        Samples samples = new Samples();
        Samples cpu = new Samples();
        PulseTimer timer = context.onFx(() -> new PulseTimer(context.desktop().stage().getScene()).install());
        try {
            for (int step = 0; step < STEPS + WARM_UP; step++) {
                FilterCriteria criteria;
                if (step % 5 == 4) {
                    criteria = FilterCriteria.NONE;
                } else if (step % 5 == 2) {
                    criteria = FilterCriteria.NONE.withCities(Set.of(pick(cities, step), pick(cities, step + 7),
                            pick(cities, step + 13)));
                } else {
                    criteria = FilterCriteria.NONE.withCities(Set.of(pick(cities, step)));
                }
                long[] nanos = timer.measure(context, () -> filter.setCriteria(criteria));
                if (step >= WARM_UP) {
                    samples.add(nanos[0]);
                    cpu.add(nanos[1]);
                }
            }
        } finally {
            context.onFx(() -> {
                timer.uninstall();
                filter.clear();
            });
        }
        return List.of(new Metric("filter_update_median", context.count(), samples.median(), "ms"),
                new Metric("filter_update_p95", context.count(), samples.p95(), "ms"),
                new Metric("filter_update_cpu_median", context.count(), cpu.median(), "ms"),
                new Metric("filter_update_cpu_p95", context.count(), cpu.p95(), "ms"));
    }

    private static String pick(List<String> cities, int step) {
        return cities.get((step * 31) % cities.size());
    }

    /** City ids, busiest first. */
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

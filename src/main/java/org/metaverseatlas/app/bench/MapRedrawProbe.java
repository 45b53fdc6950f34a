package org.metaverseatlas.app.bench;

import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.metaverseatlas.render.map.MapRenderer;
import org.metaverseatlas.ui.map.MapControl;

import java.util.List;

/**
 * Full redraws of a 1000x800 map after each step of a walk of zooms (about different points) and pans, on the
 * window's shared filter and selection: the time the FX thread spends placing (clustering, labels) and drawing.
 */
final class MapRedrawProbe implements BenchProbe {
    static final int WIDTH = 1000;
    static final int HEIGHT = 800;
    static final int WARM_UP = 6;
    static final int STEPS = 48;

    @Override
    public List<Metric> run(BenchContext context) throws Exception {
        MapRenderer renderer = MapRenderer.loadBundled();
        Stage stage = context.onFx(() -> new Stage());
        MapControl map = context.onFx(() -> {
            MapControl m = new MapControl(context.desktop().filter(), context.desktop().selection());
            m.setRenderer(renderer);
            stage.setScene(new Scene(new StackPane(m), WIDTH, HEIGHT));
            stage.show();
            m.redrawNow();
            return m;
        });
        Samples samples = new Samples();
        try {
            for (int i = 0; i < WARM_UP + STEPS; i++) {
                int step = i;
                long nanos = context.onFx(() -> {
                    move(map, step);
                    long t0 = System.nanoTime();
                    map.redrawNow();
                    return System.nanoTime() - t0;
                });
                if (i >= WARM_UP) {
                    samples.add(nanos);
                }
            }
        } finally {
            context.onFx(() -> stage.close());
        }
        return List.of(new Metric("map_redraw_median", context.count(), samples.median(), "ms"),
                new Metric("map_redraw_p95", context.count(), samples.p95(), "ms"));
    }

    /** Eight moves that end where they began: zooms in and out about different points, and pans. */
    private static void move(MapControl map, int step) {
        switch (step % 8) {
            case 0 -> map.zoomAbout(620, 380, 1.5);
            case 1 -> map.panBy(90, 0);
            case 2 -> map.panBy(0, -70);
            case 3 -> map.zoomAbout(450, 450, 1.5);
            case 4 -> map.panBy(-90, 70);
            case 5 -> map.zoomAbout(450, 450, 1 / 1.5);
            case 6 -> map.zoomAbout(620, 380, 1 / 1.5);
            default -> map.resetView();
        }
    }
}

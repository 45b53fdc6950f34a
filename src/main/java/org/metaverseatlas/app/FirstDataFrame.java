package org.metaverseatlas.app;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.metaverseatlas.ui.map.MapControl;
import org.metaverseatlas.ui.state.FilterModel;
import org.metaverseatlas.ui.timeline.TimelineControl;

/**
 * Watches the pulses of a launch for the first in which the timeline, the map and the table have all drawn the
 * catalog, and reports it to {@link StartupTrace}. A view the window does not show (hidden by the user's layout)
 * has nothing to draw and does not hold the report back.
 */
final class FirstDataFrame {
    private final Scene scene;
    private final FilterModel filter;
    private final TimelineControl timeline;
    private final MapControl map;
    private final TableView<?> table;
    private final Runnable check = this::check;

    private FirstDataFrame(Scene scene, FilterModel filter, TimelineControl timeline, MapControl map,
                           TableView<?> table) {
        this.scene = scene;
        this.filter = filter;
        this.timeline = timeline;
        this.map = map;
        this.table = table;
    }

    /** Starts watching, when start-up tracing is on; call on the FX thread. */
    static void watch(Scene scene, FilterModel filter, TimelineControl timeline, MapControl map, TableView<?> table) {
        if (StartupTrace.enabled() && scene != null) {
            scene.addPostLayoutPulseListener(new FirstDataFrame(scene, filter, timeline, map, table).check);
        }
    }

    private void check() {
        if (!filter.isLoaded() || filter.getCatalog().initiatives().isEmpty()) {
            return;
        }
        boolean timelineDrawn = !shown(timeline) || timeline.drawnInitiatives() == timeline.getInitiatives()
                && !timeline.getInitiatives().isEmpty();
        boolean mapDrawn = !shown(map) || map.drawnInitiatives() == map.getShown() && map.getRenderer() != null;
        if (timelineDrawn && mapDrawn && (!shown(table) || tableShowsRows())) {
            scene.removePostLayoutPulseListener(check);
            StartupTrace.reached(StartupTrace.Phase.FIRST_DATA_FRAME);
        }
    }

    private boolean tableShowsRows() {
        for (Node row : table.lookupAll(".table-row-cell")) {
            if (row instanceof TableRow<?> r && r.getItem() != null && r.isVisible()) {
                return true;
            }
        }
        return false;
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}

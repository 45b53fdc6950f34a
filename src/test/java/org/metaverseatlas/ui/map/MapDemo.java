package org.metaverseatlas.ui.map;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.metaverseatlas.render.map.MapTestData;
import org.metaverseatlas.ui.state.FilterModel;
import org.metaverseatlas.ui.state.SelectionModel;

/**
 * The map on its own, 1000x800, for looking at it: the bundled dataset, or a synthetic one when given a count
 * ({@code MapDemo 100000}); a second argument zooms about the centre.
 */
public final class MapDemo {
    private MapDemo() {
    }

    public static void main(String[] args) {
        Application.launch(Shown.class, args);
    }

    /** The application itself (the main class must not extend Application when JavaFX is on the class path). */
    public static final class Shown extends Application {
        @Override
        public void start(Stage stage) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            var args = getParameters().getUnnamed();
            FilterModel filter = new FilterModel();
            filter.setCatalog(args.isEmpty() ? MapTestData.bundled() : MapTestData.synthetic(Integer.parseInt(args.get(0))));
            MapControl map = new MapControl(filter, new SelectionModel());
            map.setRenderer(MapTestData.renderer());
            map.setCjkFontFamily(MapFonts.loadCjkFamily());
            stage.setScene(new Scene(new StackPane(map), 1000, 800));
            stage.setTitle("Map demo");
            stage.show();
            if (args.size() > 1) {
                map.zoomAbout(500, 400, Double.parseDouble(args.get(1)));
            }
        }
    }
}

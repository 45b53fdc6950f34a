package org.metaverseatlas.ui.filter;

import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.metaverseatlas.ui.BundledCatalog;
import org.metaverseatlas.ui.state.FilterModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The filter bar in the narrowest window the application opens (1100 px): every picker keeps its full width. */
@ExtendWith(ApplicationExtension.class)
class FilterBarLayoutTest {
    private final FilterModel filter = new FilterModel();
    private StackPane root;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        filter.setCatalog(BundledCatalog.get());
        root = new StackPane(new FilterBar(filter).node());
        stage.setScene(new Scene(root, 1100, 200));
        stage.show();
    }

    @Test
    void thePickersKeepTheirWidthAndTheTextSearchGivesWay(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[] {"#city-filter", "#province-filter", "#kind-filter", "#org-type-filter"}) {
            Region picker = robot.lookup(id).queryAs(Region.class);
            assertThat(picker.getWidth()).as(id).isEqualTo(picker.prefWidth(-1));
        }
        TextField search = robot.lookup("#text-filter").queryAs(TextField.class);
        assertThat(search.getWidth()).isLessThan(search.prefWidth(-1));
        Region text = robot.lookup("#text-filter").queryAs(Region.class);
        assertThat(text.localToScene(text.getBoundsInLocal()).getMaxX()).isLessThanOrEqualTo(1100);
        assertThat(robot.lookup("#filter-count").queryAs(Labeled.class).getText()).isEqualTo("23 of 23 initiatives");
    }
}

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
import static org.assertj.core.api.Assertions.within;

/** The filter bar keeps every picker at its full width; in a narrow window it wraps rather than push controls out. */
@ExtendWith(ApplicationExtension.class)
class FilterBarLayoutTest {
    private final FilterModel filter = new FilterModel();
    private StackPane root;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        filter.setCatalog(BundledCatalog.get());
        root = new StackPane(new FilterBar(filter).node());
        stage.setScene(new Scene(root, 1200, 200));
        stage.sizeToScene();
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
        assertThat(text.localToScene(text.getBoundsInLocal()).getMaxX()).isLessThanOrEqualTo(1200);
        assertThat(robot.lookup("#filter-count").queryAs(Labeled.class).getText()).isEqualTo("23 of 23 initiatives");
    }

    @Test
    void inANarrowWindowTheDatesAndTheTextSearchWrapToASecondRowAndComeBackWhenItWidens(FxRobot robot) {
        Region search = robot.lookup("#text-filter").queryAs(Region.class);
        Region city = robot.lookup("#city-filter").queryAs(Region.class);
        double oneRowY = search.localToScene(search.getBoundsInLocal()).getMinY();
        assertThat(oneRowY).isCloseTo(city.localToScene(city.getBoundsInLocal()).getMinY(), within(4.0));

        robot.interact(() -> stage.setWidth(820)); // the narrowest the application window gets
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[] {"#city-filter", "#province-filter", "#kind-filter", "#org-type-filter",
                "#from-filter", "#to-filter", "#text-filter"}) {
            Region r = robot.lookup(id).queryAs(Region.class);
            assertThat(r.isVisible()).as(id).isTrue();
            assertThat(r.localToScene(r.getBoundsInLocal()).getMaxX()).as(id).isLessThanOrEqualTo(root.getWidth());
            assertThat(r.getWidth()).as(id).isGreaterThanOrEqualTo(r.minWidth(-1) - 0.5);
        }
        assertThat(search.localToScene(search.getBoundsInLocal()).getMinY()).isGreaterThan(oneRowY + 20);

        robot.interact(() -> stage.setWidth(1400));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(search.localToScene(search.getBoundsInLocal()).getMinY()).isCloseTo(oneRowY, within(4.0));
        robot.interact(() -> stage.setWidth(1200));
    }
}


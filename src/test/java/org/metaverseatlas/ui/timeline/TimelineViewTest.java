package org.metaverseatlas.ui.timeline;

import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.metaverseatlas.ui.BundledCatalog;
import org.metaverseatlas.ui.state.FilterModel;
import org.metaverseatlas.ui.state.SelectionModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    private final FilterModel filter = new FilterModel();
    private final SelectionModel selection = new SelectionModel();
    private TimelineView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        filter.setCatalog(BundledCatalog.get());
        view = new TimelineView(filter, selection);
        stage.setScene(new Scene(new BorderPane((Parent) view.node()), 1200, 600));
        stage.show();
    }

    @org.junit.jupiter.api.AfterEach
    void restoreTheSharedStage(FxRobot robot) {
        robot.interact(() -> stage.sizeToScene());
    }

    private double[] heights(FxRobot robot) {
        double[][] box = new double[1][];
        robot.interact(() -> box[0] = view.legendHeights());
        return box[0];
    }

    @Test
    void theLegendShowsAllItsRowsAfterTheWindowNarrowsAndWidensAgain(FxRobot robot) {
        double[] wide = heights(robot);
        assertThat(wide[0]).isCloseTo(wide[1], within(0.5));

        robot.interact(() -> stage.setWidth(420));
        double[] narrow = heights(robot);
        assertThat(narrow[1]).as("a narrow legend needs more rows").isGreaterThan(wide[1]);
        assertThat(narrow[0]).isCloseTo(narrow[1], within(0.5));

        robot.interact(() -> stage.setWidth(700));
        double[] middle = heights(robot);
        assertThat(middle[0]).isCloseTo(middle[1], within(0.5));
    }

    @Test
    void aHighlightedOrganizationIsNamedWithItsCountAndOneClickEndsTheHighlight(FxRobot robot) {
        javafx.scene.control.Button chip = robot.lookup("#timeline-focus").queryButton();
        assertThat(chip.isVisible()).isFalse();

        robot.interact(() -> selection.focus(BundledCatalog.organization("org-hangzhou-normal-university")));
        assertThat(chip.isVisible()).isTrue();
        assertThat(chip.getText()).isEqualTo("Highlighted (1 shown): Hangzhou Normal University");
        assertThat(view.timeline().focusedOrganizationIdProperty().get()).isEqualTo("org-hangzhou-normal-university");
        robot.interact(() -> filter.setCriteria(filter.getCriteria().withText("Guiyang")));
        assertThat(chip.getText()).isEqualTo("Highlighted (0 shown): Hangzhou Normal University");
        assertThat(view.timeline().focusedOrganizationIdProperty().get()).as("nothing to set apart, nothing faded")
                .isNull();

        robot.clickOn(chip);
        assertThat(selection.getOrganization()).isNull();
        assertThat(view.timeline().focusedOrganizationIdProperty().get()).isNull();
        assertThat(chip.isVisible()).isFalse();
    }
}

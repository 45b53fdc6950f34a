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
    void shiftDraggingOnTheOverviewStripBrushesTheDateFilterWhichCanBeMovedAndEscapeClears(FxRobot robot) {
        robot.interact(() -> filter.setCriteria(org.metaverseatlas.model.FilterCriteria.NONE));
        TimelineOverview strip = view.overview();
        javafx.geometry.Bounds b = strip.localToScreen(strip.getBoundsInLocal());
        double y = b.getMinY() + b.getHeight() / 2;
        double[] days = new double[2];
        robot.interact(() -> {
            days[0] = strip.scale().day(b.getWidth() * 0.30);
            days[1] = strip.scale().day(b.getWidth() * 0.55);
        });
        int all = filter.getFiltered().size();

        robot.press(javafx.scene.input.KeyCode.SHIFT);
        robot.drag(b.getMinX() + b.getWidth() * 0.30, y).dropTo(new javafx.geometry.Point2D(b.getMinX() + b.getWidth() * 0.55, y));
        robot.release(javafx.scene.input.KeyCode.SHIFT);

        var c = filter.getCriteria();
        assertThat(c.from()).isNotNull();
        assertThat(c.to()).isNotNull();
        assertThat((double) c.from().toEpochDay()).isCloseTo(days[0], within(3.0));
        assertThat((double) c.to().toEpochDay()).isCloseTo(days[1], within(3.0));
        assertThat(filter.getFiltered()).hasSizeLessThan(all)
                .allMatch(i -> i.date().overlaps(c.from(), c.to()));
        assertThat(strip.brushProperty().get()).as("the brush stays where it was drawn as the timeline refits")
                .isNotNull();
        double[] brushed = strip.brushBounds();
        assertThat(brushed[1] - brushed[0]).as("the strip keeps showing the other years").isLessThan(b.getWidth() * 0.5);

        long before = c.from().toEpochDay();
        double middle = (brushed[0] + brushed[1]) / 2;
        robot.press(javafx.scene.input.KeyCode.SHIFT);
        robot.drag(b.getMinX() + middle, y).dropTo(new javafx.geometry.Point2D(b.getMinX() + middle + 60, y));
        robot.release(javafx.scene.input.KeyCode.SHIFT);
        var moved = filter.getCriteria();
        assertThat(moved.from().toEpochDay()).as("moved later").isGreaterThan(before);
        assertThat(moved.to().toEpochDay() - moved.from().toEpochDay())
                .as("the same length").isCloseTo(c.to().toEpochDay() - c.from().toEpochDay(), within(1L));

        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(filter.getCriteria().from()).isNull();
        assertThat(filter.getCriteria().to()).isNull();
        assertThat(strip.brushProperty().get()).isNull();
        assertThat(filter.getFiltered()).hasSize(all);
    }

    @Test
    void playbackStepsTheVisiblePeriodThroughTimeAndTheKeysPauseAndStep(FxRobot robot) throws Exception {
        robot.interact(() -> filter.setCriteria(org.metaverseatlas.model.FilterCriteria.NONE));
        TimelinePlayback playback = view.playback();
        robot.interact(() -> playback.stepProperty().set(TimelinePlayback.Step.MONTH));
        double first = view.timeline().getIndex().firstDay();
        robot.clickOn("#timeline-play");
        assertThat(playback.isPlaying()).isTrue();
        org.metaverseatlas.render.timeline.TimeWindow started = view.timeline().getWindow();
        assertThat(started.startDay()).isEqualTo(Math.floor(first));
        assertThat(started.length()).as("a window some steps long").isLessThan(200);

        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> view.timeline().getWindow().startDay() > started.startDay());
        robot.clickOn("#timeline");
        robot.type(javafx.scene.input.KeyCode.P);
        assertThat(playback.isPlaying()).isFalse();

        org.metaverseatlas.render.timeline.TimeWindow paused = view.timeline().getWindow();
        java.time.LocalDate pausedStart = java.time.LocalDate.ofEpochDay((long) Math.floor(paused.startDay()));
        robot.type(javafx.scene.input.KeyCode.PERIOD);
        assertThat(java.time.LocalDate.ofEpochDay((long) Math.floor(view.timeline().getWindow().startDay())))
                .isEqualTo(pausedStart.plusMonths(1));
        robot.type(javafx.scene.input.KeyCode.COMMA).type(javafx.scene.input.KeyCode.COMMA);
        assertThat(java.time.LocalDate.ofEpochDay((long) Math.floor(view.timeline().getWindow().startDay())))
                .isEqualTo(pausedStart.minusMonths(1));
        assertThat(view.timeline().getWindow().length()).isCloseTo(paused.length(), within(1e-6));
        robot.interact(() -> view.timeline().fitAll());
    }

    @Test
    void aDateRangeSetInTheFilterShowsAsTheBrushAndAnOpenRangeStaysOpen(FxRobot robot) {
        robot.interact(() -> filter.setCriteria(org.metaverseatlas.model.FilterCriteria.NONE
                .withDates(java.time.LocalDate.of(2022, 3, 1), null)));
        org.metaverseatlas.render.timeline.TimeWindow brush = view.overview().brushProperty().get();
        assertThat(brush).isNotNull();
        assertThat(brush.startDay()).isEqualTo(java.time.LocalDate.of(2022, 3, 1).toEpochDay());
        assertThat(filter.getCriteria().to()).as("showing the brush does not close the range").isNull();
        robot.interact(() -> filter.setCriteria(org.metaverseatlas.model.FilterCriteria.NONE));
        assertThat(view.overview().brushProperty().get()).isNull();
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

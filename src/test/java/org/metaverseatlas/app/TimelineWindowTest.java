package org.metaverseatlas.app;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.metaverseatlas.model.DatePrecision;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.render.timeline.DrawnMark;
import org.metaverseatlas.render.timeline.LaneBand;
import org.metaverseatlas.render.timeline.LaneGrouping;
import org.metaverseatlas.render.timeline.TimeWindow;
import org.metaverseatlas.ui.task.TaskRunner;
import org.metaverseatlas.ui.timeline.TimelineControl;
import org.metaverseatlas.ui.timeline.TimelineOverview;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The timeline in the real window, on the bundled dataset. */
@ExtendWith(ApplicationExtension.class)
class TimelineWindowTest {
    @TempDir
    static Path dataDirectory;
    private AtlasDesktop desktop;

    @Start
    void start(Stage stage) {
        desktop = new AtlasDesktop(stage, dataDirectory, TaskRunner.synchronous());
        desktop.start();
        stage.setWidth(1600);
        stage.setHeight(1000);
    }

    @AfterEach
    void closeStore() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> desktop.stop()).get();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private TimelineControl timeline(FxRobot robot) {
        return robot.lookup("#timeline").queryAs(TimelineControl.class);
    }

    private List<DrawnMark> marks(FxRobot robot) {
        TimelineControl t = timeline(robot);
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(t::visibleMarks);
    }

    private Set<String> markIds(FxRobot robot) {
        return marks(robot).stream().map(DrawnMark::initiativeId).collect(Collectors.toSet());
    }

    private Point2D onCanvas(FxRobot robot, double x, double y) {
        Node canvas = timeline(robot).lookup(".timeline-canvas");
        return canvas.localToScreen(x, y);
    }

    private DrawnMark markOf(FxRobot robot, String title) {
        return marks(robot).stream().filter(m -> m.initiative().title().startsWith(title)).findFirst().orElseThrow();
    }

    private Initiative initiative(String title) {
        return desktop.filter().getCatalog().initiatives().stream().filter(i -> i.title().startsWith(title))
                .findFirst().orElseThrow();
    }

    private void chooseCity(FxRobot robot, String name) {
        robot.clickOn("#city-filter");
        robot.clickOn("#city-search").eraseText(20).write(name).type(KeyCode.ENTER).type(KeyCode.ESCAPE);
    }

    private String shownTooltip() {
        WaitForAsyncUtils.waitForFxEvents();
        return Window.getWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> ((Tooltip) w).getText()).findFirst().orElse("");
    }

    @Test
    void windowOpensOnTheTimelineWithEveryInitiativeDrawnAndLabelled(FxRobot robot) {
        List<DrawnMark> marks = marks(robot);
        assertThat(marks).extracting(DrawnMark::initiativeId).doesNotHaveDuplicates()
                .hasSize(desktop.filter().getCatalog().initiatives().size());
        assertThat(marks.stream().filter(m -> m.label() != null).count()).isEqualTo(marks.size());
        TimeWindow w = timeline(robot).getWindow();
        assertThat(w.startDay()).isLessThan(LocalDate.of(2021, 10, 1).toEpochDay());
        assertThat(w.endDay()).isGreaterThan(LocalDate.of(2023, 3, 21).toEpochDay());
    }

    @Test
    void lanesWithoutACityAreNamedForTheirScopeAndUnknownPlacesComeLast(FxRobot robot) {
        List<String> titles = onFx(() -> timeline(robot).currentLayout().bands().stream()
                .map(b -> b.lane().title()).toList());
        assertThat(titles).contains("Zhejiang (province-wide)", "National", "Guiyang", "Guangzhou")
                .endsWith("Place unknown");
        assertThat(titles.get(0)).isEqualTo("Beijing");
    }

    @Test
    void choosingACityInTheFilterBarLeavesExactlyItsMarks(FxRobot robot) {
        chooseCity(robot, "Guiyang");
        Set<String> guiyang = desktop.filter().getCatalog().initiatives().stream()
                .filter(i -> i.place().city() != null && i.place().city().nameEn().equals("Guiyang"))
                .map(Initiative::id).collect(Collectors.toSet());
        assertThat(guiyang).hasSize(2);
        assertThat(markIds(robot)).isEqualTo(guiyang);
    }

    @Test
    void ctrlLOpensTheCityListFromTheKeyboardAndEnterChoosesTheFirstMatch(FxRobot robot) {
        robot.clickOn("#timeline");
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("zhangj").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desktop.filter().getFiltered()).hasSize(2)
                .allMatch(i -> i.place().city().nameEn().equals("Zhangjiajie"));
        assertThat(marks(robot)).hasSize(2);
    }

    @Test
    void ctrlFPutsTheCursorInTheTextSearch(FxRobot robot) {
        robot.clickOn("#timeline");
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("海珠").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(desktop.filter().getCriteria().text()).isEqualTo("海珠");
        assertThat(desktop.filter().getFiltered()).isNotEmpty()
                .allMatch(i -> i.searchText().contains("海珠"));
    }

    @Test
    void choosingSeveralCitiesShowsJustTheirLanes(FxRobot robot) {
        chooseCity(robot, "Guiyang");
        chooseCity(robot, "Zhangjiajie");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> titles = onFx(() -> timeline(robot).currentLayout().bands().stream()
                .map(LaneBand::lane).map(l -> l.title()).toList());
        assertThat(titles).containsExactly("Zhangjiajie", "Guiyang");
        assertThat(marks(robot)).hasSize(4);
    }

    @Test
    void plusZoomsInAboutTheMiddleArrowsPanAndHomeFitsAll(FxRobot robot) {
        TimelineControl t = timeline(robot);
        robot.clickOn(t);
        TimeWindow fit = t.getWindow();
        robot.type(KeyCode.ADD);
        TimeWindow zoomed = t.getWindow();
        assertThat(zoomed.length()).isCloseTo(fit.length() / 1.5, within(0.01));
        assertThat(zoomed.center()).isCloseTo(fit.center(), within(0.01));
        robot.type(KeyCode.RIGHT);
        assertThat(t.getWindow().startDay()).isCloseTo(zoomed.startDay() + zoomed.length() * 0.2, within(0.01));
        robot.type(KeyCode.MINUS);
        assertThat(t.getWindow().length()).isCloseTo(fit.length(), within(0.01));
        robot.type(KeyCode.HOME);
        assertThat(t.getWindow()).isEqualTo(fit);
    }

    @Test
    void wheelZoomsAboutThePointer(FxRobot robot) {
        TimelineControl t = timeline(robot);
        double x = 400;
        double before = t.currentLayout().scale().day(x);
        double length = t.getWindow().length();
        robot.moveTo(onCanvas(robot, x, 200)).scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        // Three notches zoom by 1.2 to the third, in or out depending on the platform's wheel direction.
        double ratio = length / t.getWindow().length();
        assertThat(Math.max(ratio, 1 / ratio)).isCloseTo(Math.pow(1.2, 3), within(0.01));
        assertThat(onFx(() -> t.currentLayout().scale().day(x))).isCloseTo(before, within(0.5));
    }

    @Test
    void draggingPansAndDoubleClickZoomsIn(FxRobot robot) {
        TimelineControl t = timeline(robot);
        TimeWindow before = t.getWindow();
        double daysPerPixel = t.currentLayout().scale().daysPerPixel();
        robot.drag(onCanvas(robot, 420, 60), MouseButton.PRIMARY).dropTo(onCanvas(robot, 320, 60));
        assertThat(t.getWindow().startDay()).isCloseTo(before.startDay() + 100 * daysPerPixel, within(2 * daysPerPixel));
        TimeWindow panned = t.getWindow();
        robot.doubleClickOn(onCanvas(robot, 420, 60), MouseButton.PRIMARY);
        assertThat(t.getWindow().length()).isLessThan(panned.length() * 0.75);
    }

    @Test
    @SuppressWarnings("unchecked")
    void clickingAMarkSelectsItAndTheTableFollows(FxRobot robot) {
        DrawnMark mark = markOf(robot, "Guiyang metaverse study seminar");
        robot.clickOn(onCanvas(robot, mark.centerX(), mark.centerY()));
        assertThat(desktop.selection().getInitiative().id()).isEqualTo(mark.initiativeId());
        TableView<Initiative> table = robot.lookup("#initiative-table").queryAs(TableView.class);
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(mark.initiativeId());
    }

    @Test
    void theKeyboardCursorShowsOnlyWhileTheTimelineHasTheFocus(FxRobot robot) {
        DrawnMark mark = markOf(robot, "Guiyang metaverse study seminar");
        robot.clickOn(onCanvas(robot, mark.centerX(), mark.centerY()));
        TimelineControl t = timeline(robot);
        assertThat(t.drawnKeyboardCursor()).extracting(Initiative::id).isEqualTo(mark.initiativeId());
        robot.interact(() -> robot.lookup("#text-filter").query().requestFocus());
        robot.interact(() -> desktop.selection().select(null));
        assertThat(t.getKeyboardCursor()).as("kept for the next Tab").isNotNull();
        assertThat(t.drawnKeyboardCursor()).isNull();
    }

    @Test
    void tabAndArrowsMoveBetweenInitiativesAndEnterSelects(FxRobot robot) {
        TimelineControl t = timeline(robot);
        robot.interact(t::requestFocus);
        List<Initiative> all = desktop.filter().getFiltered();
        robot.type(KeyCode.TAB);
        assertThat(t.getKeyboardCursor()).isEqualTo(all.get(0));
        robot.type(KeyCode.DOWN).type(KeyCode.TAB);
        assertThat(t.getKeyboardCursor()).isEqualTo(all.get(2));
        robot.type(KeyCode.UP);
        assertThat(t.getKeyboardCursor()).isEqualTo(all.get(1));
        assertThat(desktop.selection().getInitiative()).isNull();
        robot.type(KeyCode.ENTER);
        assertThat(desktop.selection().getInitiative()).isEqualTo(all.get(1));
    }

    @Test
    void theTooltipOfAMonthPrecisionInitiativeSaysOnlyTheMonthIsKnown(FxRobot robot) {
        DrawnMark mark = markOf(robot, "First Metaverse Conference held in Beijing");
        assertThat(mark.initiative().date().precision()).isEqualTo(DatePrecision.MONTH);
        robot.moveTo(onCanvas(robot, mark.centerX(), mark.centerY()));
        assertThat(shownTooltip()).startsWith("First Metaverse Conference held in Beijing\nOctober 2021")
                .contains("only the month is known").contains("Place: Beijing");
    }

    @Test
    void theTooltipOfAReportedByInitiativeSaysReportedBy(FxRobot robot) {
        DrawnMark mark = markOf(robot, "WinSing Animation");
        assertThat(mark.initiative().date().precision()).isEqualTo(DatePrecision.REPORTED_BY);
        robot.moveTo(onCanvas(robot, mark.centerX(), mark.centerY()));
        assertThat(shownTooltip()).contains("reported by 20 March 2023").contains("Place unknown")
                .contains("Organizations: ");
    }

    @Test
    void aSelectionMadeElsewhereScrollsTheTimelineToIt(FxRobot robot) {
        TimelineControl t = timeline(robot);
        robot.interact(() -> t.show(LocalDate.of(2021, 11, 1).toEpochDay(), LocalDate.of(2021, 12, 1).toEpochDay()));
        Initiative later = initiative("Haizhu Metaverse Innovation Industry Alliance");
        assertThat(markIds(robot)).doesNotContain(later.id());
        robot.interact(() -> desktop.selection().select(later));
        assertThat(t.getWindow().overlaps(later.date().start().toEpochDay(), later.date().end().toEpochDay() + 1)).isTrue();
        assertThat(markIds(robot)).contains(later.id());
    }

    @Test
    void anEmptyResultSaysWhyAndOffersToClearTheFilters(FxRobot robot) {
        robot.interact(() -> desktop.filter().setCriteria(desktop.filter().getCriteria().withText("no such initiative")));
        assertThat(robot.lookup("#timeline-empty").query().isVisible()).isTrue();
        assertThat(robot.lookup("#timeline-empty-reason").queryLabeled().getText()).contains("no such initiative");
        assertThat(marks(robot)).isEmpty();
        robot.clickOn("#timeline-clear-filters");
        assertThat(desktop.filter().getCriteria().isEmpty()).isTrue();
        assertThat(robot.lookup("#timeline-empty").query().isVisible()).isFalse();
        assertThat(marks(robot)).hasSize(desktop.filter().getCatalog().initiatives().size());
    }

    @Test
    void oneEmptyResultAfterAnotherNamesTheFilterNowInForceAndOffersCloseMatches(FxRobot robot) {
        robot.interact(() -> desktop.filter().setCriteria(desktop.filter().getCriteria().withText("Guangzou")));
        robot.interact(() -> desktop.filter().setCriteria(desktop.filter().getCriteria().withText("Haizu")));
        assertThat(robot.lookup("#timeline-empty-reason").queryLabeled().getText()).contains("Haizu")
                .doesNotContain("Guangzou");
        robot.clickOn("Haizhu");
        assertThat(desktop.filter().getCriteria().text()).isEqualTo("Haizhu");
        assertThat(desktop.filter().getFiltered()).isNotEmpty();
        assertThat(robot.lookup("#map-empty").query().isVisible()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGroupingSwitchMakesLanesOfKinds(FxRobot robot) {
        ComboBox<LaneGrouping> grouping = robot.lookup("#timeline-grouping").queryAs(ComboBox.class);
        robot.interact(() -> grouping.setValue(LaneGrouping.KIND));
        List<String> titles = onFx(() -> timeline(robot).currentLayout().bands().stream()
                .map(b -> b.lane().title()).toList());
        assertThat(titles).startsWith("Committee", "Alliance").contains("Launch", "Plan");
        assertThat(marks(robot)).hasSize(desktop.filter().getCatalog().initiatives().size());
    }

    @Test
    void draggingTheOverviewWindowMovesTheVisibleRange(FxRobot robot) {
        TimelineControl t = timeline(robot);
        // Zoomed in about the middle of the data, which is the middle of the overview.
        robot.interact(() -> t.zoomAbout(4, (t.getIndex().firstDay() + t.getIndex().lastDay()) / 2));
        TimeWindow before = t.getWindow();
        TimelineOverview overview = robot.lookup("#timeline-overview").queryAs(TimelineOverview.class);
        Canvas strip = (Canvas) overview.getChildrenUnmodifiable().get(0);
        double middle = strip.getWidth() / 2;
        double y = strip.getHeight() / 2;
        robot.drag(strip.localToScreen(middle, y), MouseButton.PRIMARY).dropTo(strip.localToScreen(middle + 60, y));
        assertThat(t.getWindow().startDay()).isGreaterThan(before.startDay() + 10);
        assertThat(t.getWindow().length()).isCloseTo(before.length(), within(0.01));
    }
}

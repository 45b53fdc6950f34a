package org.metaverseatlas.app;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.store.DatasetExport;
import org.metaverseatlas.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@ExtendWith(ApplicationExtension.class)
class AtlasDesktopTest {
    @TempDir
    static Path dataDirectory;
    private AtlasDesktop desktop;

    @Start
    void start(Stage stage) {
        desktop = new AtlasDesktop(stage, dataDirectory, TaskRunner.synchronous());
        desktop.start();
    }

    @AfterEach
    void closeStore() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> desktop.stop()).get();
    }

    @Test
    void windowOpensTitledWithTheBundledInitiativesInTheTable(FxRobot robot) {
        TableView<?> table = robot.lookup("#initiative-table").queryAs(TableView.class);
        assertThat(desktop.stage().getTitle()).isEqualTo("Metaverse Atlas");
        assertThat(table.getItems()).hasSize(desktop.filter().getCatalog().initiatives().size()).hasSizeGreaterThan(20);
    }

    @Test
    @SuppressWarnings("unchecked")
    void checkingACityInTheFilterBarNarrowsTheTableToThatCity(FxRobot robot) {
        robot.clickOn("#city-filter");
        robot.clickOn("#city-search").write("Guiyang").type(KeyCode.ENTER).type(KeyCode.ESCAPE);

        TableView<Initiative> table = robot.lookup("#initiative-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(i -> i.place().city().nameEn()).containsExactly("Guiyang", "Guiyang");
        assertThat(robot.lookup("#filter-count").queryLabeled().getText()).startsWith("2 of ");
    }

    @Test
    void exportDataWritesTheFilteredInitiativesAndSaysWhereAnUnwritableFileFailed(FxRobot robot, @TempDir Path folder)
            throws Exception {
        robot.clickOn("#city-filter");
        robot.clickOn("#city-search").write("Guiyang").type(KeyCode.ENTER).type(KeyCode.ESCAPE);
        Path file = folder.resolve("guiyang.csv");
        WaitForAsyncUtils.asyncFx(() -> desktop.exportData(desktop.filter().getCatalog(), desktop.filter().getFiltered(),
                DatasetExport.Format.CSV, file)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(java.nio.file.Files.readAllLines(file)).hasSize(3).allMatch(l -> l.startsWith("id,") || l.contains("Guiyang"));
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains("Wrote 2 initiatives to", file.toString());

        Path blocked = java.nio.file.Files.writeString(folder.resolve("plain"), "x").resolve("out.json");
        WaitForAsyncUtils.asyncFx(() -> desktop.exportData(desktop.filter().getCatalog(), desktop.filter().getFiltered(),
                DatasetExport.Format.JSON, blocked)); // the alert waits for its OK
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#atlas-alert").tryQuery().isPresent());
        assertThat(robot.lookup("#atlas-alert").queryAs(javafx.scene.control.DialogPane.class).getHeaderText())
                .contains(blocked.toString());
        robot.type(KeyCode.ENTER);
    }

    @Test
    void theMapFollowsTheTimelinesWindowUntilItsButtonTurnsThatOff(FxRobot robot) {
        org.metaverseatlas.ui.map.MapControl map = robot.lookup("#map").queryAs(org.metaverseatlas.ui.map.MapControl.class);
        int all = desktop.filter().getFiltered().size();
        assertThat(map.getShown()).as("the timeline fits the data").hasSize(all);

        java.time.LocalDate from = java.time.LocalDate.of(2021, 11, 1);
        java.time.LocalDate to = java.time.LocalDate.of(2021, 11, 30);
        robot.interact(() -> robot.lookup("#timeline").queryAs(org.metaverseatlas.ui.timeline.TimelineControl.class)
                .setWindow(org.metaverseatlas.render.timeline.TimeWindow.of(from, to.plusDays(1))));
        assertThat(map.getShown()).hasSizeLessThan(all).isNotEmpty().allMatch(i -> i.date().overlaps(from, to));
        assertThat(desktop.filter().getFiltered()).as("the filters do not change").hasSize(all);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.drawnInitiatives()).isSameAs(map.getShown());

        robot.clickOn("#map-follow-timeline");
        assertThat(map.followTimelineProperty().get()).isFalse();
        assertThat(map.getShown()).hasSize(all);
        robot.clickOn("#map-follow-timeline");
        assertThat(map.getShown()).hasSizeLessThan(all);
        robot.interact(() -> robot.lookup("#timeline").queryAs(org.metaverseatlas.ui.timeline.TimelineControl.class).fitAll());
        assertThat(map.getShown()).hasSize(all);
    }

    @Test
    void exportPictureDrawsTheTimelineAsShownIntoAPng(FxRobot robot, @TempDir Path folder) throws Exception {
        Path file = folder.resolve("timeline.png");
        WaitForAsyncUtils.asyncFx(() -> desktop.exportPicture(new org.metaverseatlas.export.ImageExport.TimelinePicture(
                desktop.filter().getFiltered(), org.metaverseatlas.render.timeline.TimelineRenderer.fitAll(
                        desktop.filter().getFiltered(), org.metaverseatlas.render.timeline.LaneGrouping.CITY)),
                "timeline", 640, 400, org.metaverseatlas.export.ImageExport.Format.PNG, 2, file)).get();
        WaitForAsyncUtils.waitForFxEvents();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains("Wrote the timeline to", file.toString());
    }

    @Test
    void theWindowComesBackAsItWasLeftOnTheSameDataFolder(FxRobot robot, @TempDir Path folder) throws Exception {
        try {
            WaitForAsyncUtils.asyncFx(() -> {
                AtlasDesktop first = new AtlasDesktop(new Stage(), folder, TaskRunner.synchronous());
                first.rememberLayout();
                first.start();
                first.stage().setWidth(1234);
                first.stage().setHeight(777);
                first.window().showViews(false, true);
                first.window().setDark(true);
                first.stop();
                first.stage().hide();
            }).get();
            assertThat(folder.resolve("window.properties")).exists();

            AtlasDesktop second = WaitForAsyncUtils.asyncFx(() -> {
                AtlasDesktop d = new AtlasDesktop(new Stage(), folder, TaskRunner.synchronous());
                d.rememberLayout();
                d.start();
                return d;
            }).get();
            assertThat(second.stage().getWidth()).isEqualTo(1234);
            assertThat(second.stage().getHeight()).isEqualTo(777);
            assertThat(second.window().isDark()).isTrue();
            assertThat(second.window().shownViews()).isEqualTo(org.metaverseatlas.ui.shell.WindowSettings.ShownViews.MAP);
            WaitForAsyncUtils.asyncFx(() -> {
                second.window().showNetwork();
                second.stop();
                second.stage().hide();
            }).get();

            AtlasDesktop third = WaitForAsyncUtils.asyncFx(() -> {
                AtlasDesktop d = new AtlasDesktop(new Stage(), folder, TaskRunner.synchronous());
                d.rememberLayout();
                d.start();
                return d;
            }).get();
            assertThat(third.window().shownViews()).as("the network comes back too")
                    .isEqualTo(org.metaverseatlas.ui.shell.WindowSettings.ShownViews.NETWORK);
            WaitForAsyncUtils.asyncFx(() -> {
                third.stop();
                third.stage().hide();
            }).get();
        } finally {
            WaitForAsyncUtils.asyncFx(() -> javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet())).get();
        }
    }

    @Test
    void dividersComeBackWhereTheyWereLaunchAfterLaunch(@TempDir Path folder) throws Exception {
        java.nio.file.Files.writeString(folder.resolve("window.properties"), "width=1300\nheight=850\n"
                + "views=BOTH\nviewsDivider=0.45\nmainDivider=0.654\nouterDivider=0.638\n");
        for (int launch = 0; launch < 3; launch++) {
            org.metaverseatlas.ui.shell.WindowSettings kept = WaitForAsyncUtils.asyncFx(() -> {
                AtlasDesktop d = new AtlasDesktop(new Stage(), folder, TaskRunner.synchronous());
                d.rememberLayout();
                d.start();
                d.stop();
                d.stage().hide();
                return org.metaverseatlas.ui.shell.WindowSettings.load(folder).orElseThrow();
            }).get();
            assertThat(kept.outerDivider()).as("launch %d", launch).isCloseTo(0.638, within(0.005));
            assertThat(kept.mainDivider()).as("launch %d", launch).isCloseTo(0.654, within(0.005));
            assertThat(kept.viewsDivider()).as("launch %d", launch).isCloseTo(0.45, within(0.005));
        }
    }

    @Test
    void aWindowThatDoesNotRememberLeavesNothingInTheDataFolder() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> desktop.stop()).get();
        assertThat(dataDirectory.resolve("window.properties")).doesNotExist();
    }
}

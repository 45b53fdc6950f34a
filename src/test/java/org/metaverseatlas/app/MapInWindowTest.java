package org.metaverseatlas.app;

import javafx.geometry.Point2D;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.render.map.MapMarker;
import org.metaverseatlas.ui.map.MapControl;
import org.metaverseatlas.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The map inside the real window: it shares the filter and the selection with the table. */
@ExtendWith(ApplicationExtension.class)
class MapInWindowTest {
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

    private MapMarker marker(FxRobot robot, String city) {
        WaitForAsyncUtils.waitForFxEvents();
        MapControl map = robot.lookup("#map").queryAs(MapControl.class);
        return map.visibleMarkers().stream().filter(m -> !m.isCluster() && m.mainCity().city().nameEn().equals(city))
                .findFirst().orElseThrow(() -> new AssertionError("no marker for " + city));
    }

    private Point2D onScreen(FxRobot robot, MapMarker m) {
        return robot.lookup("#map").query().localToScreen(m.x(), m.y());
    }

    @Test
    void theMapShowsTheBundledInitiativesOnceTheWindowIsUp(FxRobot robot) {
        MapControl map = robot.lookup("#map").queryAs(MapControl.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.getRenderer()).isNotNull();
        assertThat(map.visibleMarkers()).isNotEmpty();
        assertThat(map.cjkFontFamilyProperty().get()).isNotBlank();
    }

    @Test
    @SuppressWarnings("unchecked")
    void clickingACityOnTheMapNarrowsTheTable(FxRobot robot) {
        robot.clickOn(onScreen(robot, marker(robot, "Zhangjiajie")), MouseButton.PRIMARY);
        TableView<Initiative> table = robot.lookup("#initiative-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2).allMatch(i -> i.place().city().nameEn().equals("Zhangjiajie"));
        assertThat(robot.lookup("#filter-count").queryLabeled().getText()).startsWith("2 of ");
    }

    @Test
    @SuppressWarnings("unchecked")
    void selectionStaysInStepBetweenTheMapAndTheTable(FxRobot robot) {
        MapMarker beijing = marker(robot, "Beijing");
        robot.clickOn(onScreen(robot, beijing), MouseButton.PRIMARY);
        TableView<Initiative> table = robot.lookup("#initiative-table").queryAs(TableView.class);
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(beijing.initiatives().get(0));

        Initiative other = desktop.filter().getCatalog().initiatives().stream()
                .filter(i -> i.place().city() != null && i.place().city().nameEn().equals("Hangzhou")).findFirst().orElseThrow();
        robot.interact(() -> desktop.filter().clear());
        robot.interact(() -> table.getSelectionModel().select(other));
        WaitForAsyncUtils.waitForFxEvents();
        MapControl map = robot.lookup("#map").queryAs(MapControl.class);
        assertThat(map.lastLayout().orElseThrow().selected().cityIds()).containsExactly(other.place().city().id());
    }
}

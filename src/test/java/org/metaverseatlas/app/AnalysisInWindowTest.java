package org.metaverseatlas.app;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.metaverseatlas.render.statistics.ChartArea;
import org.metaverseatlas.ui.network.NetworkControl;
import org.metaverseatlas.ui.statistics.StatisticsView;
import org.metaverseatlas.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The network and the statistics inside the real window, sharing its filter and selection. */
@ExtendWith(ApplicationExtension.class)
class AnalysisInWindowTest {
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
    void ctrl4ShowsTheNetworkInPlaceOfTheTimelineAndTheMapAndCtrl1BringsThemBack(FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> desktop.stage().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        NetworkControl network = robot.lookup("#network").queryAs(NetworkControl.class);
        assertThat(network.getScene()).isNotNull();
        assertThat(robot.lookup("#timeline").tryQuery()).isEmpty();
        assertThat(network.drawing().layout().graph().nodes()).isNotEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#network").tryQuery()).isEmpty();
        assertThat(robot.lookup("#map").tryQuery()).isPresent();
    }

    @Test
    void aStatisticsBarFiltersTheWindowsTable(FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> desktop.window().showStatistics());
        WaitForAsyncUtils.waitForFxEvents();
        StatisticsView statistics = robot.lookup("#statistics").queryAs(StatisticsView.class);
        ChartArea bar = statistics.drawnAreas().stream().filter(a -> a.row().filterable()).findFirst().orElseThrow();
        robot.clickOn(statistics.localToScreen(bar.x() + Math.min(bar.width() / 2, 60), bar.y() + bar.height() / 2));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#initiative-table").queryTableView();
        assertThat(table.getItems()).hasSize(bar.count());
        assertThat(desktop.filter().getFiltered()).hasSize(bar.count());
    }
}

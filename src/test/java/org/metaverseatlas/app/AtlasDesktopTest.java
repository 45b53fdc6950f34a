package org.metaverseatlas.app;

import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

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
}

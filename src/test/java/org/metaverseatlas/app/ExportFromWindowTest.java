package org.metaverseatlas.app;

import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.metaverseatlas.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ExportFromWindowTest {
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
        WaitForAsyncUtils.asyncFx(() -> {
            Window.getWindows().stream().filter(w -> w != desktop.stage()).toList().forEach(Window::hide);
            desktop.stop();
        }).get();
    }

    @Test
    void shortcutEOpensTheExportDialogOverTheWindow(FxRobot robot) {
        robot.interact(() -> desktop.stage().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        Button export = robot.lookup("#export-button").queryAs(Button.class);
        assertThat(export.getScene().getWindow()).isNotSameAs(desktop.stage());
        assertThat(export.getScene().getWindow().isShowing()).isTrue();
        assertThat(robot.lookup("#export-filters").queryLabeled().getText()).contains("23 initiatives");
    }
}

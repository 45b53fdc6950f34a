package org.metaverseatlas.app;

import javafx.application.Application;
import javafx.stage.Stage;
import org.metaverseatlas.store.DataDirectory;
import org.metaverseatlas.ui.task.FxTaskRunner;

import java.nio.file.Path;

/** The JavaFX application: opens the window on the data folder given as {@code --data-dir=DIR}. */
public final class AtlasApplication extends Application {
    private AtlasDesktop desktop;

    @Override
    public void start(Stage stage) {
        StartupTrace.reached(StartupTrace.Phase.JAVAFX_STARTED);
        String dir = getParameters().getNamed().get("data-dir");
        Path dataDirectory = DataDirectory.resolve(dir == null ? null : Path.of(dir));
        desktop = new AtlasDesktop(stage, dataDirectory, new FxTaskRunner());
        desktop.useStartupLoad(StartupLoad.take(dataDirectory));
        desktop.setLinkOpener(getHostServices()::showDocument);
        desktop.rememberLayout();
        desktop.start();
    }

    @Override
    public void stop() {
        if (desktop != null) {
            desktop.stop();
        }
    }
}

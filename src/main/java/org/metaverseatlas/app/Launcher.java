package org.metaverseatlas.app;

import javafx.application.Application;

import java.nio.file.Path;

/**
 * Entry point of {@code java -jar metaverse-atlas.jar} and {@code mvn javafx:run}. Not an {@link Application}
 * itself, so that JavaFX can start from the class path. With no command it opens the window; otherwise it runs
 * the command line.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(AtlasCommandLine.run(args, Launcher::openWindow));
    }

    private static int openWindow(Path dataDirectory) {
        Application.launch(AtlasApplication.class,
                dataDirectory == null ? new String[0] : new String[] {"--data-dir=" + dataDirectory});
        return 0;
    }
}

package org.metaverseatlas.app;

import javafx.application.Application;

import org.metaverseatlas.store.DataDirectory;

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
        Path windowOnly = windowOnlyDataDirectory(args);
        if (windowOnly != null || args.length == 0) {
            // The most common start: go straight to the window, without loading the command-line parser first.
            System.exit(openWindow(windowOnly));
        }
        System.exit(AtlasCommandLine.run(args, Launcher::openWindow));
    }

    /** The folder of {@code --data-dir DIR} or {@code --data-dir=DIR} when that is the only argument, else null. */
    static Path windowOnlyDataDirectory(String[] args) {
        if (args.length == 2 && args[0].equals("--data-dir") && !args[1].startsWith("-")) {
            return Path.of(args[1]);
        }
        if (args.length == 1 && args[0].startsWith("--data-dir=") && args[0].length() > "--data-dir=".length()) {
            return Path.of(args[0].substring("--data-dir=".length()));
        }
        return null;
    }

    private static int openWindow(Path dataDirectory) {
        StartupTrace.begin();
        // The store, its catalog and the map geometry load on their own threads while the toolkit starts.
        StartupLoad.begin(DataDirectory.resolve(dataDirectory));
        Application.launch(AtlasApplication.class,
                dataDirectory == null ? new String[0] : new String[] {"--data-dir=" + dataDirectory});
        return 0;
    }
}

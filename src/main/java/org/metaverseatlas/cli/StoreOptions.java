package org.metaverseatlas.cli;

import org.metaverseatlas.store.AtlasStore;
import org.metaverseatlas.store.DataDirectory;
import org.metaverseatlas.store.StoreException;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;

/** The {@code --data-dir} option every command shares, and opening the store it names. */
public final class StoreOptions {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data folder (default: $METAVERSE_ATLAS_HOME, else the per-user data folder).")
    Path dataDir;

    public Path directory() {
        return DataDirectory.resolve(dataDir);
    }

    /** Opens the store, telling the user on standard error about a first load or a damaged file moved aside. */
    public AtlasStore open(PrintWriter err) throws StoreException {
        AtlasStore store = AtlasStore.open(directory(), (message, fraction) -> { });
        AtlasStore.OpenReport report = store.report();
        report.backup().ifPresent(b -> err.println("The database could not be opened; it was moved to " + b
                + " and rebuilt from the bundled dataset."));
        if (report.bundledLoaded()) {
            err.println("Loaded the bundled dataset (version " + report.bundledVersion() + ") into " + store.directory());
        }
        err.flush();
        return store;
    }
}

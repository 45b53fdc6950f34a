package org.metaverseatlas.cli;

import org.metaverseatlas.store.AtlasStore;
import org.metaverseatlas.store.DataDirectory;
import org.metaverseatlas.store.StoreException;
import org.metaverseatlas.store.StoreLockedException;
import org.metaverseatlas.store.StoreSnapshot;
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

    /**
     * Opens the store to read it. When another process (an open window) holds the data folder, reads a copy of its
     * database taken now instead, and says so on standard error.
     */
    public Reading openForReading(PrintWriter err) throws StoreException {
        try {
            return new Reading(open(err), null);
        } catch (StoreLockedException locked) {
            StoreSnapshot snapshot = StoreSnapshot.of(directory());
            err.println("The data folder " + directory() + " is open in another window or command; reading a copy of"
                    + " its data as it is now.");
            err.flush();
            return new Reading(snapshot.store(), snapshot);
        }
    }

    /** A store opened for reading: the data folder's own, or a copy of it. */
    public record Reading(AtlasStore store, StoreSnapshot snapshot) implements AutoCloseable {
        @Override
        public void close() {
            if (snapshot != null) {
                snapshot.close();
            } else {
                store.close();
            }
        }
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

package org.metaverseatlas.store;

import java.nio.file.Path;

/** Another Metaverse Atlas (or another program) has the data folder open. Nothing was changed. */
public class StoreLockedException extends StoreException {
    private final Path dataDirectory;

    public StoreLockedException(Path dataDirectory) {
        super("The data folder " + dataDirectory + " is in use by another Metaverse Atlas window or command."
                + " Close it and try again, or use another folder with --data-dir.");
        this.dataDirectory = dataDirectory;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }
}

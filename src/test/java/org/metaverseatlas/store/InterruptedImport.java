package org.metaverseatlas.store;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link AtlasStoreTest}: starts a large import (one that writes its rows before building their
 * indexes) and kills its own process half-way through the writing, as a crash or a power cut would.
 */
public final class InterruptedImport {
    private InterruptedImport() {
    }

    public static void main(String[] args) throws Exception {
        AtlasStore store = AtlasStore.open(Path.of(args[0]), LoadProgress.NONE);
        store.importFile(Path.of(args[1]), (message, fraction) -> {
            if (message.startsWith("Writing") && fraction >= 0.5 && fraction < 1) {
                Runtime.getRuntime().halt(137);
            }
        });
        System.exit(0);
    }
}

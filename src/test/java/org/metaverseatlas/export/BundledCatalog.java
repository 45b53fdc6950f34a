package org.metaverseatlas.export;

import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.Gazetteer;
import org.metaverseatlas.store.AtlasStore;
import org.metaverseatlas.store.LoadProgress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled dataset as the store reads it, loaded once per test run from a store in a temporary folder. */
public final class BundledCatalog {
    private static Catalog catalog;
    private static Gazetteer gazetteer;

    private BundledCatalog() {
    }

    public static synchronized Catalog catalog() {
        load();
        return catalog;
    }

    public static synchronized Gazetteer gazetteer() {
        load();
        return gazetteer;
    }

    private static void load() {
        if (catalog != null) {
            return;
        }
        try {
            Path folder = Files.createTempDirectory("export-test-store-");
            folder.toFile().deleteOnExit();
            try (AtlasStore store = AtlasStore.open(folder, LoadProgress.NONE)) {
                catalog = store.catalog();
                gazetteer = store.gazetteer();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

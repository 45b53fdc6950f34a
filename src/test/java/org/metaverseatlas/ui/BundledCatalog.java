package org.metaverseatlas.ui;

import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.store.AtlasStore;
import org.metaverseatlas.store.LoadProgress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The catalog of the bundled dataset, read once through the real store from a throwaway data folder. */
public final class BundledCatalog {
    private static Catalog catalog;

    private BundledCatalog() {
    }

    public static synchronized Catalog get() {
        if (catalog == null) {
            catalog = load();
        }
        return catalog;
    }

    public static Initiative initiative(String id) {
        return get().initiative(id).orElseThrow(() -> new AssertionError("no initiative " + id));
    }

    public static Organization organization(String id) {
        return get().organization(id).orElseThrow(() -> new AssertionError("no organization " + id));
    }

    private static Catalog load() {
        Path directory = null;
        try {
            directory = Files.createTempDirectory("atlas-catalog");
            try (AtlasStore store = AtlasStore.open(directory, LoadProgress.NONE)) {
                return store.catalog();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("the bundled dataset did not load", e);
        } finally {
            delete(directory);
        }
    }

    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary folder does no harm to the tests.
        }
    }
}

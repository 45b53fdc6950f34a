package org.metaverseatlas.app;

import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.render.map.MapRenderer;
import org.metaverseatlas.store.AtlasStore;
import org.metaverseatlas.store.LoadProgress;
import org.metaverseatlas.store.StoreDamagedException;
import org.metaverseatlas.store.StoreException;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The slow parts of a launch, begun before the JavaFX toolkit starts, each on its own thread: the store opened and
 * its catalog read, and the map geometry. The window, built meanwhile, takes their results when they are ready.
 */
final class StartupLoad {
    /** An open store with everything it holds. */
    record Opened(AtlasStore store, Catalog catalog) {
    }

    /** The last step of opening, after the store's own. */
    static final String READING = "Reading the initiatives";

    private static volatile StartupLoad pending;

    private final Path dataDirectory;
    private final CompletableFuture<Opened> store = new CompletableFuture<>();
    private final CompletableFuture<MapRenderer> map = new CompletableFuture<>();
    private volatile LoadProgress progress;
    private volatile String lastMessage;
    private volatile double lastFraction = -1;

    private StartupLoad(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    /** Starts opening the store in this folder and reading the map geometry; the window takes them with {@link #take}. */
    static void begin(Path dataDirectory) {
        StartupLoad load = new StartupLoad(dataDirectory);
        pending = load;
        start("metaverse-atlas-store", load.store, () -> {
            try {
                return open(dataDirectory, load::update);
            } catch (StoreException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        start("metaverse-atlas-map", load.map, () -> {
            MapRenderer renderer = MapRenderer.loadBundled();
            StartupTrace.reached(StartupTrace.Phase.MAP_GEOMETRY_READY);
            return renderer;
        });
    }

    /** The load begun for this folder, once; null if none was begun for it (the window then loads by itself). */
    static StartupLoad take(Path dataDirectory) {
        StartupLoad load = pending;
        if (load == null || !load.dataDirectory.equals(dataDirectory)) {
            return null;
        }
        pending = null;
        return load;
    }

    private static <T> void start(String name, CompletableFuture<T> result, Supplier<T> work) {
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e instanceof java.util.concurrent.CompletionException c
                        && c.getCause() != null ? c.getCause() : e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Opens the store and reads its catalog. A store found damaged while reading is kept aside, and the folder starts
     * again from the bundled dataset.
     */
    static Opened open(Path dataDirectory, LoadProgress progress) throws StoreException {
        AtlasStore opened = AtlasStore.open(dataDirectory, progress);
        StartupTrace.reached(StartupTrace.Phase.STORE_OPEN);
        progress.update(READING, -1);
        try {
            Opened result = new Opened(opened, opened.catalog());
            StartupTrace.reached(StartupTrace.Phase.CATALOG_READ);
            return result;
        } catch (StoreDamagedException damaged) {
            AtlasStore rebuilt = opened.rebuild(damaged, (message, fraction) -> { });
            try {
                return new Opened(rebuilt, rebuilt.catalog());
            } catch (RuntimeException | StoreException e) {
                rebuilt.close();
                throw e;
            }
        } catch (RuntimeException | StoreException e) {
            opened.close();
            throw e;
        }
    }

    private void update(String message, double fraction) {
        lastMessage = message;
        lastFraction = fraction;
        LoadProgress sink = progress;
        if (sink != null) {
            sink.update(message, fraction);
        }
    }

    /** Where progress goes from now on; the latest step so far is passed on at once. */
    void reportTo(LoadProgress sink) {
        progress = sink;
        String message = lastMessage;
        if (message != null) {
            sink.update(message, lastFraction);
        }
    }

    /** Waits for the store and its catalog. */
    Opened awaitStore() throws Exception {
        return await(store);
    }

    /** The store and its catalog if they are ready now, else null (also when opening failed). */
    Opened storeIfReady() {
        return store.isDone() && !store.isCompletedExceptionally() ? store.join() : null;
    }

    /** The map geometry if it is ready now, else null. */
    MapRenderer mapIfReady() {
        return map.isDone() && !map.isCompletedExceptionally() ? map.join() : null;
    }

    /** Waits for the map geometry. */
    MapRenderer awaitMap() throws Exception {
        return await(map);
    }

    private static <T> T await(CompletableFuture<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}

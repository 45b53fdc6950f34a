package org.metaverseatlas.app.bench;

import javafx.application.Platform;
import org.metaverseatlas.app.AtlasDesktop;
import org.metaverseatlas.model.Catalog;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * What a probe works with: the dataset size, the catalog, the window (1600x1000, shown, filled with the catalog),
 * a scratch folder, and a way to run code on the FX thread and wait for it.
 */
public final class BenchContext {
    private final int count;
    private final Catalog catalog;
    private final AtlasDesktop desktop;
    private final Path scratch;

    BenchContext(int count, Catalog catalog, AtlasDesktop desktop, Path scratch) {
        this.count = count;
        this.catalog = catalog;
        this.desktop = desktop;
        this.scratch = scratch;
    }

    public int count() {
        return count;
    }

    public Catalog catalog() {
        return catalog;
    }

    public AtlasDesktop desktop() {
        return desktop;
    }

    public Path scratch() {
        return scratch;
    }

    /** Runs on the FX thread and waits for the result. */
    public <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** Runs on the FX thread and waits. */
    public void onFx(Runnable work) throws Exception {
        onFx(() -> {
            work.run();
            return null;
        });
    }
}

package org.metaverseatlas.app.bench;

import javafx.application.Platform;
import javafx.scene.Scene;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Times a change on the FX thread together with the pulse that shows it: the change itself, plus the CSS and layout
 * passes of the next pulse (where views lay out and canvases redraw). The idle wait for that pulse is left out.
 */
final class PulseTimer {
    private final Scene scene;
    private final Runnable beforeLayout = this::beforeLayout;
    private final Runnable afterLayout = this::afterLayout;
    private CompletableFuture<Long> result;
    private long changeNanos;
    private long layoutStart;
    private boolean armed;

    PulseTimer(Scene scene) {
        this.scene = scene;
    }

    /** Installs the pulse listeners; call on the FX thread. */
    PulseTimer install() {
        scene.addPreLayoutPulseListener(beforeLayout);
        scene.addPostLayoutPulseListener(afterLayout);
        return this;
    }

    private void beforeLayout() {
        if (armed) {
            layoutStart = System.nanoTime();
        }
    }

    private void afterLayout() {
        if (armed && layoutStart != 0) {
            armed = false;
            if (Boolean.getBoolean("bench.debug")) { System.err.printf("change %.2f layout %.2f%n", changeNanos / 1e6, (System.nanoTime() - layoutStart) / 1e6); }
            result.complete(changeNanos + System.nanoTime() - layoutStart);
        }
    }

    /** Runs the change on the FX thread, waits for the pulse after it, and returns the nanoseconds of work. */
    long measure(BenchContext context, Runnable change) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        context.onFx(() -> {
            result = done;
            layoutStart = 0;
            long t0 = System.nanoTime();
            change.run();
            changeNanos = System.nanoTime() - t0;
            armed = true;
            Platform.requestNextPulse();
        });
        return done.get(60, TimeUnit.SECONDS);
    }

    /** Removes the pulse listeners; call on the FX thread. */
    void uninstall() {
        scene.removePreLayoutPulseListener(beforeLayout);
        scene.removePostLayoutPulseListener(afterLayout);
    }
}

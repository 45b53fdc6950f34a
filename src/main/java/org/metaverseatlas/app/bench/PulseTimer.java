package org.metaverseatlas.app.bench;

import javafx.application.Platform;
import javafx.scene.Scene;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private CompletableFuture<long[]> result;
    private long changeNanos;
    private long changeCpu;
    private long layoutStart;
    private long layoutCpuStart;
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
            layoutCpuStart = THREADS.getCurrentThreadCpuTime();
        }
    }

    private void afterLayout() {
        if (armed && layoutStart != 0) {
            armed = false;
            result.complete(new long[]{changeNanos + System.nanoTime() - layoutStart,
                    changeCpu + THREADS.getCurrentThreadCpuTime() - layoutCpuStart});
        }
    }

    /**
     * Runs the change on the FX thread, waits for the pulse after it, and returns the nanoseconds of work: elapsed,
     * and the FX thread's CPU time (which leaves out time the thread waited for a core on a busy machine).
     */
    long[] measure(BenchContext context, Runnable change) throws Exception {
        CompletableFuture<long[]> done = new CompletableFuture<>();
        context.onFx(() -> {
            result = done;
            layoutStart = 0;
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            change.run();
            changeNanos = System.nanoTime() - t0;
            changeCpu = THREADS.getCurrentThreadCpuTime() - cpu0;
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

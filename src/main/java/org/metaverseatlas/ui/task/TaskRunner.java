package org.metaverseatlas.ui.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (file and store I/O) away from the FX thread and hands the result back on it. Tests use
 * {@link #synchronous()}, which runs everything at once on the calling thread.
 */
public interface TaskRunner {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * As {@link #run}, for work that touches no store and need not wait behind it (reading bundled resources): it
     * may run alongside the work {@link #run} queues.
     */
    default <T> void runAside(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(work, onSuccess, onFailure);
    }

    /** Runs on the FX thread after the work already queued there (such as showing a window); at once in tests. */
    default void runSoon(Runnable work) {
        work.run();
    }

    static TaskRunner synchronous() {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}

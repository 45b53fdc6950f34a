package org.metaverseatlas.store;

/** Receives progress of long store work: a message for the user and a fraction in [0, 1], or -1 if unknown. */
@FunctionalInterface
public interface LoadProgress {
    LoadProgress NONE = (message, fraction) -> { };

    void update(String message, double fraction);

    /** Whether the user asked to stop; long work checks between its steps and undoes what it did. */
    default boolean isCancelled() {
        return false;
    }
}

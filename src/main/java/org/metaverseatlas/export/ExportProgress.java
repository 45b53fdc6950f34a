package org.metaverseatlas.export;

/**
 * Follows a long export and may stop it: the exporter reports each step and asks {@link #isCancelled()} between
 * pages. Called on the exporting thread.
 */
public interface ExportProgress {
    ExportProgress NONE = (message, fraction) -> { };

    /** {@code fraction} in [0, 1]. */
    void update(String message, double fraction);

    default boolean isCancelled() {
        return false;
    }
}

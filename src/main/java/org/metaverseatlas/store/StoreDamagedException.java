package org.metaverseatlas.store;

/**
 * The store's file turned out damaged while reading it (a part of the file that no longer reads back), after it
 * opened. {@link AtlasStore#rebuild} moves it aside and starts again from the bundled dataset.
 */
public final class StoreDamagedException extends StoreException {
    public StoreDamagedException(String message, Throwable cause) {
        super(message, cause);
    }
}

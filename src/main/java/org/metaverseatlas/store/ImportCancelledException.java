package org.metaverseatlas.store;

/** An import stopped at the user's request before it finished; nothing of it was kept. */
public final class ImportCancelledException extends StoreException {
    public ImportCancelledException(String message) {
        super(message);
    }
}

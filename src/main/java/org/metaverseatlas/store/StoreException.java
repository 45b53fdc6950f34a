package org.metaverseatlas.store;

/** The store cannot do what was asked; the message says what and where. */
public class StoreException extends Exception {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}

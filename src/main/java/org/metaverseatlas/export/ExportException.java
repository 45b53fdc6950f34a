package org.metaverseatlas.export;

/** An export that could not be written; the message names the file and the reason, and no file is left behind. */
public final class ExportException extends Exception {
    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}

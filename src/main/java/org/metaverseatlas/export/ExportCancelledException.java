package org.metaverseatlas.export;

import java.util.concurrent.CancellationException;

/** The user stopped an export; nothing was written. */
public final class ExportCancelledException extends CancellationException {
    public ExportCancelledException(String message) {
        super(message);
    }
}

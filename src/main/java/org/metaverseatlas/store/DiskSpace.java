package org.metaverseatlas.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Tells a write that failed for want of disk space from other failures. H2 reports a full disk as "The database has
 * been closed" once its background writer has given up, so the operating system's words are looked for along the
 * causes, and a closed database on a disk with almost no space left counts as well.
 */
final class DiskSpace {
    /** H2: "The database has been closed". */
    private static final int DATABASE_CLOSED = 90098;
    /** H2: "IO Exception: ...". */
    private static final int IO_EXCEPTION = 90028;
    /** Below this, a closed database is taken for a full disk: H2 needs room for whole chunks, not single bytes. */
    private static final long NEARLY_FULL = 16L * 1024 * 1024;

    private DiskSpace() {
    }

    static boolean ranOut(SQLException e, Path directory) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (saysFull(t.getMessage())) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (saysFull(suppressed.getMessage())) {
                    return true;
                }
            }
        }
        if (e.getErrorCode() != DATABASE_CLOSED && e.getErrorCode() != IO_EXCEPTION) {
            return false;
        }
        try {
            return Files.getFileStore(directory).getUsableSpace() < NEARLY_FULL;
        } catch (IOException unknown) {
            return false;
        }
    }

    private static boolean saysFull(String message) {
        if (message == null) {
            return false;
        }
        String m = message.toLowerCase(Locale.ROOT);
        // Linux and macOS (ENOSPC), Windows.
        return m.contains("no space left on device") || m.contains("not enough space on the disk")
                || m.contains("disk full");
    }
}

package org.metaverseatlas.store;

import java.time.LocalDateTime;

/**
 * One import into the store: the file it read, when, and the records of it the store holds.
 *
 * @param file the file's absolute path, as it was imported
 */
public record ImportBatch(int id, String file, LocalDateTime importedAt, ImportedRecords records) {
    /** The file's name without its folder, for short messages. */
    public String fileName() {
        int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
        return file.substring(slash + 1);
    }
}

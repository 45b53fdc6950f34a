package org.metaverseatlas.store;

import org.metaverseatlas.store.json.DatasetFile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a dataset file safely: to a temporary file beside the target, then moved into place. */
public final class DatasetWriter {
    private DatasetWriter() {
    }

    public static void write(DatasetFile dataset, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                DatasetReader.JSON.writeValue(out, dataset);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}

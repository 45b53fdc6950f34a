package org.metaverseatlas.store;

import org.metaverseatlas.io.AtomicFile;
import org.metaverseatlas.store.json.DatasetFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a dataset file whole or not at all ({@link AtomicFile}), creating its folder if need be. */
public final class DatasetWriter {
    private DatasetWriter() {
    }

    public static void write(DatasetFile dataset, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        AtomicFile.write(absolute, out -> DatasetReader.JSON.writeValue(out, dataset));
    }
}

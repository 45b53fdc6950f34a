package org.metaverseatlas.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A copy of a data folder's database, taken now, for reading while another process (an open window) holds the
 * folder: the copy opens in a temporary folder of its own, which goes when the copy is closed. What the other
 * process writes later is not in it.
 */
public final class StoreSnapshot implements AutoCloseable {
    private final AtlasStore store;
    private final Path folder;

    private StoreSnapshot(AtlasStore store, Path folder) {
        this.store = store;
        this.folder = folder;
    }

    /**
     * Copies the database of {@code directory} and opens the copy.
     *
     * @throws StoreException when the folder holds no database, or the copy cannot be read (a write was under way):
     *                        the message names the folder and says to try again
     */
    public static StoreSnapshot of(Path directory) throws StoreException {
        Path database = directory.resolve(AtlasStore.DATABASE + ".mv.db");
        if (!Files.isRegularFile(database)) {
            throw new StoreException("The data folder " + directory + " holds no database to read.");
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("metaverse-atlas-snapshot-");
            Files.copy(database, folder.resolve(database.getFileName()));
            AtlasStore store = AtlasStore.open(folder, LoadProgress.NONE);
            if (store.report().backup().isPresent()) {
                store.close();
                throw new StoreException("The database in " + directory + " was being written when it was read"
                        + " (an import or a save in the window); try again in a moment.");
            }
            return new StoreSnapshot(store, folder);
        } catch (IOException e) {
            delete(folder);
            throw new StoreException("Cannot read a copy of the database in " + directory + ": " + e.getMessage(), e);
        } catch (StoreException | RuntimeException e) {
            delete(folder);
            throw e;
        }
    }

    public AtlasStore store() {
        return store;
    }

    @Override
    public void close() {
        store.close();
        delete(folder);
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is removed by the system in time
        }
    }
}

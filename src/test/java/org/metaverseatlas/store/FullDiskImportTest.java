package org.metaverseatlas.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaverseatlas.model.Origin;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A disk that fills up during an import: the user is told so in plain words, and the store stays as it was. */
class FullDiskImportTest {
    @TempDir
    Path folder;

    @AfterEach
    void spaceAgain() {
        FullDiskFileSystem.freed();
    }

    private AtlasStore open(Path data) throws StoreException {
        return AtlasStore.open(data, BundledDataset.load(), GazetteerReader.bundled(), LoadProgress.NONE,
                FullDiskFileSystem.register());
    }

    @Test
    void aDiskThatFillsUpDuringAnImportIsNamedAsFullAndTheStoreStaysAsItWas() throws Exception {
        Path file = folder.resolve("many.json");
        DatasetWriter.write(TestDatasets.synthetic(5_000, 4), file);
        Path data = folder.resolve("data");
        open(data).close(); // the bundled records on disk before the space runs out
        try (AtlasStore store = open(data)) {
            FullDiskFileSystem.allow(64 * 1024);
            assertThatThrownBy(() -> store.importFile(file, LoadProgress.NONE))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("is full")
                    .hasMessageContaining(data.toString())
                    .hasMessageContaining("Nothing was imported")
                    .hasMessageNotContaining("has been closed")
                    .hasMessageNotContaining("90098");
        }
        FullDiskFileSystem.freed();
        try (AtlasStore reopened = open(data)) {
            assertThat(reopened.report().bundledLoaded()).isFalse();
            assertThat(reopened.count(Origin.IMPORTED)).isZero();
            assertThat(reopened.catalog().initiatives()).hasSize(23);
            assertThat(reopened.importFile(file, LoadProgress.NONE)).isEqualTo(5_000);
        }
    }
}

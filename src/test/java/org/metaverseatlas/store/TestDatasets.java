package org.metaverseatlas.store;

import org.metaverseatlas.store.json.DatasetFile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Dataset files for store tests. */
final class TestDatasets {
    private TestDatasets() {
    }

    static BundledDataset bundled(DatasetFile file) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            DatasetReader.JSON.writeValue(bytes, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return BundledDataset.of("test-bundled.json", bytes.toByteArray());
    }

    static DatasetFile synthetic(int count, long seed) {
        return new SyntheticDatasetGenerator(GazetteerReader.bundled()).generate(count, seed);
    }

    static Path write(Path folder, String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** One valid initiative in Hangzhou, referring to an organization and a source of the bundled data. */
    static String oneImportedInitiative(String id, String city) {
        return """
                {"format": "metaverse-atlas-dataset",
                 "initiatives": [{"id": "%s", "title": "Imported seminar", "kind": "MEETING", "start": "2024-05-06",
                   "precision": "DAY", "place": {"city": "%s"},
                   "participants": [{"organization": "org-hangzhou-normal-university", "role": "HOST"}],
                   "summary": "A test record.", "sources": ["src-coinyuppie-2021-12"]}]}
                """.formatted(id, city);
    }
}

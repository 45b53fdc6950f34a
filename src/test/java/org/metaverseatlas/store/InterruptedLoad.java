package org.metaverseatlas.store;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link AtlasStoreTest}: starts a first load of a large bundled dataset and kills its own
 * process half-way through, as a crash or a power cut would.
 */
public final class InterruptedLoad {
    private InterruptedLoad() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        BundledDataset bundled = TestDatasets.bundled(TestDatasets.synthetic(Integer.parseInt(args[1]), Long.parseLong(args[2])));
        AtlasStore.open(directory, bundled, GazetteerReader.bundled(), (message, fraction) -> {
            if (fraction >= 0.5 && fraction < 1) {
                Runtime.getRuntime().halt(137);
            }
        });
        System.exit(0);
    }
}

package org.metaverseatlas.render.map;

import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.Origin;
import org.metaverseatlas.store.BundledDataset;
import org.metaverseatlas.store.DatasetResolver;
import org.metaverseatlas.store.GazetteerReader;
import org.metaverseatlas.store.ResolvedDataset;
import org.metaverseatlas.store.SyntheticDatasetGenerator;
import org.metaverseatlas.store.json.DatasetFile;

import java.util.HashMap;
import java.util.Map;

/** Catalogs for map tests, read without a store: the bundled dataset and synthetic ones. */
public final class MapTestData {
    private static final Map<String, Catalog> CACHE = new HashMap<>();
    private static MapRenderer renderer;

    private MapTestData() {
    }

    public static synchronized MapRenderer renderer() {
        if (renderer == null) {
            renderer = MapRenderer.loadBundled();
        }
        return renderer;
    }

    public static synchronized Catalog bundled() {
        return CACHE.computeIfAbsent("bundled", k -> resolve(parse()));
    }

    /**
     * The bundled atlas of record (hundreds of initiatives across China, read from public pages): real places and
     * dates, the layouts the map must handle.
     */
    public static synchronized Catalog atlas() {
        return CACHE.computeIfAbsent("atlas", k -> {
            try {
                return resolve(org.metaverseatlas.store.DatasetReader.read(
                        java.nio.file.Path.of("assets", "data", "initiatives.json")));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    public static synchronized Catalog synthetic(int count) {
        return CACHE.computeIfAbsent("synthetic-" + count, k -> resolve(
                new SyntheticDatasetGenerator(GazetteerReader.bundled()).generate(count, 7)));
    }

    private static DatasetFile parse() {
        try {
            return BundledDataset.load().parse();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Catalog resolve(DatasetFile file) {
        try {
            ResolvedDataset data = new DatasetResolver(GazetteerReader.bundled(), Catalog.empty(), Map.of(),
                    Origin.BUNDLED).resolve("test", file);
            return new Catalog(data.initiatives(), data.organizations(), data.personRoles());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

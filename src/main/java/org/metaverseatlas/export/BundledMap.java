package org.metaverseatlas.export;

import org.metaverseatlas.render.map.MapRenderer;

/** The bundled map geometry, loaded on first use and kept: it is the same for every export. */
final class BundledMap {
    private BundledMap() {
    }

    static MapRenderer renderer() {
        return Holder.RENDERER;
    }

    private static final class Holder {
        static final MapRenderer RENDERER = MapRenderer.loadBundled();
    }
}

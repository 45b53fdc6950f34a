package org.metaverseatlas.render.map;

/** A neighbouring country or region, drawn muted so that the coasts look whole. */
public record ContextShape(String name, MapShape shape) {
}

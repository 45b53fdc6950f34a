package org.metaverseatlas.render.timeline;

/** A tick of the time axis: where a period starts (epoch day), and its label. */
public record Tick(double day, String label) {
}

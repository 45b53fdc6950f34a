package org.metaverseatlas.render.timeline;

/** A lane as laid out: its index and data, its vertical extent, and whether it shows as a histogram. */
public record LaneBand(int index, Lane lane, double y, double height, boolean binned) {
}

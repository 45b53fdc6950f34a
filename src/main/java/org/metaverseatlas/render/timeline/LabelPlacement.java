package org.metaverseatlas.render.timeline;

/** Where a mark's label goes: nowhere (no room), inside its bar, to its right, or to its left. */
public enum LabelPlacement {
    NONE, INSIDE, RIGHT, LEFT
}

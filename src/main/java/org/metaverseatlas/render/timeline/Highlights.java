package org.metaverseatlas.render.timeline;

/**
 * What stands out in a drawing (ids, each may be null): the selected initiative, the organization in focus (its
 * initiatives ringed, the others faded), the mark under the pointer (its whole label shown) and the keyboard cursor.
 */
public record Highlights(String selectedId, String focusedOrganizationId, String hoveredId, String cursorId) {
    public static final Highlights NONE = new Highlights(null, null, null, null);
}

package org.metaverseatlas.render.map;

/**
 * Which part of the map is shown: the centre in projected units (kilometres of the {@link AlbersProjection}) and a
 * scale (1 = fit China to the area); plus the selected initiative and the focused organization, whose places the map
 * highlights (either may be null).
 */
public record MapFrame(double centerX, double centerY, double zoom, String selectedInitiativeId,
                       String focusedOrganizationId) {
    public MapFrame {
        if (!(zoom > 0) || Double.isInfinite(zoom)) {
            throw new IllegalArgumentException("zoom must be positive: " + zoom);
        }
    }

    /** China whole, centred, nothing selected. */
    public static MapFrame fitChina() {
        return new MapFrame(ChinaExtent.CENTER_X, ChinaExtent.CENTER_Y, 1, null, null);
    }

    public MapFrame withView(double newCenterX, double newCenterY, double newZoom) {
        return new MapFrame(newCenterX, newCenterY, newZoom, selectedInitiativeId, focusedOrganizationId);
    }

    public MapFrame withSelection(String initiativeId, String organizationId) {
        return new MapFrame(centerX, centerY, zoom, initiativeId, organizationId);
    }
}

package org.metaverseatlas.render.network;

/**
 * What part of the network is in view: {@code zoom} 1 fits the whole layout, more magnifies about the centre
 * ({@code centreX}, {@code centreY}, as fractions of the layout's box, 0.5 for its middle). Plus what is chosen:
 * the organization in focus and the organizations of the selected initiative (either may be null or empty), and
 * the organization under the pointer.
 */
public record NetworkFrame(double zoom, double centreX, double centreY, String focusedOrganizationId,
                           java.util.Set<String> selectedOrganizationIds, String hoveredOrganizationId) {
    public NetworkFrame {
        selectedOrganizationIds = selectedOrganizationIds == null ? java.util.Set.of()
                : java.util.Set.copyOf(selectedOrganizationIds);
    }

    public static NetworkFrame fit() {
        return new NetworkFrame(1, 0.5, 0.5, null, java.util.Set.of(), null);
    }

    public NetworkFrame withView(double newZoom, double newCentreX, double newCentreY) {
        return new NetworkFrame(newZoom, newCentreX, newCentreY, focusedOrganizationId, selectedOrganizationIds,
                hoveredOrganizationId);
    }

    public NetworkFrame withChoice(String focused, java.util.Set<String> selected) {
        return new NetworkFrame(zoom, centreX, centreY, focused, selected, hoveredOrganizationId);
    }

    public NetworkFrame withHover(String hovered) {
        return new NetworkFrame(zoom, centreX, centreY, focusedOrganizationId, selectedOrganizationIds, hovered);
    }

    /** Whether anything is chosen, so that the rest fades. */
    public boolean hasChoice() {
        return focusedOrganizationId != null || !selectedOrganizationIds.isEmpty();
    }
}

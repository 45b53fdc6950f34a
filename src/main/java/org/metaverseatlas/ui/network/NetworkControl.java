package org.metaverseatlas.ui.network;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.model.analysis.CollaborationGraph;
import org.metaverseatlas.render.network.ForceLayout;
import org.metaverseatlas.render.network.NetworkDrawing;
import org.metaverseatlas.render.network.NetworkFrame;
import org.metaverseatlas.ui.state.FilterModel;
import org.metaverseatlas.ui.state.SelectionModel;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * The organizations of the filtered initiatives as a network: a circle per organization, a link per pair that
 * shares initiatives. It follows the shared {@link FilterModel}; choosing a circle puts its organization in focus
 * through the shared {@link SelectionModel} (its initiatives light up on the timeline and the map, the detail pane
 * opens it), and the selected initiative's organizations are ringed. In "neighbours" mode it shows only the
 * organization in focus and those it worked with. The graph is laid out again only when what it shows changes,
 * and only while the view is on screen.
 */
public final class NetworkControl extends Control {
    static final double ZOOM_STEP = 1.4;
    static final double MAX_ZOOM = 40;

    private final FilterModel filter;
    private final SelectionModel selection;
    private final BooleanProperty neighboursOnly = new SimpleBooleanProperty(this, "neighboursOnly");
    private final ReadOnlyObjectWrapper<NetworkFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame", NetworkFrame.fit());
    private NetworkDrawing drawing;
    private List<Initiative> drawnFrom;
    private String drawnCentre;
    private double drawnAspect;
    private long lastLayoutNanos;
    /**
     * From this many filtered initiatives on, the graph is built and laid out on a thread of its own, so that a
     * filter change never holds up the window; the drawing it replaces stays until the new one is ready. Below it,
     * the layout takes a few milliseconds and is done at once.
     */
    static final int BACKGROUND_FROM = 2_000;
    private static final ExecutorService LAYOUT = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "network-layout");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper layingOut = new ReadOnlyBooleanWrapper(this, "layingOut");
    /** What the layout under way is for: the filtered list, the centre and the aspect it was asked for. */
    private volatile List<Object> pending;

    public NetworkControl(FilterModel filter, SelectionModel selection) {
        this.filter = filter;
        this.selection = selection;
        getStyleClass().add("network-view");
        setId("network");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText(NetworkMessages.text("accessible"));
        setMinSize(0, 0);
        filter.filteredProperty().addListener((o, was, now) -> resetView());
        neighboursOnly.addListener((o, was, now) -> resetView());
        selection.organizationProperty().addListener((o, was, now) -> {
            if (neighboursOnly.get()) {
                resetView();
            }
        });
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new NetworkSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return NetworkControl.class.getResource("network.css").toExternalForm();
    }

    FilterModel filter() {
        return filter;
    }

    SelectionModel selection() {
        return selection;
    }

    /** Whether only the organization in focus and its partners are shown. */
    public BooleanProperty neighboursOnlyProperty() {
        return neighboursOnly;
    }

    /** The zoom and the centre of the view. */
    public ReadOnlyObjectProperty<NetworkFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** The organization whose neighbours alone are shown, or null when the whole network is. */
    public String centreId() {
        Organization focused = selection.getOrganization();
        return neighboursOnly.get() && focused != null ? focused.id() : null;
    }

    /**
     * The laid-out network for the current filter and mode; laid out again only when they changed since the last
     * call.
     */
    public NetworkDrawing drawing() {
        List<Initiative> filtered = filter.getFiltered();
        String centre = centreId();
        double aspect = aspect();
        if (drawing == null || filtered != drawnFrom || !java.util.Objects.equals(centre, drawnCentre)
                || aspect != drawnAspect) {
            if (filtered.size() < BACKGROUND_FROM) {
                pending = null;
                layingOut.set(false);
                long t0 = System.nanoTime();
                laidOut(layOut(filtered, centre, aspect), filtered, centre, aspect, System.nanoTime() - t0);
            } else {
                layOutInBackground(filtered, centre, aspect);
            }
        }
        if (drawing == null) {
            drawing = layOut(List.of(), null, aspect);
        }
        return drawing;
    }

    private static NetworkDrawing layOut(List<Initiative> filtered, String centre, double aspect) {
        CollaborationGraph graph = CollaborationGraph.of(filtered);
        return new NetworkDrawing(ForceLayout.layout(centre == null ? graph : graph.neighbourhood(centre), aspect));
    }

    private void laidOut(NetworkDrawing d, List<Initiative> filtered, String centre, double aspect, long nanos) {
        drawing = d;
        drawnFrom = filtered;
        drawnCentre = centre;
        drawnAspect = aspect;
        lastLayoutNanos = nanos;
    }

    /** Lays out on the layout thread; a newer request makes an older result be dropped when it comes in. */
    private void layOutInBackground(List<Initiative> filtered, String centre, double aspect) {
        List<Object> request = java.util.Arrays.asList(filtered, centre, aspect);
        if (pending != null && pending.get(0) == filtered && pending.subList(1, 3).equals(request.subList(1, 3))) {
            return;
        }
        pending = request;
        layingOut.set(true);
        LAYOUT.execute(() -> {
            if (pending != request) {
                return;
            }
            long t0 = System.nanoTime();
            NetworkDrawing d = layOut(filtered, centre, aspect);
            long nanos = System.nanoTime() - t0;
            Platform.runLater(() -> {
                if (pending == request) {
                    pending = null;
                    laidOut(d, filtered, centre, aspect, nanos);
                    layingOut.set(false);
                }
            });
        });
    }

    /** True while a large network is being laid out on its own thread; the drawing shown is the one before. */
    public ReadOnlyBooleanProperty layingOutProperty() {
        return layingOut.getReadOnlyProperty();
    }

    /**
     * The shape of the view, in steps of a half, for packing the groups: a wide view gets a wide block. In steps, so
     * that resizing the window a little does not lay the network out again.
     */
    private double aspect() {
        double w = getWidth();
        double h = getHeight() - 80;
        return w < 50 || h < 50 ? 1.5 : Math.max(0.5, Math.min(4, Math.round(w / h * 2) / 2.0));
    }

    /** How long the last graph and layout took, in nanoseconds. */
    public long lastLayoutNanos() {
        return lastLayoutNanos;
    }

    /** The frame to draw: the view's zoom and centre with what the shared selection holds. */
    NetworkFrame frameToDraw(String hovered) {
        Organization focused = selection.getOrganization();
        Initiative selected = selection.getInitiative();
        Set<String> ids = selected == null ? Set.of() : selected.participants().stream()
                .map(p -> p.organizationId()).collect(Collectors.toSet());
        return frame.get().withChoice(focused == null ? null : focused.id(), ids).withHover(hovered);
    }

    /** Puts the organization in focus, as choosing it in the directory does (again: its page comes back). */
    public void choose(String organizationId) {
        Organization organization = filter.getCatalog().organization(organizationId).orElse(null);
        if (organization == null) {
            return;
        }
        if (organization.equals(selection.getOrganization())) {
            selection.focus(null);
        }
        selection.focus(organization);
    }

    public void resetView() {
        frame.set(NetworkFrame.fit().withChoice(null, Set.of()));
    }

    public void zoomIn() {
        zoomAbout(getWidth() / 2, getHeight() / 2, ZOOM_STEP);
    }

    public void zoomOut() {
        zoomAbout(getWidth() / 2, getHeight() / 2, 1 / ZOOM_STEP);
    }

    /** Zooms by {@code factor} keeping the point under (x, y) of the drawing in place. */
    public void zoomAbout(double x, double y, double factor) {
        NetworkFrame f = frame.get();
        double zoom = Math.max(1, Math.min(MAX_ZOOM, f.zoom() * factor));
        if (zoom == f.zoom()) {
            return;
        }
        NetworkDrawing d = drawing();
        double width = drawingWidth();
        double height = drawingHeight();
        NetworkDrawing.View before = d.view(f, width, height);
        double fx = before.fractionX(x);
        double fy = before.fractionY(y);
        NetworkFrame zoomed = f.withView(zoom, f.centreX(), f.centreY());
        NetworkDrawing.View after = d.view(zoomed, width, height);
        double cx = f.centreX() + fx - after.fractionX(x);
        double cy = f.centreY() + fy - after.fractionY(y);
        frame.set(zoom == 1 ? f.withView(1, 0.5, 0.5) : f.withView(zoom, cx, cy));
    }

    /** Moves the drawing by (dx, dy) pixels. */
    public void panBy(double dx, double dy) {
        NetworkFrame f = frame.get();
        NetworkDrawing.View v = drawing().view(f, drawingWidth(), drawingHeight());
        double cx = f.centreX() - (v.fractionX(dx) - v.fractionX(0));
        double cy = f.centreY() - (v.fractionY(dy) - v.fractionY(0));
        frame.set(f.withView(f.zoom(), Math.max(0, Math.min(1, cx)), Math.max(0, Math.min(1, cy))));
    }

    private double drawingWidth() {
        return getSkin() instanceof NetworkSkin s ? s.canvasWidth() : getWidth();
    }

    private double drawingHeight() {
        return getSkin() instanceof NetworkSkin s ? s.drawingHeight() : getHeight();
    }

    /** Lays out and draws at once (for the benchmark); normally drawing waits for the next pulse. */
    public void redrawNow() {
        if (getSkin() instanceof NetworkSkin s) {
            s.redraw();
        }
    }

    /** The names drawn at the last redraw (for tests). */
    public List<String> drawnNames() {
        return getSkin() instanceof NetworkSkin s ? s.drawnNames() : List.of();
    }

    /** The organization whose circle is at a point of the control, or null. */
    public String organizationAt(double x, double y) {
        return getSkin() instanceof NetworkSkin s ? s.organizationAt(x, y) : null;
    }

    /** Where an organization's circle is drawn, in the control's coordinates, or null when it is not shown. */
    public javafx.geometry.Point2D positionOf(String organizationId) {
        return getSkin() instanceof NetworkSkin s ? s.positionOf(organizationId) : null;
    }
}

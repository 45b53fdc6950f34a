package org.metaverseatlas.ui.network;

import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.metaverseatlas.model.Labels;
import org.metaverseatlas.model.analysis.CollaborationGraph;
import org.metaverseatlas.render.network.NetworkColours;
import org.metaverseatlas.render.network.NetworkDrawing;
import org.metaverseatlas.render.network.NetworkFrame;
import org.metaverseatlas.ui.paint.CanvasPainter;
import org.metaverseatlas.ui.paint.CanvasSkin;

import java.util.List;

/**
 * A toolbar (counts, the neighbours switch, zoom buttons) over one canvas, drawn at most once per pulse: changes
 * mark the drawing dirty and ask for a layout pass, where it is redone. The hover tip is the only other node.
 */
final class NetworkSkin extends CanvasSkin<NetworkControl> {
    private static final double WHEEL_ZOOM = 0.0045;
    private static final double DRAG_THRESHOLD = 3;

    private final CanvasPainter painter = new CanvasPainter(canvas.getGraphicsContext2D());
    private final HBox toolbar;
    private final Label caption = new Label();
    private final Label tip = new Label();
    private final Label message = new Label();
    private final javafx.event.EventHandler<KeyEvent> keys = this::keyPressed;
    private String hovered;
    private List<String> drawnNames = List.of();
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;

    NetworkSkin(NetworkControl control) {
        super(control);
        canvas.getStyleClass().add("network-canvas");
        caption.getStyleClass().add("network-caption");
        caption.setId("network-caption");
        ToggleButton neighbours = new ToggleButton(NetworkMessages.text("neighbours"));
        neighbours.setId("network-neighbours");
        neighbours.setTooltip(new Tooltip(NetworkMessages.text("neighboursTip")));
        neighbours.selectedProperty().bindBidirectional(control.neighboursOnlyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        toolbar = new HBox(caption, spacer, neighbours,
                button(new FontIcon(Material2AL.ADD), "button.zoomIn", "network-zoom-in", control::zoomIn),
                button(new FontIcon(Material2MZ.REMOVE), "button.zoomOut", "network-zoom-out", control::zoomOut),
                button(new FontIcon(Material2MZ.ZOOM_OUT_MAP), "button.reset", "network-reset", control::resetView));
        toolbar.getStyleClass().add("network-toolbar");
        tip.getStyleClass().add("network-tip");
        tip.setId("network-tip");
        tip.setManaged(false);
        tip.setVisible(false);
        tip.setMouseTransparent(true);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        message.getStyleClass().add("network-message");
        message.setId("network-message");
        message.setWrapText(true);
        message.setMaxWidth(360);
        message.setManaged(false);
        message.setVisible(false);
        message.setMouseTransparent(true);
        getChildren().addAll(canvas, toolbar, message, tip);

        watch(control.frameProperty(), control.filter().filteredProperty(),
                control.selection().initiativeProperty(), control.selection().organizationProperty(),
                control.neighboursOnlyProperty(), control.backgroundProperty(), control.layingOutProperty());

        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> canvas.setCursor(Cursor.DEFAULT));
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(-1, -1));
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            control.zoomAbout(e.getX(), e.getY(), Math.exp(e.getDeltaY() * WHEEL_ZOOM));
            e.consume();
        });
        control.addEventHandler(KeyEvent.KEY_PRESSED, keys);
    }

    private Button button(FontIcon icon, String tipKey, String id, Runnable action) {
        Button b = new Button(null, icon);
        b.setId(id);
        b.getStyleClass().addAll("button-icon", "flat");
        b.setTooltip(new Tooltip(NetworkMessages.text(tipKey)));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double bar = toolbar.prefHeight(w);
        toolbar.resizeRelocate(x, y, w, bar);
        double ch = Math.max(0, h - bar);
        sizeCanvas(w, ch);
        canvas.relocate(x, y + bar);
        if (isDirty()) {
            redraw();
        }
        if (message.isVisible()) {
            double mw = Math.min(360, w - 40);
            double mh = message.prefHeight(mw);
            message.resizeRelocate(x + (w - mw) / 2, y + bar + 30, mw, mh);
        }
    }

    double canvasWidth() {
        return canvas.getWidth();
    }

    /** The canvas height less the key band, where the circles are drawn. */
    double drawingHeight() {
        NetworkDrawing d = getSkinnable().drawing();
        return Math.max(1, canvas.getHeight() - d.legendHeight(painter, canvas.getWidth()));
    }

    private NetworkColours colours() {
        javafx.scene.layout.Background background = getSkinnable().getBackground();
        if (background != null && !background.getFills().isEmpty()
                && background.getFills().get(0).getFill() instanceof Color c && c.getBrightness() < 0.5) {
            return NetworkColours.DARK;
        }
        return NetworkColours.LIGHT;
    }

    void redraw() {
        markDrawn();
        NetworkControl control = getSkinnable();
        NetworkDrawing d = control.drawing();
        CollaborationGraph graph = d.layout().graph();
        String centre = control.centreId();
        caption.setText(centre == null ? NetworkMessages.text("caption", graph.nodes().size(), graph.edges().size())
                : NetworkMessages.text("captionNeighbours", graph.node(centre).map(CollaborationGraph.Node::name)
                .orElse(centre), Math.max(0, graph.nodes().size() - 1)));
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 1 || h < 1) {
            return;
        }
        drawnNames = d.paint(painter, control.frameToDraw(hovered), w, h, colours(), !graph.nodes().isEmpty());
        String note = control.layingOutProperty().get() ? NetworkMessages.text("layingOut")
                : graph.nodes().isEmpty() ? NetworkMessages.text("empty")
                : control.neighboursOnlyProperty().get() && control.selection().getOrganization() == null
                ? NetworkMessages.text("neighboursNone") : null;
        message.setText(note == null ? "" : note);
        message.setVisible(note != null);
    }

    List<String> drawnNames() {
        return drawnNames;
    }

    private int nodeAtCanvas(double x, double y) {
        NetworkControl control = getSkinnable();
        return control.drawing().nodeAt(control.frameToDraw(hovered), canvas.getWidth(), drawingHeight(), x, y);
    }

    String organizationAt(double x, double y) {
        Point2D p = canvas.parentToLocal(x, y);
        int node = p.getY() > drawingHeight() ? -1 : nodeAtCanvas(p.getX(), p.getY());
        return node < 0 ? null : getSkinnable().drawing().layout().graph().nodes().get(node).organizationId();
    }

    Point2D positionOf(String organizationId) {
        NetworkControl control = getSkinnable();
        NetworkDrawing d = control.drawing();
        return d.layout().graph().node(organizationId).map(n -> {
            NetworkDrawing.View v = d.view(control.frameToDraw(hovered), canvas.getWidth(), drawingHeight());
            return canvas.localToParent(v.x(n.index()), v.y(n.index()));
        }).orElse(null);
    }

    private void hover(double x, double y) {
        int node = x < 0 || y > drawingHeight() ? -1 : nodeAtCanvas(x, y);
        CollaborationGraph graph = getSkinnable().drawing().layout().graph();
        String id = node < 0 ? null : graph.nodes().get(node).organizationId();
        if (!java.util.Objects.equals(id, hovered)) {
            hovered = id;
            markDirty();
        }
        if (node < 0) {
            tip.setVisible(false);
            canvas.setCursor(dragging ? Cursor.MOVE : Cursor.DEFAULT);
            return;
        }
        CollaborationGraph.Node n = graph.nodes().get(node);
        int partners = 0;
        for (CollaborationGraph.Edge e : graph.edges()) {
            if (e.a() == node || e.b() == node) {
                partners++;
            }
        }
        tip.setText(NetworkMessages.text("tip", n.name(), Labels.organizationType(n.type()), n.initiatives(), partners));
        tip.setVisible(true);
        double tw = tip.prefWidth(-1);
        double th = tip.prefHeight(tw);
        double tx = canvas.getLayoutX() + x + 14;
        double ty = canvas.getLayoutY() + y + 14;
        if (tx + tw > getSkinnable().getWidth()) {
            tx = Math.max(0, canvas.getLayoutX() + x - tw - 10);
        }
        if (ty + th > getSkinnable().getHeight()) {
            ty = Math.max(0, canvas.getLayoutY() + y - th - 10);
        }
        tip.resizeRelocate(tx, ty, tw, th);
        canvas.setCursor(Cursor.HAND);
    }

    private void pressed(MouseEvent e) {
        getSkinnable().requestFocus();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragging = false;
    }

    private void dragged(MouseEvent e) {
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) > DRAG_THRESHOLD) {
            dragging = true;
            canvas.setCursor(Cursor.MOVE);
            tip.setVisible(false);
        }
        if (dragging) {
            getSkinnable().panBy(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
        }
    }

    private void clicked(MouseEvent e) {
        if (dragging || e.getButton() != MouseButton.PRIMARY || e.getY() > drawingHeight()) {
            return;
        }
        int node = nodeAtCanvas(e.getX(), e.getY());
        if (node >= 0) {
            getSkinnable().choose(getSkinnable().drawing().layout().graph().nodes().get(node).organizationId());
        }
    }

    private void keyPressed(KeyEvent e) {
        NetworkControl c = getSkinnable();
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> c.zoomIn();
            case MINUS, SUBTRACT -> c.zoomOut();
            case HOME, DIGIT0, NUMPAD0 -> c.resetView();
            case LEFT -> c.panBy(80, 0);
            case RIGHT -> c.panBy(-80, 0);
            case UP -> c.panBy(0, 80);
            case DOWN -> c.panBy(0, -80);
            default -> {
                return;
            }
        }
        e.consume();
    }

    @Override
    public void dispose() {
        getSkinnable().removeEventHandler(KeyEvent.KEY_PRESSED, keys);
        super.dispose();
    }
}

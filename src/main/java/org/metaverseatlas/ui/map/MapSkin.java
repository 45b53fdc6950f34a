package org.metaverseatlas.ui.map;

import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.render.map.MapFrame;
import org.metaverseatlas.render.map.MapLayout;
import org.metaverseatlas.render.map.MapRenderer;
import org.metaverseatlas.ui.paint.CanvasPainter;
import org.metaverseatlas.ui.paint.CanvasSkin;

import java.util.List;
import java.util.Optional;

/**
 * Draws the map on one viewport-sized canvas, at most once per pulse: every change only marks the drawing dirty and
 * asks for a layout pass, where the drawing is redone. Real nodes only for the few overlays: the zoom buttons, the
 * hover tip and the loading message.
 */
final class MapSkin extends CanvasSkin<MapControl> {
    /** Wheel delta (pixels) to zoom factor: one notch of 40 zooms by about 1.2. */
    private static final double WHEEL_ZOOM = 0.0045;
    private static final double DRAG_THRESHOLD = 3;

    private final CanvasPainter painter = new CanvasPainter(canvas.getGraphicsContext2D());
    private final Label tip = new Label();
    private final Label message = new Label(MapMessages.text("loading"));
    private final Label empty = new Label();
    private final VBox buttons;
    private final InvalidationListener fontListener = o -> {
        painter.setCjkFamily(getSkinnable().cjkFontFamilyProperty().get());
        markDirty();
    };
    private final javafx.event.EventHandler<KeyEvent> keys = this::keyPressed;
    private MapLayout layout;
    private List<Initiative> drawn = List.of();
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;

    MapSkin(MapControl control) {
        super(control);
        canvas.getStyleClass().add("map-canvas");
        tip.getStyleClass().add("map-tip");
        tip.setManaged(false);
        tip.setVisible(false);
        tip.setMouseTransparent(true);
        tip.setWrapText(true);
        tip.setMaxWidth(340);
        message.getStyleClass().add("map-message");
        message.setWrapText(true);
        message.setMouseTransparent(true);
        buttons = new VBox(4,
                button(new FontIcon(Material2AL.ADD), "button.zoomIn", "map-zoom-in", control::zoomIn),
                button(new FontIcon(Material2MZ.REMOVE), "button.zoomOut", "map-zoom-out", control::zoomOut),
                button(new FontIcon(Material2MZ.ZOOM_OUT_MAP), "button.reset", "map-reset", control::resetView),
                legendButton(control), followButton(control));
        buttons.getStyleClass().add("map-buttons");
        buttons.setManaged(false);
        buttons.setAlignment(Pos.TOP_RIGHT);
        empty.getStyleClass().add("map-empty");
        empty.setId("map-empty");
        empty.setWrapText(true);
        empty.setMaxWidth(320);
        empty.setMouseTransparent(true);
        empty.setManaged(false);
        empty.setVisible(false);
        getChildren().addAll(canvas, message, empty, buttons, tip);

        watch(control.rendererProperty(), control.frameProperty(), control.shownProperty(),
                control.selection().initiativeProperty(), control.selection().organizationProperty(),
                control.loadErrorProperty(), control.themeBackgroundProperty(), control.legendShownProperty(),
                control.filter().loadedProperty(), control.followTimelineProperty());
        control.cjkFontFamilyProperty().addListener(fontListener);
        painter.setCjkFamily(control.cjkFontFamilyProperty().get());

        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> canvas.setCursor(Cursor.DEFAULT));
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tip.setVisible(false));
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(ZoomEvent.ZOOM, e -> control.zoomAbout(e.getX(), e.getY(), e.getZoomFactor()));
        control.addEventHandler(KeyEvent.KEY_PRESSED, keys);
    }

    /** Shows or hides the legend panel; its tooltip says which it will do. */
    private Button legendButton(MapControl control) {
        Button b = button(new FontIcon(Material2AL.INFO), "button.legendHide", "map-legend",
                control::toggleLegend);
        control.legendShownProperty().addListener((o, was, now) ->
                b.getTooltip().setText(MapMessages.text(now ? "button.legendHide" : "button.legendShow")));
        return b;
    }

    /** Makes the map follow the timeline's window, or not; its tooltip says which a click does. */
    private javafx.scene.control.ToggleButton followButton(MapControl control) {
        javafx.scene.control.ToggleButton b = new javafx.scene.control.ToggleButton(null,
                new FontIcon(Material2AL.DATE_RANGE));
        b.setId("map-follow-timeline");
        b.getStyleClass().add("map-button");
        b.setFocusTraversable(false);
        b.selectedProperty().bindBidirectional(control.followTimelineProperty());
        b.setTooltip(new Tooltip());
        javafx.beans.InvalidationListener tipText = o -> b.getTooltip().setText(MapMessages.text(
                control.followTimelineProperty().get() ? "button.followOff" : "button.followOn"));
        control.followTimelineProperty().addListener(tipText);
        tipText.invalidated(null);
        return b;
    }

    private Button button(FontIcon icon, String tipKey, String id, Runnable action) {
        Button b = new Button(null, icon);
        b.setId(id);
        b.setTooltip(new Tooltip(MapMessages.text(tipKey)));
        b.setFocusTraversable(false);
        b.getStyleClass().add("map-button");
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The layout of the last drawing; null before the first. */
    MapLayout layout() {
        return layout;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (sizeCanvas(w, h)) {
            getSkinnable().fitLegendTo(w, h);
        }
        canvas.relocate(x, y);
        message.resizeRelocate(x + 16, y, w - 32, h);
        double emptyWidth = Math.min(empty.prefWidth(-1), Math.max(0, w - 32));
        double emptyHeight = empty.prefHeight(emptyWidth);
        empty.resizeRelocate(x + (w - emptyWidth) / 2, y + (h - emptyHeight) / 2, emptyWidth, emptyHeight);
        buttons.autosize();
        buttons.relocate(x + w - buttons.getWidth() - 8, y + 8);
        if (isDirty()) {
            redraw();
        }
    }

    /** Draws the map now, whatever the dirty flag says. */
    void redraw() {
        markDrawn();
        MapControl control = getSkinnable();
        MapRenderer renderer = control.getRenderer();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        boolean loaded = control.filter().isLoaded();
        message.setVisible(renderer == null);
        buttons.setVisible(renderer != null);
        // The map stays drawn, for orientation; a note over it says why it has no marker: the initiatives are still
        // loading (the store is opening), or none is left to show.
        boolean nothing = renderer != null && control.getShown().isEmpty();
        empty.setVisible(nothing);
        if (nothing) {
            empty.setText(MapMessages.text(!loaded ? "loadingData"
                    : !control.filter().getFiltered().isEmpty() ? "empty.period"
                    : control.filter().getCriteria().isEmpty() ? "empty.none" : "empty.filtered"));
            // The note was laid out before its text was set: size it to the text now, or it shows as an empty box.
            double noteWidth = Math.min(empty.prefWidth(-1), Math.max(0, w - 32));
            double noteHeight = empty.prefHeight(noteWidth);
            empty.resizeRelocate(canvas.getLayoutX() + (w - noteWidth) / 2, canvas.getLayoutY() + (h - noteHeight) / 2,
                    noteWidth, noteHeight);
        }
        if (renderer == null) {
            String error = control.loadErrorProperty().get();
            message.setText(error == null ? MapMessages.text("loading") : MapMessages.text("failed", error));
            canvas.getGraphicsContext2D().clearRect(0, 0, w, h);
            layout = null;
            return;
        }
        if (w < 1 || h < 1) {
            return;
        }
        Initiative selected = control.selection().getInitiative();
        Organization focused = control.selection().getOrganization();
        MapFrame frame = control.getFrame().withSelection(selected == null ? null : selected.id(),
                focused == null ? null : focused.id());
        renderer.keepTallyOf(control.filter().getCatalog().initiatives());
        layout = renderer.paintLayout(painter, control.getShown(), control.outsidePlaceFilter(), frame, w,
                h, control.colours(), control.legendShownProperty().get());
        drawn = control.getShown();
        paintFollowedPeriod(control, w, h);
    }

    /**
     * While following the timeline leaves some filtered initiatives out, says so in the map's bottom left corner:
     * the period it shows, and how many of the filtered initiatives fall in it.
     */
    private void paintFollowedPeriod(MapControl control, double w, double h) {
        java.time.LocalDate[] days = control.followedDays();
        if (days == null || control.getShown().size() == control.filter().getFiltered().size()) {
            return;
        }
        String note = MapMessages.text("following", org.metaverseatlas.model.DateWording.day(days[0]),
                org.metaverseatlas.model.DateWording.day(days[1]), control.getShown().size(),
                control.filter().getFiltered().size());
        double size = 11;
        double width = painter.textWidth(note, size, false) + 12;
        double x = 8;
        double y = h - 46; // above the attribution line and the scale bar
        painter.setFill(control.colours().panel());
        painter.fillRect(x, y, width, 18);
        painter.setStroke(control.colours().panelBorder());
        painter.setLineWidth(1);
        painter.strokeRect(x, y, width, 18);
        painter.setFill(control.colours().label());
        painter.text(note, x + 6, y + 13, size, org.metaverseatlas.render.Painter.Align.LEFT, false);
    }

    /** The initiatives of the last drawing of the map with its geometry (empty before the first). */
    List<Initiative> drawn() {
        return drawn;
    }

    private void pressed(MouseEvent e) {
        getSkinnable().requestFocus();
        pressX = lastX = e.getX();
        pressY = lastY = e.getY();
        dragging = false;
    }

    private void dragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown()) {
            return;
        }
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) >= DRAG_THRESHOLD) {
            dragging = true;
            tip.setVisible(false);
            canvas.setCursor(Cursor.CLOSED_HAND);
        }
        if (dragging) {
            getSkinnable().panBy(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || dragging || !e.isStillSincePress()) {
            return;
        }
        if (getSkinnable().clickAt(e.getX(), e.getY(), e.isShortcutDown() || e.isControlDown())) {
            tip.setVisible(false);
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            getSkinnable().zoomAbout(e.getX(), e.getY(), Math.exp(e.getDeltaY() * WHEEL_ZOOM));
            tip.setVisible(false);
            e.consume();
        }
    }

    private void keyPressed(KeyEvent e) {
        MapControl c = getSkinnable();
        switch (e.getCode()) {
            case PLUS, EQUALS, ADD -> c.zoomIn();
            case MINUS, SUBTRACT -> c.zoomOut();
            case HOME, DIGIT0, NUMPAD0 -> c.resetView();
            case LEFT -> c.panBy(MapControl.PAN_STEP, 0);
            case RIGHT -> c.panBy(-MapControl.PAN_STEP, 0);
            case UP -> c.panBy(0, MapControl.PAN_STEP);
            case DOWN -> c.panBy(0, -MapControl.PAN_STEP);
            case L -> {
                if (e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
                    return; // Ctrl+L is the window's city list
                }
                c.toggleLegend();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void hover(double x, double y) {
        if (layout == null) {
            tip.setVisible(false);
            return;
        }
        Optional<String> text = MapTipText.at(layout, getSkinnable().filter().getCriteria(),
                getSkinnable().filter().getCatalog(), x, y);
        canvas.setCursor(text.isPresent() ? Cursor.HAND : Cursor.DEFAULT);
        if (text.isEmpty()) {
            tip.setVisible(false);
            return;
        }
        tip.setText(text.get());
        double w = Math.min(tip.prefWidth(-1), tip.getMaxWidth());
        double h = tip.prefHeight(w);
        tip.resize(w, h);
        double tx = x + 16 + w > canvas.getWidth() ? x - 12 - w : x + 16;
        double ty = y + 18 + h > canvas.getHeight() ? y - 10 - h : y + 18;
        tip.relocate(Math.max(2, tx), Math.max(2, ty));
        tip.setVisible(true);
    }

    @Override
    public void dispose() {
        getSkinnable().cjkFontFamilyProperty().removeListener(fontListener);
        getSkinnable().removeEventHandler(KeyEvent.KEY_PRESSED, keys);
        super.dispose();
    }
}

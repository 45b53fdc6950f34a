package org.metaverseatlas.ui.timeline;

import javafx.beans.InvalidationListener;
import javafx.event.EventHandler;
import javafx.geometry.Orientation;
import javafx.scene.Cursor;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.util.Duration;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.render.timeline.DrawnAggregate;
import org.metaverseatlas.render.timeline.DrawnMark;
import org.metaverseatlas.render.timeline.Highlights;
import org.metaverseatlas.render.timeline.LaneBand;
import org.metaverseatlas.render.timeline.TextWidths;
import org.metaverseatlas.render.timeline.TimeWindow;
import org.metaverseatlas.render.timeline.TimelineLayout;
import org.metaverseatlas.render.timeline.TimelineRenderer;
import org.metaverseatlas.render.timeline.TimelineStyle;
import org.metaverseatlas.ui.paint.CanvasPainter;
import org.metaverseatlas.ui.paint.CanvasSkin;

import java.util.List;

/**
 * Draws a {@link TimelineControl} on a viewport-sized canvas and handles its pointer and keys. Any number of
 * changes within a pulse mark it dirty once; it lays out and redraws in the next layout pass. The layout's drawn
 * bounds answer hit tests (hover, click) until the next redraw.
 */
public class TimelineSkin extends CanvasSkin<TimelineControl> {
    private static final double WHEEL_ZOOM = 1.2;
    private static final double WHEEL_NOTCH = 40;
    private static final double DRAG_THRESHOLD = 4;

    private final ScrollBar lanesBar = new ScrollBar();
    private final CanvasPainter painter = new CanvasPainter(canvas.getGraphicsContext2D());
    private final TextWidths widths = new TextWidths(painter);
    private final Tooltip tooltip = new Tooltip();
    private final InvalidationListener dataChanged = o -> invalidateIndex();
    private final InvalidationListener coloursChanged = o -> restyle();
    private final EventHandler<KeyEvent> keys = this::keyPressed;
    private TimelineRenderer renderer = new TimelineRenderer(TimelineStyle.standard());
    private TimelineLayout layout;
    private List<Initiative> drawn = List.of();
    private boolean syncingBar;
    private Object hovered;
    private double pressX;
    private double pressY;
    private TimeWindow pressWindow;
    private double pressScroll;
    private boolean dragging;

    public TimelineSkin(TimelineControl control) {
        super(control);
        canvas.getStyleClass().add("timeline-canvas");
        lanesBar.setOrientation(Orientation.VERTICAL);
        lanesBar.setVisible(false);
        lanesBar.getStyleClass().add("timeline-lanes-bar");
        getChildren().addAll(canvas, lanesBar);
        tooltip.getStyleClass().add("timeline-tooltip");
        // Square, opaque, no shadow, as every popup of the window (shell.css): shown by hand, this tooltip does
        // not reach the window's style sheets.
        tooltip.setStyle("-fx-effect: null; -fx-background-radius: 0; -fx-opacity: 1;");
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(380);
        tooltip.setShowDelay(Duration.ZERO);

        control.indexProperty().addListener(dataChanged);
        watch(control.windowProperty(), control.selectedProperty(), control.focusedOrganizationIdProperty(),
                control.keyboardCursorProperty(), control.laneScrollProperty(), control.focusedProperty());
        control.colourProperties().forEach(o -> o.addListener(coloursChanged));
        lanesBar.valueProperty().addListener((o, was, now) -> {
            if (!syncingBar) {
                control.laneScrollProperty().set(now.doubleValue());
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(null, e));
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> canvas.setCursor(Cursor.DEFAULT));
        canvas.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(ZoomEvent.ZOOM, this::pinched);
        control.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        restyle();
    }

    @Override
    public void dispose() {
        TimelineControl control = getSkinnable();
        control.indexProperty().removeListener(dataChanged);
        control.colourProperties().forEach(o -> o.removeListener(coloursChanged));
        control.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        tooltip.hide();
        super.dispose();
    }

    private void restyle() {
        renderer = new TimelineRenderer(TimelineStyle.standard().withColours(getSkinnable().colours()));
        markDirty();
    }

    private void invalidateIndex() {
        hovered = null;
        tooltip.hide();
        markDirty();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        // Twice at most: showing or hiding the lanes' scroll bar changes the canvas width.
        for (int attempt = 0; attempt < 2; attempt++) {
            double barWidth = lanesBar.isVisible() ? lanesBar.prefWidth(-1) : 0;
            double canvasWidth = Math.max(1, Math.floor(w - barWidth));
            double canvasHeight = Math.max(1, Math.floor(h));
            sizeCanvas(canvasWidth, canvasHeight);
            if (!isDirty()) {
                break;
            }
            redraw();
            if (layout.scrollable() == lanesBar.isVisible()) {
                break;
            }
            lanesBar.setVisible(layout.scrollable());
            markDirty();
        }
        canvas.relocate(x, y);
        double barWidth = lanesBar.isVisible() ? lanesBar.prefWidth(-1) : 0;
        double top = layout == null ? 0 : layout.plotTop();
        lanesBar.resizeRelocate(x + w - barWidth, y + top, barWidth, Math.max(0, h - top));
    }

    /** The initiatives of the last drawing (empty before the first), without drawing. */
    List<Initiative> drawn() {
        return drawn;
    }

    /** The layout as it stands, laid out and drawn now if a change is pending. */
    TimelineLayout layoutNow() {
        if (isDirty() || layout == null) {
            redraw();
        }
        return layout;
    }

    private void redraw() {
        markDrawn();
        TimelineControl control = getSkinnable();
        layout = renderer.layout(control.getIndex(), control.getWindow(), canvas.getWidth(), canvas.getHeight(),
                control.laneScrollProperty().get(), widths);
        painter.graphics().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        Initiative selected = control.getSelected();
        Initiative cursor = control.drawnKeyboardCursor();
        String hoveredId = hovered instanceof DrawnMark m ? m.initiativeId() : cursor == null ? null : cursor.id();
        renderer.paint(painter, layout, new Highlights(selected == null ? null : selected.id(),
                control.focusedOrganizationIdProperty().get(), hoveredId, cursor == null ? null : cursor.id()));
        drawn = control.getInitiatives();
        if (control.isFocused()) {
            // The keyboard focus, as a thin frame: a border would change the canvas size on focus.
            painter.graphics().setStroke(CanvasPainter.color(renderer.style().colours().selection().withAlpha(0.6)));
            painter.graphics().setLineWidth(1);
            painter.graphics().strokeRect(0.5, 0.5, canvas.getWidth() - 1, canvas.getHeight() - 1);
        }
        syncScrollBar();
    }

    private void syncScrollBar() {
        syncingBar = true;
        try {
            lanesBar.setMin(0);
            lanesBar.setMax(Math.max(0, layout.laneCount() - 1));
            lanesBar.setVisibleAmount(Math.max(1, layout.lanesShown()));
            lanesBar.setUnitIncrement(1);
            lanesBar.setBlockIncrement(Math.max(1, layout.lanesShown() - 1));
            lanesBar.setValue(layout.firstLane());
        } finally {
            syncingBar = false;
        }
    }

    /** Scrolls the lanes so that an initiative's lane is in view. */
    void revealLane(Initiative initiative) {
        int lane = getSkinnable().getIndex().laneOf(initiative);
        TimelineLayout l = layout;
        if (lane < 0 || l == null || !l.scrollable()) {
            return;
        }
        double first = l.firstLane();
        if (lane < first || lane > first + l.lanesShown() - 1) {
            getSkinnable().laneScrollProperty().set(Math.max(0, lane - Math.floor(l.lanesShown() / 2)));
        }
    }

    // ---- pointer

    private void moved(MouseEvent e) {
        if (layout == null) {
            return;
        }
        DrawnMark mark = layout.markAt(e.getX(), e.getY());
        hover(mark != null ? mark : layout.aggregateAt(e.getX(), e.getY()), e);
    }

    private void hover(Object target, MouseEvent e) {
        if (!same(target, hovered)) {
            hovered = target;
            markDirty();
        }
        if (target == null) {
            tooltip.hide();
            return;
        }
        String text = target instanceof DrawnMark m ? TimelineTexts.tooltip(m.initiative())
                : TimelineTexts.tooltip((DrawnAggregate) target);
        tooltip.setText(text);
        if (e != null && canvas.getScene() != null && canvas.getScene().getWindow() != null) {
            tooltip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 18);
        }
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof DrawnMark m && b instanceof DrawnMark n) {
            return m.initiativeId().equals(n.initiativeId());
        }
        return a == null ? b == null : a.equals(b);
    }

    private void pressed(MouseEvent e) {
        getSkinnable().requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        pressWindow = getSkinnable().getWindow();
        pressScroll = getSkinnable().laneScrollProperty().get();
        dragging = false;
    }

    private void dragged(MouseEvent e) {
        if (pressWindow == null || layout == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (!dragging && Math.abs(dx) + Math.abs(dy) < DRAG_THRESHOLD) {
            return;
        }
        dragging = true;
        tooltip.hide();
        canvas.setCursor(Cursor.CLOSED_HAND);
        getSkinnable().setWindow(pressWindow.pan(-dx * layout.scale().daysPerPixel()));
        if (layout.scrollable()) {
            double laneHeight = averageLaneHeight();
            getSkinnable().laneScrollProperty().set(clampScroll(pressScroll - dy / laneHeight));
        }
    }

    private double averageLaneHeight() {
        double sum = 0;
        for (LaneBand b : layout.bands()) {
            sum += b.height();
        }
        return layout.bands().isEmpty() ? layout.rowHeight() : sum / layout.bands().size();
    }

    private double clampScroll(double value) {
        return Math.max(0, Math.min(Math.max(0, layout.laneCount() - 1), value));
    }

    private void clicked(MouseEvent e) {
        if (dragging || !e.isStillSincePress() || layout == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        DrawnMark mark = layout.markAt(e.getX(), e.getY());
        if (mark != null) {
            getSkinnable().select(mark.initiative());
            return;
        }
        DrawnAggregate aggregate = layout.aggregateAt(e.getX(), e.getY());
        if (aggregate != null) {
            getSkinnable().show(aggregate.fromDay(), aggregate.toDay());
            return;
        }
        if (e.getClickCount() == 2 && e.getX() >= layout.plotLeft()) {
            getSkinnable().zoomAbout(2, layout.scale().day(e.getX()));
        }
    }

    private void scrolled(ScrollEvent e) {
        if (layout == null || e.getTouchCount() > 1) {
            return;
        }
        tooltip.hide();
        double dx = e.getDeltaX();
        double dy = e.getDeltaY();
        TimelineControl control = getSkinnable();
        if (e.isShiftDown() || Math.abs(dx) > Math.abs(dy)) {
            double pixels = Math.abs(dx) > 0 ? dx : dy;
            control.setWindow(control.getWindow().pan(-pixels * layout.scale().daysPerPixel()));
        } else if (e.getX() < layout.plotLeft() || e.isShortcutDown()) {
            if (layout.scrollable()) {
                control.laneScrollProperty().set(clampScroll(control.laneScrollProperty().get() - notches(e)));
            }
        } else if (dy != 0) {
            control.zoomAbout(Math.pow(WHEEL_ZOOM, notches(e)), layout.scale().day(e.getX()));
        }
        e.consume();
    }

    /** Wheel notches (fractions from trackpads): platforms differ in pixels per notch, so divide by their multiplier. */
    private static double notches(ScrollEvent e) {
        double multiplier = e.getMultiplierY() > 0 ? e.getMultiplierY() : WHEEL_NOTCH;
        return e.getDeltaY() / multiplier;
    }

    private void pinched(ZoomEvent e) {
        if (layout != null) {
            getSkinnable().zoomAbout(e.getZoomFactor(), layout.scale().day(e.getX()));
            e.consume();
        }
    }

    // ---- keys

    private void keyPressed(KeyEvent e) {
        TimelineControl control = getSkinnable();
        boolean handled = true;
        KeyCode code = e.getCode();
        switch (code) {
            case ADD, PLUS, EQUALS -> control.zoomIn();
            case SUBTRACT, MINUS -> control.zoomOut();
            case LEFT -> control.pan(e.isShiftDown() ? -0.6 : -0.2);
            case RIGHT -> control.pan(e.isShiftDown() ? 0.6 : 0.2);
            case HOME -> control.fitAll();
            case TAB -> handled = control.moveCursor(e.isShiftDown() ? -1 : 1);
            case DOWN -> control.moveCursor(1);
            case UP -> control.moveCursor(-1);
            case ENTER -> control.openCursor();
            case PAGE_DOWN -> control.laneScrollProperty().set(layout == null ? 0
                    : clampScroll(control.laneScrollProperty().get() + Math.max(1, layout.lanesShown() - 1)));
            case PAGE_UP -> control.laneScrollProperty().set(layout == null ? 0
                    : clampScroll(control.laneScrollProperty().get() - Math.max(1, layout.lanesShown() - 1)));
            case ESCAPE -> tooltip.hide();
            default -> handled = false;
        }
        if (handled) {
            tooltip.hide();
            e.consume();
        }
    }
}

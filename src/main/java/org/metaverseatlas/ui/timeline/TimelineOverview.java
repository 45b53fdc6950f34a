package org.metaverseatlas.ui.timeline;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.metaverseatlas.render.timeline.OverviewHistogram;
import org.metaverseatlas.render.timeline.OverviewPainter;
import org.metaverseatlas.render.timeline.TimeScale;
import org.metaverseatlas.render.timeline.TimeWindow;
import org.metaverseatlas.render.timeline.TimelineRenderer;
import org.metaverseatlas.ui.paint.CanvasPainter;


/**
 * The strip below the timeline: a density histogram of every initiative the timeline holds, with a window that is
 * the timeline's visible range. Dragging the window moves through time; dragging its edges zooms; pressing
 * outside it brings it there. With Shift held, a drag brushes a range of days instead (the {@link #brushProperty()},
 * which the app makes the date filter): a drag from outside the brush draws a new one, from its edges resizes it,
 * from inside moves it; Escape clears it.
 */
public final class TimelineOverview extends Region {
    private static final double EDGE = 6;
    private static final double PAD = 8;
    private static final String BRUSH_COLOUR = "#d97706";

    private enum Drag { MOVE, START, END, BRUSH_NEW, BRUSH_MOVE, BRUSH_START, BRUSH_END }

    private final TimelineControl timeline;
    private final Canvas canvas = new Canvas();
    private final CanvasPainter painter = new CanvasPainter(canvas.getGraphicsContext2D());
    private OverviewHistogram histogram;
    private TimeWindow extent;
    private TimeWindow frozenExtent;
    private boolean dirty = true;
    private Drag drag;
    private double pressX;
    private TimeWindow pressWindow;
    private TimeWindow pressBrush;
    private final ObjectProperty<TimeWindow> brush = new SimpleObjectProperty<>(this, "brush");
    /** What the strip shows when it is not the timeline's own initiatives: see {@link #setContext}. */
    private double[] contextStarts;
    private double contextFirst = Double.NaN;
    private double contextLast = Double.NaN;
    private final ObjectProperty<TimeWindow> brushing = new SimpleObjectProperty<>(this, "brushing");

    public TimelineOverview(TimelineControl timeline) {
        this.timeline = timeline;
        setId("timeline-overview");
        getStyleClass().add("timeline-overview");
        getChildren().add(canvas);
        setMinHeight(26);
        setPrefHeight(32);
        Tooltip.install(this, new Tooltip(TimelineTexts.text("overview.hint")));
        InvalidationListener redraw = o -> markDirty();
        timeline.indexProperty().addListener(o -> {
            if (contextStarts == null) {
                histogram = OverviewHistogram.ofSorted(timeline.getIndex().starts());
            }
            markDirty();
        });
        timeline.windowProperty().addListener(redraw);
        brush.addListener(redraw);
        brushing.addListener(redraw);
        setFocusTraversable(true);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && (brush.get() != null || brushing.get() != null)) {
                drag = null;
                brushing.set(null);
                brush.set(null);
                e.consume();
            }
        });
        timeline.colourProperties().forEach(p -> p.addListener(redraw));
        histogram = OverviewHistogram.ofSorted(timeline.getIndex().starts());
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> canvas.setCursor(cursorAt(e.getX(), e.isShiftDown())));
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (brushing.get() != null) {
                TimeWindow done = brushing.get();
                brushing.set(null);
                brush.set(done);
            }
            drag = null;
            frozenExtent = null;
            markDirty();
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                timeline.zoomAbout(Math.pow(1.2, e.getDeltaY() / 40), scale().day(e.getX()));
            }
            e.consume();
        });
    }

    /**
     * The brushed range of days, [startDay, endDay) in whole days, or null for none. Set when a brush gesture ends
     * (not while it is dragged), so that whoever follows it changes once per gesture.
     */
    public ObjectProperty<TimeWindow> brushProperty() {
        return brush;
    }

    /**
     * Shows these initiatives in the strip instead of the timeline's own, so that a brushed date filter, which
     * narrows the timeline, does not narrow the strip it is drawn in: the strip then holds what the other filters
     * leave, and the brush can be moved and widened over it. {@code sortedStarts} are the start days in order,
     * {@code lastDay} the day after the last end; null starts go back to the timeline's own initiatives.
     */
    public void setContext(double[] sortedStarts, double firstDay, double lastDay) {
        contextStarts = sortedStarts;
        contextFirst = firstDay;
        contextLast = lastDay;
        histogram = OverviewHistogram.ofSorted(sortedStarts != null ? sortedStarts : timeline.getIndex().starts());
        markDirty();
    }

    /** The brush as it is being dragged, or null between gestures. */
    public ReadOnlyObjectProperty<TimeWindow> brushingProperty() {
        return brushing;
    }

    private void markDirty() {
        if (!dirty) {
            dirty = true;
            requestLayout();
        }
    }

    @Override
    protected void layoutChildren() {
        double w = Math.max(1, Math.floor(getWidth()));
        double h = Math.max(1, Math.floor(getHeight()));
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
        }
        if (dirty) {
            redraw();
        }
    }

    /** All the initiatives, widened to take in the visible window; fixed while the window is dragged. */
    TimeWindow extent() {
        if (frozenExtent != null) {
            return frozenExtent;
        }
        TimeWindow fit = contextStarts != null ? TimelineRenderer.fit(contextFirst, contextLast)
                : TimelineRenderer.fit(timeline.getIndex().firstDay(), timeline.getIndex().lastDay());
        TimeWindow w = timeline.getWindow();
        return new TimeWindow(Math.min(fit.startDay(), w.startDay()), Math.max(fit.endDay(), w.endDay()));
    }

    TimeScale scale() {
        return TimeScale.of(extent == null ? extent() : extent, PAD, Math.max(1, canvas.getWidth() - 2 * PAD));
    }

    /** The visible window's left and right x in the strip. */
    double[] windowBounds() {
        TimeScale s = scale();
        TimeWindow w = timeline.getWindow();
        return new double[]{s.x(w.startDay()), s.x(w.endDay())};
    }

    private void redraw() {
        dirty = false;
        extent = extent();
        new OverviewPainter(timeline.colours()).paint(painter, histogram, scale(), timeline.getWindow(),
                canvas.getWidth(), canvas.getHeight(), PAD);
        TimeWindow band = brushing.get() != null ? brushing.get() : brush.get();
        if (band != null) {
            TimeScale s = scale();
            double x0 = Math.max(0, s.x(band.startDay()));
            double x1 = Math.min(canvas.getWidth(), s.x(band.endDay()));
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setFill(Color.web(BRUSH_COLOUR, 0.22));
            g.fillRect(x0, 0, Math.max(1, x1 - x0), canvas.getHeight());
            g.setStroke(Color.web(BRUSH_COLOUR));
            g.setLineWidth(2);
            g.strokeLine(x0 + 1, 0, x0 + 1, canvas.getHeight());
            g.strokeLine(x1 - 1, 0, x1 - 1, canvas.getHeight());
        }
    }

    /** The brush band's edges, or null without a brush. */
    double[] brushBounds() {
        TimeWindow b = brush.get();
        if (b == null) {
            return null;
        }
        TimeScale s = scale();
        return new double[]{s.x(b.startDay()), s.x(b.endDay())};
    }

    private Cursor cursorAt(double x, boolean shift) {
        if (shift) {
            double[] b = brushBounds();
            if (b == null || x < b[0] - EDGE || x > b[1] + EDGE) {
                return Cursor.CROSSHAIR;
            }
            return Math.abs(x - b[0]) <= EDGE || Math.abs(x - b[1]) <= EDGE ? Cursor.H_RESIZE : Cursor.MOVE;
        }
        double[] b = windowBounds();
        if (Math.abs(x - b[0]) <= EDGE || Math.abs(x - b[1]) <= EDGE) {
            return Cursor.H_RESIZE;
        }
        return x > b[0] && x < b[1] ? Cursor.OPEN_HAND : Cursor.DEFAULT;
    }

    private void pressed(MouseEvent e) {
        frozenExtent = extent;
        requestFocus();
        if (e.isShiftDown()) {
            pressBrushing(e.getX());
            return;
        }
        double[] b = windowBounds();
        double x = e.getX();
        pressX = x;
        if (Math.abs(x - b[0]) <= EDGE) {
            drag = Drag.START;
        } else if (Math.abs(x - b[1]) <= EDGE) {
            drag = Drag.END;
        } else {
            drag = Drag.MOVE;
            if (x < b[0] || x > b[1]) {
                timeline.setWindow(timeline.getWindow().centeredOn(scale().day(x)));
            }
        }
        pressWindow = timeline.getWindow();
    }

    private void pressBrushing(double x) {
        pressX = x;
        double[] b = brushBounds();
        pressBrush = brush.get();
        if (b != null && Math.abs(x - b[0]) <= EDGE) {
            drag = Drag.BRUSH_START;
        } else if (b != null && Math.abs(x - b[1]) <= EDGE) {
            drag = Drag.BRUSH_END;
        } else if (b != null && x > b[0] && x < b[1]) {
            drag = Drag.BRUSH_MOVE;
        } else {
            drag = Drag.BRUSH_NEW;
            double day = Math.floor(scale().day(x));
            pressBrush = new TimeWindow(day, day + 1);
        }
        brushing.set(pressBrush);
    }

    /** A brushed range in whole days, at least one day long. */
    private static TimeWindow wholeDays(double a, double b) {
        double start = Math.floor(Math.min(a, b));
        double end = Math.ceil(Math.max(a, b));
        return new TimeWindow(start, Math.max(end, start + 1));
    }

    private void dragged(MouseEvent e) {
        if (drag != null && drag.name().startsWith("BRUSH")) {
            double days = scale().days(e.getX() - pressX);
            TimeWindow b = pressBrush;
            brushing.set(switch (drag) {
                case BRUSH_NEW -> wholeDays(b.startDay(), scale().day(e.getX()));
                case BRUSH_MOVE -> wholeDays(b.startDay() + Math.round(days), b.endDay() + Math.round(days));
                case BRUSH_START -> wholeDays(Math.min(b.startDay() + days, b.endDay() - 1), b.endDay());
                default -> wholeDays(b.startDay(), Math.max(b.endDay() + days, b.startDay() + 1));
            });
            return;
        }
        if (drag == null || pressWindow == null) {
            return;
        }
        double days = scale().days(e.getX() - pressX);
        double start = pressWindow.startDay();
        double end = pressWindow.endDay();
        switch (drag) {
            case MOVE -> timeline.setWindow(pressWindow.pan(days));
            case START -> timeline.setWindow(new TimeWindow(Math.min(start + days, end - TimeWindow.MIN_DAYS), end));
            case END -> timeline.setWindow(new TimeWindow(start, Math.max(end + days, start + TimeWindow.MIN_DAYS)));
            default -> { }
        }
    }
}

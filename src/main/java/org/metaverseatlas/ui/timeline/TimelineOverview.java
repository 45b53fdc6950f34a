package org.metaverseatlas.ui.timeline;

import javafx.beans.InvalidationListener;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import org.metaverseatlas.render.timeline.OverviewHistogram;
import org.metaverseatlas.render.timeline.OverviewPainter;
import org.metaverseatlas.render.timeline.TimeScale;
import org.metaverseatlas.render.timeline.TimeWindow;
import org.metaverseatlas.render.timeline.TimelineRenderer;
import org.metaverseatlas.ui.paint.CanvasPainter;


/**
 * The strip below the timeline: a density histogram of every initiative the timeline holds, with a window that is
 * the timeline's visible range. Dragging the window moves through time; dragging its edges zooms; pressing
 * outside it brings it there.
 */
public final class TimelineOverview extends Region {
    private static final double EDGE = 6;
    private static final double PAD = 8;

    private enum Drag { MOVE, START, END }

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
            histogram = OverviewHistogram.ofSorted(timeline.getIndex().starts());
            markDirty();
        });
        timeline.windowProperty().addListener(redraw);
        timeline.colourProperties().forEach(p -> p.addListener(redraw));
        histogram = OverviewHistogram.ofSorted(timeline.getIndex().starts());
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> canvas.setCursor(cursorAt(e.getX())));
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
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
        TimeWindow fit = TimelineRenderer.fit(timeline.getIndex().firstDay(), timeline.getIndex().lastDay());
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
    }

    private Cursor cursorAt(double x) {
        double[] b = windowBounds();
        if (Math.abs(x - b[0]) <= EDGE || Math.abs(x - b[1]) <= EDGE) {
            return Cursor.H_RESIZE;
        }
        return x > b[0] && x < b[1] ? Cursor.OPEN_HAND : Cursor.DEFAULT;
    }

    private void pressed(MouseEvent e) {
        frozenExtent = extent;
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

    private void dragged(MouseEvent e) {
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
        }
    }
}

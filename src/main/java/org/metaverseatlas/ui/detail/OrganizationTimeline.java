package org.metaverseatlas.ui.detail;

import javafx.geometry.Orientation;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import org.metaverseatlas.model.DateWording;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.render.Painter;
import org.metaverseatlas.render.Palette;
import org.metaverseatlas.render.Rgb;
import org.metaverseatlas.ui.paint.CanvasPainter;

import java.util.List;
import java.util.function.Consumer;

/**
 * An organization's own small timeline: a mark per initiative in its kind's colour along a time axis with year
 * ticks (hollow where the source gives only its publication date). Clicking a mark opens that initiative.
 */
final class OrganizationTimeline extends Region {
    private final List<Initiative> initiatives;
    private final Canvas canvas = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private OrganizationTimelineLayout layout;

    OrganizationTimeline(List<Initiative> initiatives, Consumer<Initiative> onOpen) {
        this.initiatives = List.copyOf(initiatives);
        getStyleClass().add("organization-timeline");
        getChildren().add(canvas);
        tooltip.setShowDelay(Duration.millis(150));
        canvas.setOnMouseMoved(this::hover);
        canvas.setOnMouseExited(e -> Tooltip.uninstall(canvas, tooltip));
        canvas.setOnMouseClicked(e -> {
            Initiative hit = layout == null ? null : layout.initiativeAt(e.getX(), e.getY());
            if (hit != null) {
                onOpen.accept(hit);
            }
        });
    }

    private void hover(MouseEvent e) {
        Initiative hit = layout == null ? null : layout.initiativeAt(e.getX(), e.getY());
        canvas.setCursor(hit == null ? Cursor.DEFAULT : Cursor.HAND);
        if (hit == null) {
            Tooltip.uninstall(canvas, tooltip);
        } else {
            tooltip.setText(hit.title() + "\n" + DateWording.of(hit.date()));
            Tooltip.install(canvas, tooltip);
        }
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 280;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 60;
    }

    @Override
    protected double computePrefHeight(double width) {
        return OrganizationTimelineLayout.of(initiatives, width > 0 ? width : computePrefWidth(-1)).height();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double width = snapSizeX(getWidth());
        if (layout == null || layout.width() != width) {
            layout = OrganizationTimelineLayout.of(initiatives, width);
            canvas.setWidth(width);
            canvas.setHeight(layout.height());
            canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
            draw(new CanvasPainter(canvas.getGraphicsContext2D()), layout);
        }
    }

    /** The layout last drawn, for tests. */
    OrganizationTimelineLayout drawnLayout() {
        return layout;
    }

    static void draw(Painter painter, OrganizationTimelineLayout layout) {
        painter.save();
        double axis = layout.axisY();
        painter.setStroke(Palette.GRID);
        painter.setLineWidth(1);
        painter.strokeLine(OrganizationTimelineLayout.PADDING, axis, layout.width() - OrganizationTimelineLayout.PADDING, axis);
        for (OrganizationTimelineLayout.Tick tick : layout.ticks()) {
            double x = Math.round(tick.x()) + 0.5;
            painter.setStroke(Palette.GRID);
            painter.strokeLine(x, axis - 3, x, axis + 4);
            if (tick.labelled()) {
                painter.setFill(Palette.TEXT_MUTED);
                painter.text(Integer.toString(tick.year()), x + 3, axis + 15, 11, Painter.Align.LEFT, false);
            }
        }
        painter.setLineWidth(1.5);
        for (OrganizationTimelineLayout.Mark mark : layout.marks()) {
            Rgb colour = Palette.kind(mark.initiative().kind());
            painter.setStroke(colour);
            if (mark.bar()) {
                painter.setFill(colour.withAlpha(mark.hollow() ? 0.25 : 0.85));
                painter.fillRect(mark.x(), mark.y() + 2, mark.width(), mark.height() - 4);
                painter.strokeRect(mark.x(), mark.y() + 2, mark.width(), mark.height() - 4);
            } else if (mark.hollow()) {
                painter.strokeOval(mark.x() + 1, mark.y() + 1, mark.width() - 2, mark.height() - 2);
            } else {
                painter.setFill(colour);
                painter.fillOval(mark.x(), mark.y(), mark.width(), mark.height());
            }
        }
        painter.restore();
    }
}

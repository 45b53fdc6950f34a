package org.metaverseatlas.ui.paint;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Control;
import javafx.scene.control.SkinBase;

import java.util.ArrayList;
import java.util.List;

/**
 * A skin that draws on one canvas, at most once per pulse: whatever it {@link #watch watches} only marks the drawing
 * dirty and asks for a layout pass, where the skin draws again if it is dirty. It sizes the canvas (a new size is a
 * new drawing) and removes every listener it registered when it is disposed.
 */
public abstract class CanvasSkin<C extends Control> extends SkinBase<C> {
    protected final Canvas canvas = new Canvas();
    private final InvalidationListener dirtyListener = o -> markDirty();
    private final List<Observable> watched = new ArrayList<>();
    private boolean dirty = true;

    protected CanvasSkin(C control) {
        super(control);
    }

    /** Draws again when any of these changes, until the skin is disposed. */
    protected final void watch(Observable... sources) {
        for (Observable source : sources) {
            source.addListener(dirtyListener);
            watched.add(source);
        }
    }

    /** Asks for a new drawing in the next layout pass (once, however often it is asked before). */
    protected final void markDirty() {
        if (!dirty) {
            dirty = true;
            getSkinnable().requestLayout();
        }
    }

    protected final boolean isDirty() {
        return dirty;
    }

    /** Called by the drawing itself: what it draws is current. */
    protected final void markDrawn() {
        dirty = false;
    }

    /** Gives the canvas this size; a new size needs a new drawing. True when the size changed. */
    protected final boolean sizeCanvas(double width, double height) {
        if (canvas.getWidth() == width && canvas.getHeight() == height) {
            return false;
        }
        canvas.setWidth(width);
        canvas.setHeight(height);
        dirty = true;
        return true;
    }

    /** The number of sources watched, for tests. */
    protected final int watchedCount() {
        return watched.size();
    }

    @Override
    public void dispose() {
        watched.forEach(o -> o.removeListener(dirtyListener));
        watched.clear();
        super.dispose();
    }
}

package org.metaverseatlas.ui.timeline;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.util.Duration;
import org.metaverseatlas.render.timeline.LaneIndex;
import org.metaverseatlas.render.timeline.TimeWindow;

import java.time.LocalDate;

/**
 * Plays the timeline: steps its visible window through the period of the initiatives it holds, one step a second,
 * so that the map, which follows the window, sweeps through time. Stops at the end; steps back and forth by hand.
 */
public final class TimelinePlayback {
    /** How far one step moves the window, and the window's length when playing starts from a view of everything. */
    public enum Step {
        WEEK(7, 91), MONTH(0, 183), QUARTER(0, 366), YEAR(0, 731);

        private final int days;
        private final int window;

        Step(int days, int window) {
            this.days = days;
            this.window = window;
        }

        LocalDate after(LocalDate day, int times) {
            return switch (this) {
                case WEEK -> day.plusDays((long) days * times);
                case MONTH -> day.plusMonths(times);
                case QUARTER -> day.plusMonths(3L * times);
                case YEAR -> day.plusYears(times);
            };
        }
    }

    private final TimelineControl timeline;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(this, "step", Step.MONTH);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final Timeline ticks;

    public TimelinePlayback(TimelineControl timeline) {
        this.timeline = timeline;
        ticks = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        ticks.setCycleCount(Timeline.INDEFINITE);
        // A new set of initiatives (a filter change) ends the playing: the window has been fitted to them.
        timeline.indexProperty().addListener(o -> pause());
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public boolean isPlaying() {
        return playing.get();
    }

    public void togglePlaying() {
        if (isPlaying()) {
            pause();
        } else {
            play();
        }
    }

    /**
     * Starts playing from where the window is; a window that already shows everything, or has reached the end,
     * starts again from the first initiative with a window a few steps long.
     */
    public void play() {
        LaneIndex index = timeline.getIndex();
        if (Double.isNaN(index.firstDay())) {
            return;
        }
        TimeWindow w = timeline.getWindow();
        double first = index.firstDay();
        double last = index.lastDay();
        if (w.startDay() <= first && w.endDay() >= last || w.endDay() >= last) {
            double length = w.startDay() <= first && w.endDay() >= last
                    ? Math.min(step.get().window, Math.max(TimeWindow.MIN_DAYS, (last - first) / 2)) : w.length();
            LocalDate start = LocalDate.ofEpochDay((long) Math.floor(first));
            timeline.setWindow(new TimeWindow(start.toEpochDay(), start.toEpochDay() + length));
        }
        playing.set(true);
        ticks.playFromStart();
    }

    public void pause() {
        ticks.stop();
        playing.set(false);
    }

    /** Moves the window one step later ({@code times} 1) or earlier (-1), and pauses. */
    public void stepBy(int times) {
        pause();
        move(times);
    }

    private void tick() {
        if (!move(1) || timeline.getWindow().endDay() >= timeline.getIndex().lastDay()) {
            pause();
        }
    }

    /** Moves the window by whole steps; false when there is nothing to move through. */
    private boolean move(int times) {
        TimeWindow w = timeline.getWindow();
        LocalDate start = LocalDate.ofEpochDay((long) Math.floor(w.startDay()));
        double offset = w.startDay() - start.toEpochDay();
        double moved = step.get().after(start, times).toEpochDay() + offset;
        if (Double.isNaN(timeline.getIndex().firstDay())) {
            return false;
        }
        timeline.setWindow(new TimeWindow(moved, moved + w.length()));
        return true;
    }
}

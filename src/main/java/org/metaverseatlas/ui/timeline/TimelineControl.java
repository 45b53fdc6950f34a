package org.metaverseatlas.ui.timeline;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.render.Rgb;
import org.metaverseatlas.render.timeline.DrawnMark;
import org.metaverseatlas.render.timeline.LaneGrouping;
import org.metaverseatlas.render.timeline.LaneIndex;
import org.metaverseatlas.render.timeline.TimeWindow;
import org.metaverseatlas.render.timeline.TimelineFrame;
import org.metaverseatlas.render.timeline.TimelineLayout;
import org.metaverseatlas.render.timeline.TimelineRenderer;
import org.metaverseatlas.render.timeline.TimelineStyle;

import java.util.List;
import java.util.Objects;

/**
 * The interactive timeline: initiatives in lanes along a zoomable, pannable time axis, drawn on a canvas by
 * {@link TimelineSkin}. State lives in properties (the initiatives shown, the lane grouping, the visible window, the
 * selected initiative, the organization in focus, the keyboard cursor); commands are methods. Given new
 * initiatives, it fits them all. Colours come from CSS ({@code timeline.css}), so themes apply.
 */
public class TimelineControl extends Control {
    private static final StyleablePropertyFactory<TimelineControl> CSS =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());
    private static final double ZOOM_STEP = 1.5;

    private final ObjectProperty<List<Initiative>> initiatives = new SimpleObjectProperty<>(this, "initiatives", List.of());
    private final ObjectProperty<LaneGrouping> grouping = new SimpleObjectProperty<>(this, "grouping", LaneGrouping.CITY);
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(this, "window",
            TimelineRenderer.fit(Double.NaN, Double.NaN));
    private final ObjectProperty<Initiative> selected = new SimpleObjectProperty<>(this, "selected");
    /** The window the last "show all" set, while it is still the one shown. */
    private TimeWindow fitted;
    private final ObjectProperty<String> focusedOrganizationId = new SimpleObjectProperty<>(this, "focusedOrganizationId");
    private final ReadOnlyObjectWrapper<Initiative> cursor = new ReadOnlyObjectWrapper<>(this, "cursor");
    private final DoubleProperty laneScroll = new SimpleDoubleProperty(this, "laneScroll", 0);
    private LaneIndex largest;
    private List<Initiative> largestList;
    private final ReadOnlyObjectWrapper<LaneIndex> index = new ReadOnlyObjectWrapper<>(this, "index",
            LaneIndex.build(List.of(), LaneGrouping.CITY));

    private final StyleableProperty<Color> background = CSS.createStyleableColorProperty(this, "background",
            "-tl-background", c -> c.background, Color.WHITE);
    private final StyleableProperty<Color> text = CSS.createStyleableColorProperty(this, "text",
            "-tl-text", c -> c.text, Color.web("#1F2328"));
    private final StyleableProperty<Color> textMuted = CSS.createStyleableColorProperty(this, "textMuted",
            "-tl-text-muted", c -> c.textMuted, Color.web("#656D76"));
    private final StyleableProperty<Color> grid = CSS.createStyleableColorProperty(this, "grid",
            "-tl-grid", c -> c.grid, Color.web("#D0D7DE"));
    private final StyleableProperty<Color> laneAlternate = CSS.createStyleableColorProperty(this,
            "laneAlternate", "-tl-lane-alternate", c -> c.laneAlternate, Color.web("#F6F8FA"));
    private final StyleableProperty<Color> headerBackground = CSS.createStyleableColorProperty(this,
            "headerBackground", "-tl-header-background", c -> c.headerBackground, Color.web("#F6F8FA"));
    private final StyleableProperty<Color> selection = CSS.createStyleableColorProperty(this, "selection",
            "-tl-selection", c -> c.selection, Color.web("#0969DA"));
    private final StyleableProperty<Color> highlight = CSS.createStyleableColorProperty(this, "highlight",
            "-tl-highlight", c -> c.highlight, Color.web("#BF8700"));

    public TimelineControl() {
        getStyleClass().add("timeline");
        setFocusTraversable(true);
        initiatives.addListener((o, was, now) -> {
            if (cursor.get() != null && !contains(now, cursor.get())) {
                cursor.set(null);
            }
            index.set(indexOf(now, grouping.get()));
            if (!now.isEmpty()) {
                // Nothing to show keeps the window where it was, so that clearing the filters is no jump.
                fitAll();
                // The selection, if the new result keeps it, stays in view: its lane is scrolled to.
                if (selected.get() != null && shows(selected.get())) {
                    reveal(selected.get());
                }
            }
        });
        grouping.addListener((o, was, now) -> index.set(indexOf(initiatives.get(), now)));
        // A window that shows everything keeps doing so as the timeline is resized (the room for labels changes).
        widthProperty().addListener((o, was, now) -> {
            if (fitted != null && fitted.equals(window.get())) {
                fitWindow();
            }
        });
        selected.addListener((o, was, now) -> {
            if (now != null && shows(now)) {
                cursor.set(now);
                reveal(now);
            }
        });
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return Objects.requireNonNull(TimelineControl.class.getResource("timeline.css")).toExternalForm();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    /** The neutral colours as styled. */
    TimelineStyle.Colours colours() {
        return new TimelineStyle.Colours(rgb(background), rgb(text), rgb(textMuted), rgb(grid), rgb(laneAlternate),
                rgb(headerBackground), rgb(selection), rgb(highlight));
    }

    public List<javafx.beans.Observable> colourProperties() {
        return List.of((javafx.beans.Observable) background, (javafx.beans.Observable) text,
                (javafx.beans.Observable) textMuted, (javafx.beans.Observable) grid,
                (javafx.beans.Observable) laneAlternate, (javafx.beans.Observable) headerBackground,
                (javafx.beans.Observable) selection, (javafx.beans.Observable) highlight);
    }

    private static Rgb rgb(StyleableProperty<Color> property) {
        Color c = property.getValue();
        return new Rgb(c.getRed(), c.getGreen(), c.getBlue(), c.getOpacity());
    }

    // ---- state

    public ObjectProperty<List<Initiative>> initiativesProperty() {
        return initiatives;
    }

    public List<Initiative> getInitiatives() {
        return initiatives.get();
    }

    /** Shows these initiatives (oldest first is fastest), fitting them all. */
    public void setInitiatives(List<Initiative> value) {
        initiatives.set(value == null ? List.of() : value);
    }

    public ObjectProperty<LaneGrouping> groupingProperty() {
        return grouping;
    }

    public LaneGrouping getGrouping() {
        return grouping.get();
    }

    public void setGrouping(LaneGrouping value) {
        grouping.set(Objects.requireNonNull(value));
    }

    /** The visible stretch of time. */
    public ObjectProperty<TimeWindow> windowProperty() {
        return window;
    }

    public TimeWindow getWindow() {
        return window.get();
    }

    public void setWindow(TimeWindow value) {
        window.set(Objects.requireNonNull(value));
    }

    public ObjectProperty<Initiative> selectedProperty() {
        return selected;
    }

    public Initiative getSelected() {
        return selected.get();
    }

    public void setSelected(Initiative value) {
        selected.set(value);
    }

    public ObjectProperty<String> focusedOrganizationIdProperty() {
        return focusedOrganizationId;
    }

    public void setFocusedOrganizationId(String value) {
        focusedOrganizationId.set(value);
    }

    /** The initiative the keyboard is on: Tab and the arrow keys move it, Enter selects it. */
    public ReadOnlyObjectProperty<Initiative> keyboardCursorProperty() {
        return cursor.getReadOnlyProperty();
    }

    public Initiative getKeyboardCursor() {
        return cursor.get();
    }

    /**
     * The keyboard cursor as drawn: only while the timeline has the keyboard focus, so that a cursor left behind
     * never reads as a second selection.
     */
    public Initiative drawnKeyboardCursor() {
        return isFocused() ? cursor.get() : null;
    }

    /** The vertical scroll position, in lanes. */
    public DoubleProperty laneScrollProperty() {
        return laneScroll;
    }

    /** What the timeline shows now: the visible window (whole days), grouping, selection and focus. */
    public TimelineFrame frame() {
        Initiative s = selected.get();
        return new TimelineFrame(window.get().fromDate(), window.get().toDate(), grouping.get(),
                s == null ? null : s.id(), focusedOrganizationId.get());
    }

    /** The marks drawn now, one per initiative shown on its own, with their bounds on the canvas. */
    public List<DrawnMark> visibleMarks() {
        TimelineLayout layout = currentLayout();
        return layout == null ? List.of() : layout.marks();
    }

    /** The initiatives the canvas last drew, without drawing: what the screen shows after this pulse. */
    public List<Initiative> drawnInitiatives() {
        return getSkin() instanceof TimelineSkin skin ? skin.drawn() : List.of();
    }

    /** The current layout (drawing it first if a change is pending), or null before the control has a skin. */
    public TimelineLayout currentLayout() {
        return getSkin() instanceof TimelineSkin skin ? skin.layoutNow() : null;
    }

    // ---- commands

    /** The initiatives in lanes, sorted, with their extents: rebuilt when the initiatives or the grouping change. */
    public ReadOnlyObjectProperty<LaneIndex> indexProperty() {
        return index.getReadOnlyProperty();
    }

    public LaneIndex getIndex() {
        return index.get();
    }

    /** Shows every initiative, from the first to the last. */
    public void fitAll() {
        fitWindow();
        laneScroll.set(0);
    }

    private void fitWindow() {
        double plotWidth = getWidth() - TimelineStyle.standard().headerWidth();
        fitted = TimelineRenderer.fit(index.get().firstDay(), index.get().lastDay(), plotWidth,
                TimelineRenderer.labelRoom(index.get().initiatives().size(), plotWidth));
        window.set(fitted);
    }

    /** Zooms in by {@code factor} (below 1 zooms out) about the middle. */
    public void zoom(double factor) {
        window.set(window.get().zoom(factor, window.get().center()));
    }

    /** Zooms in by {@code factor} about a day, which stays where it is. */
    public void zoomAbout(double factor, double day) {
        window.set(window.get().zoom(factor, day));
    }

    public void zoomIn() {
        zoom(ZOOM_STEP);
    }

    public void zoomOut() {
        zoom(1 / ZOOM_STEP);
    }

    /** Pans by a fraction of the visible window (positive: later). */
    public void pan(double fraction) {
        window.set(window.get().pan(fraction * window.get().length()));
    }

    /** Shows [fromDay, toDay) with a little room around it. */
    public void show(double fromDay, double toDay) {
        double length = Math.max(TimeWindow.MIN_DAYS, (toDay - fromDay) * 1.15);
        double middle = (fromDay + toDay) / 2;
        window.set(new TimeWindow(middle - length / 2, middle + length / 2));
    }

    /** Pans (and zooms out if needed) so that an initiative is in view. */
    public void reveal(Initiative initiative) {
        if (initiative == null) {
            return;
        }
        double start = initiative.date().start().toEpochDay();
        double end = initiative.date().end().toEpochDay() + 1;
        TimeWindow w = window.get();
        if (end - start > w.length() * 0.9) {
            show(start, end);
        } else if (start < w.startDay() || end > w.endDay()) {
            window.set(w.centeredOn((start + end) / 2));
        }
        if (getSkin() instanceof TimelineSkin skin) {
            skin.revealLane(initiative);
        }
    }

    /** Moves the keyboard cursor by {@code steps} initiatives in time order; false at either end. */
    public boolean moveCursor(int steps) {
        List<Initiative> all = initiatives.get();
        if (all.isEmpty()) {
            return false;
        }
        Initiative from = cursor.get() != null ? cursor.get() : selected.get();
        int index = from == null ? -1 : indexOf(all, from);
        int next = index < 0 ? (steps > 0 ? 0 : all.size() - 1) : index + steps;
        if (next < 0 || next >= all.size()) {
            return false;
        }
        cursor.set(all.get(next));
        reveal(all.get(next));
        return true;
    }

    /** Selects the initiative under the keyboard cursor. */
    public void openCursor() {
        if (cursor.get() != null) {
            selected.set(cursor.get());
        }
    }

    /** Selects an initiative (a click on its mark). */
    public void select(Initiative initiative) {
        cursor.set(initiative);
        selected.set(initiative);
    }

    /**
     * The lanes of a list. The index of the largest list seen (the whole catalog, as a rule) is kept, so that
     * clearing the filters, which brings that very list back, costs nothing.
     */
    private LaneIndex indexOf(List<Initiative> list, LaneGrouping by) {
        if (largest != null && largestList == list && largest.grouping() == by) {
            return largest;
        }
        LaneIndex built = LaneIndex.build(list, by);
        if (largestList == null || list.size() >= largestList.size()) {
            largest = built;
            largestList = list;
        }
        return built;
    }

    /** Whether the initiative is among those shown (found through its lane, not by a scan of them all). */
    private boolean shows(Initiative initiative) {
        int lane = index.get().laneOf(initiative);
        return lane >= 0 && index.get().lanes().get(lane).indexOf(initiative) >= 0;
    }

    private static boolean contains(List<Initiative> list, Initiative initiative) {
        return indexOf(list, initiative) >= 0;
    }

    private static int indexOf(List<Initiative> list, Initiative initiative) {
        for (int k = 0; k < list.size(); k++) {
            if (list.get(k).id().equals(initiative.id())) {
                return k;
            }
        }
        return -1;
    }
}

package org.metaverseatlas.ui.map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.render.map.MapColours;
import org.metaverseatlas.render.map.MapFrame;
import org.metaverseatlas.render.map.MapLayout;
import org.metaverseatlas.render.map.MapMarker;
import org.metaverseatlas.render.map.MapRenderer;
import org.metaverseatlas.render.map.MapViewport;
import org.metaverseatlas.render.map.ProvinceBadge;
import org.metaverseatlas.render.timeline.TimeWindow;
import org.metaverseatlas.ui.state.FilterModel;
import org.metaverseatlas.ui.state.SelectionModel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The map of China with the filtered initiatives on it. It shows what the shared {@link FilterModel} lets through
 * and highlights what the shared {@link SelectionModel} holds; clicking a city or a province changes the filter,
 * clicking a single initiative's marker selects it. Zoom with the wheel, +/- or the buttons; drag to pan; Home to
 * see all of China. The geometry ({@link #rendererProperty()}) is set once it has loaded in the background.
 */
public final class MapControl extends Control {
    /** How much one step of +/- or the buttons zooms. */
    static final double ZOOM_STEP = 1.5;
    /** How far the arrow keys pan, in pixels. */
    static final double PAN_STEP = 80;

    private static final StyleablePropertyFactory<MapControl> CSS =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());
    private static final CssMetaData<MapControl, Color> THEME_BACKGROUND = CSS.createColorCssMetaData(
            "-map-theme-background", c -> c.themeBackground, Color.WHITE);

    private final FilterModel filter;
    private final SelectionModel selection;
    private final StyleableProperty<Color> themeBackground =
            new javafx.css.SimpleStyleableObjectProperty<>(THEME_BACKGROUND, this, "themeBackground", Color.WHITE);
    private final ObjectProperty<MapRenderer> renderer = new SimpleObjectProperty<>(this, "renderer");
    private final StringProperty loadError = new SimpleStringProperty(this, "loadError");
    private final StringProperty cjkFontFamily = new SimpleStringProperty(this, "cjkFontFamily");
    private final javafx.beans.property.BooleanProperty legendShown =
            new javafx.beans.property.SimpleBooleanProperty(this, "legendShown", true);
    private final ReadOnlyObjectWrapper<MapFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame", MapFrame.fitChina());
    private final javafx.beans.property.BooleanProperty followTimeline =
            new javafx.beans.property.SimpleBooleanProperty(this, "followTimeline", true);
    private final ObjectProperty<TimeWindow> timeWindow = new SimpleObjectProperty<>(this, "timeWindow");
    private final ReadOnlyObjectWrapper<List<Initiative>> shown = new ReadOnlyObjectWrapper<>(this, "shown", List.of());

    public MapControl(FilterModel filter, SelectionModel selection) {
        this.filter = filter;
        this.selection = selection;
        getStyleClass().add("map-control");
        setId("map");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText(MapMessages.text("accessible"));
        setMinSize(0, 0);
        filter.criteriaProperty().addListener((o, was, now) -> {
            if (!now.cityIds().equals(was.cityIds()) || !now.provinceCodes().equals(was.provinceCodes())) {
                keepFilteredPlacesInView();
            }
        });
        javafx.beans.InvalidationListener reshow = o -> updateShown();
        filter.filteredProperty().addListener(reshow);
        followTimeline.addListener(reshow);
        timeWindow.addListener(reshow);
        updateShown();
        shown.addListener((o, was, now) -> keepSelectionInView());
    }

    /**
     * Whether the map shows only the filtered initiatives that fall in the {@link #timeWindowProperty() timeline's
     * window}, so that panning the timeline sweeps the map through time. On by default; without a window, the map
     * shows every filtered initiative either way.
     */
    public javafx.beans.property.BooleanProperty followTimelineProperty() {
        return followTimeline;
    }

    /** The timeline's visible window (epoch days), or null when there is no timeline to follow. */
    public ObjectProperty<TimeWindow> timeWindowProperty() {
        return timeWindow;
    }

    /** The initiatives the map shows: the filtered ones, within the timeline's window while it follows it. */
    public ReadOnlyObjectProperty<List<Initiative>> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public List<Initiative> getShown() {
        return shown.get();
    }

    /** The days the map follows, [first, last], or null when it shows every filtered initiative. */
    public LocalDate[] followedDays() {
        TimeWindow w = timeWindow.get();
        if (!followTimeline.get() || w == null) {
            return null;
        }
        return new LocalDate[]{LocalDate.ofEpochDay((long) Math.floor(w.startDay())),
                LocalDate.ofEpochDay((long) Math.ceil(w.endDay()) - 1)};
    }

    private void updateShown() {
        List<Initiative> all = filter.getFiltered();
        LocalDate[] days = followedDays();
        if (days == null) {
            shown.set(all);
            return;
        }
        List<Initiative> in = new java.util.ArrayList<>(all.size());
        for (Initiative i : all) {
            if (i.date().overlaps(days[0], days[1])) {
                in.add(i);
            }
        }
        // The same list when nothing falls outside, so that what caches on it keeps its cache.
        if (in.size() == all.size()) {
            shown.set(all);
        } else if (in.size() != shown.get().size() || !in.equals(shown.get())) {
            shown.set(List.copyOf(in));
        }
    }

    /**
     * After what the map shows changes, keeps the selected initiative's city in view when it is still shown: a
     * selection off the edge would read as gone. Pans, and zooms out only as far as needed.
     */
    private void keepSelectionInView() {
        MapRenderer r = getRenderer();
        Initiative selected = selection.getInitiative();
        if (r == null || selected == null || getWidth() < 1 || getHeight() < 1 || selected.place().city() == null) {
            return;
        }
        List<Initiative> now = shown.get();
        boolean kept = false;
        for (Initiative i : now) {
            if (i == selected || i.id().equals(selected.id())) {
                kept = true;
                break;
            }
        }
        if (!kept) {
            return;
        }
        for (org.metaverseatlas.render.map.PlaceTally.CityCount c : r.tally(List.of(selected)).cities()) {
            frame.set(viewport().showing(c.x(), c.y(), c.x(), c.y(), KEEP_IN_VIEW_MARGIN));
        }
    }

    /**
     * After the place filter changes, brings its places into view: a chosen city or province off the edge of the
     * current view would read as "nothing there". Pans, and zooms out only as far as needed.
     */
    void keepFilteredPlacesInView() {
        MapRenderer r = getRenderer();
        FilterCriteria criteria = filter.getCriteria();
        if (r == null || getWidth() < 1 || getHeight() < 1
                || (criteria.cityIds().isEmpty() && criteria.provinceCodes().isEmpty())) {
            return;
        }
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (org.metaverseatlas.render.map.PlaceTally.CityCount c : r.tally(filter.getFiltered()).cities()) {
            grow(box, c.x(), c.y(), c.x(), c.y());
        }
        for (String code : criteria.provinceCodes()) {
            r.geometry().province(code).ifPresent(p -> grow(box, p.shape().minX(), p.shape().minY(),
                    p.shape().maxX(), p.shape().maxY()));
        }
        if (box[0] <= box[2]) {
            frame.set(viewport().showing(box[0], box[1], box[2], box[3], KEEP_IN_VIEW_MARGIN));
        }
    }

    /** Pixels between a place kept in view and the map's edge: room for its disc and its name. */
    private static final double KEEP_IN_VIEW_MARGIN = 40;

    private static void grow(double[] box, double minX, double minY, double maxX, double maxY) {
        box[0] = Math.min(box[0], minX);
        box[1] = Math.min(box[1], minY);
        box[2] = Math.max(box[2], maxX);
        box[3] = Math.max(box[3], maxY);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new MapSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return MapControl.class.getResource("map.css").toExternalForm();
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    /** The theme's background, as styled ({@code -map-theme-background}): the map goes dark on a dark theme. */
    @SuppressWarnings("unchecked")
    public ObservableValue<Color> themeBackgroundProperty() {
        return (ObservableValue<Color>) themeBackground;
    }

    /** The colours to draw in: dark on a dark theme, light otherwise (and when no theme says). */
    public MapColours colours() {
        Color background = themeBackground.getValue();
        return background != null && background.getOpacity() > 0.5 && background.getBrightness() < 0.5
                ? MapColours.DARK : MapColours.LIGHT;
    }

    public FilterModel filter() {
        return filter;
    }

    public SelectionModel selection() {
        return selection;
    }

    /** The drawing code and geometry; null until loaded. */
    public ObjectProperty<MapRenderer> rendererProperty() {
        return renderer;
    }

    public MapRenderer getRenderer() {
        return renderer.get();
    }

    public void setRenderer(MapRenderer value) {
        renderer.set(value);
    }

    /** Why the map could not be loaded, shown in its place; null while all is well. */
    public StringProperty loadErrorProperty() {
        return loadError;
    }

    public void setLoadError(String message) {
        loadError.set(message);
    }

    /** The font family for Chinese labels; null leaves them to the default font's fallbacks. */
    public StringProperty cjkFontFamilyProperty() {
        return cjkFontFamily;
    }

    /** Whether the legend panel is drawn; a narrow map may want its room back. */
    public javafx.beans.property.BooleanProperty legendShownProperty() {
        return legendShown;
    }

    /** Shows or hides the legend as the user asks (button or L); from then on the map's size no longer decides. */
    public void toggleLegend() {
        legendChosen = true;
        legendShown.set(!legendShown.get());
    }

    /**
     * Until the user shows or hides the legend, it shows only where the map has room for it beside the data: on a
     * small map it would cover the north-east, Beijing included.
     */
    void fitLegendTo(double width, double height) {
        if (!legendChosen && width > 0 && height > 0) {
            legendShown.set(width >= LEGEND_MIN_WIDTH && height >= LEGEND_MIN_HEIGHT);
        }
    }

    private boolean legendChosen;
    static final double LEGEND_MIN_WIDTH = 560;
    static final double LEGEND_MIN_HEIGHT = 420;

    public void setCjkFontFamily(String family) {
        cjkFontFamily.set(family);
    }

    /** The part of the map shown (centre and zoom; selection is taken from the selection model when drawing). */
    public ReadOnlyObjectProperty<MapFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    public MapFrame getFrame() {
        return frame.get();
    }

    private MapViewport viewport() {
        return new MapViewport(frame.get(), getWidth(), getHeight());
    }

    /** Zooms by {@code factor} about a point of the control, which stays where it is. */
    public void zoomAbout(double x, double y, double factor) {
        frame.set(viewport().zoomedAbout(x, y, factor));
    }

    public void zoomIn() {
        zoomAbout(getWidth() / 2, getHeight() / 2, ZOOM_STEP);
    }

    public void zoomOut() {
        zoomAbout(getWidth() / 2, getHeight() / 2, 1 / ZOOM_STEP);
    }

    /** Moves the map by {@code dx}, {@code dy} pixels, as a drag does. */
    public void panBy(double dx, double dy) {
        frame.set(viewport().pannedBy(dx, dy));
    }

    /** Shows all of China again. */
    public void resetView() {
        frame.set(MapFrame.fitChina());
    }

    /** The layout of the last drawing (markers, badges, labels), if the map has been drawn. */
    public Optional<MapLayout> lastLayout() {
        return getSkin() instanceof MapSkin skin ? Optional.ofNullable(skin.layout()) : Optional.empty();
    }

    /** The initiatives the map last drew with its geometry, without drawing: what the screen shows after this pulse. */
    public List<org.metaverseatlas.model.Initiative> drawnInitiatives() {
        return getSkin() instanceof MapSkin skin ? skin.drawn() : List.of();
    }

    /** The markers of the last drawing: place id, count, and bounds in this control's coordinates. */
    public List<MapMarker> visibleMarkers() {
        return lastLayout().map(MapLayout::markers).orElse(List.of());
    }

    /** The province-wide badges of the last drawing. */
    public List<ProvinceBadge> visibleBadges() {
        return lastLayout().map(MapLayout::badges).orElse(List.of());
    }

    /** Draws now instead of at the next pulse (for measurements and tests). */
    public void redrawNow() {
        if (getSkin() instanceof MapSkin skin) {
            skin.redraw();
        }
    }

    /**
     * What a click at a point of the control does: a cluster zooms in so that it splits; a city toggles in the city
     * filter (and its only initiative, if it has one, becomes selected); a province-wide badge or a province toggles
     * in the province filter. Returns whether the click hit anything.
     */
    public boolean clickAt(double x, double y) {
        return clickAt(x, y, false);
    }

    /**
     * As {@link #clickAt(double, double)}; with {@code add} (Ctrl+click), a city joins the city filter (or leaves it)
     * instead of becoming the only one. Cities the place filter leaves out are drawn muted and can be clicked too.
     */
    public boolean clickAt(double x, double y, boolean add) {
        Optional<MapLayout> layout = lastLayout();
        if (layout.isEmpty()) {
            return false;
        }
        Optional<MapMarker> marker = layout.get().markerAt(x, y);
        if (marker.isPresent()) {
            MapMarker m = marker.get();
            if (m.isCluster()) {
                zoomAbout(m.x(), m.y(), ZOOM_STEP * ZOOM_STEP);
            } else {
                chooseCity(m.mainCity().city().id(), add);
                selectIfSingle(m.initiatives());
            }
            return true;
        }
        Optional<MapMarker> other = layout.get().otherAt(x, y);
        if (other.isPresent()) {
            chooseCity(other.get().mainCity().city().id(), add);
            return true;
        }
        Optional<ProvinceBadge> badge = layout.get().badgeAt(x, y);
        if (badge.isPresent()) {
            filter.setCriteria(filter.getCriteria().toggleProvince(badge.get().provinceCode()));
            selectIfSingle(badge.get().tally().initiatives());
            return true;
        }
        return layout.get().provinceAt(x, y).map(p -> {
            // A province no initiative of the catalog is in would only filter everything away.
            if (filter.getCriteria().provinceCodes().contains(p.code()) || hasInitiativesIn(p.code())) {
                filter.setCriteria(filter.getCriteria().toggleProvince(p.code()));
            }
            return true;
        }).orElse(false);
    }

    /**
     * A click shows only this city (or, on the only city shown, removes the place filter); a Ctrl+click adds the city
     * to the filter or takes it out.
     */
    private void chooseCity(String cityId, boolean add) {
        FilterCriteria now = filter.getCriteria();
        if (add) {
            filter.setCriteria(now.toggleCity(cityId));
        } else if (now.cityIds().equals(Set.of(cityId)) && now.provinceCodes().isEmpty()) {
            filter.setCriteria(now.withCities(Set.of()));
        } else {
            filter.setCriteria(now.withCities(Set.of(cityId)).withProvinces(Set.of()));
        }
    }

    /**
     * What the other facets leave where the place filter does not look, for the muted cities; null without a place
     * filter. Kept for the criteria and catalog it was made for, as the map redraws far more often than they change.
     */
    List<Initiative> outsidePlaceFilter() {
        FilterCriteria criteria = filter.getCriteria();
        if (criteria.cityIds().isEmpty() && criteria.provinceCodes().isEmpty()) {
            return null;
        }
        if (outsideFor != criteria || outsideCatalog != filter.getCatalog()) {
            outsideFor = criteria;
            outsideCatalog = filter.getCatalog();
            outside = criteria.withCities(Set.of()).withProvinces(Set.of()).select(outsideCatalog);
        }
        return outside;
    }

    private FilterCriteria outsideFor;
    private org.metaverseatlas.model.Catalog outsideCatalog;
    private List<Initiative> outside;

    /** Whether any initiative of the catalog is in this province (province-wide or in one of its cities). */
    public boolean hasInitiativesIn(String provinceCode) {
        return filter.getCatalog().hasInitiativesIn(provinceCode);
    }

    private void selectIfSingle(List<Initiative> initiatives) {
        if (initiatives.size() == 1) {
            selection.select(initiatives.get(0));
        }
    }
}

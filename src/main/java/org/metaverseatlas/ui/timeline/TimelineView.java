package org.metaverseatlas.ui.timeline;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.InitiativeKind;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.model.SearchSuggestions;
import org.metaverseatlas.render.timeline.LaneGrouping;
import org.metaverseatlas.render.timeline.TimeWindow;
import org.metaverseatlas.render.timeline.TimelineRenderer;
import org.metaverseatlas.render.timeline.TimelineStyle;
import org.metaverseatlas.ui.paint.CanvasPainter;
import org.metaverseatlas.ui.state.FilterModel;
import org.metaverseatlas.ui.state.SelectionModel;

import java.util.EnumSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The timeline as the window shows it: a toolbar (lane grouping, zoom), the legend, the timeline itself, the
 * overview strip, and a message with a way out when the filters leave nothing. It binds the control to the shared
 * filter and selection, and to nothing else.
 */
public final class TimelineView {
    private final TimelineControl timeline = new TimelineControl();
    private final TimelineOverview overview = new TimelineOverview(timeline);
    private final TimelinePlayback playback = new TimelinePlayback(timeline);
    private final ComboBox<LaneGrouping> grouping = new ComboBox<>(FXCollections.observableArrayList(LaneGrouping.values()));
    private final Canvas legend = new Canvas();
    private final Button focusChip = new Button(null, new FontIcon(Material2AL.CLOSE));
    /** The legend wraps onto more rows as it narrows, so its height follows its width at every layout. */
    private final Pane legendPane = new Pane(legend) {
        @Override
        public Orientation getContentBias() {
            return Orientation.HORIZONTAL;
        }

        @Override
        protected double computePrefHeight(double width) {
            return legendHeight(width < 0 ? getWidth() : width);
        }

        @Override
        protected double computeMinHeight(double width) {
            return computePrefHeight(width);
        }

        @Override
        protected void layoutChildren() {
            if (legend.getWidth() != Math.max(1, getWidth()) || legend.getHeight() != Math.max(1, getHeight())) {
                paintLegend();
            }
        }
    };
    private final Label emptyTitle = new Label(TimelineTexts.text("empty.title"));
    private final Label emptyReason = new Label();
    /** "Did you mean" links, under a text search that found nothing. */
    private final javafx.scene.layout.FlowPane suggestions = new javafx.scene.layout.FlowPane(6, 4);
    private final VBox empty;
    private final BorderPane root = new BorderPane();
    private static final double LEGEND_HEIGHT = 54;
    private Set<InitiativeKind> legendKinds = Set.of();
    private double measuredWidth = -1;
    private Set<InitiativeKind> measuredKinds;
    private double measuredHeight;
    /** Set while the brush is being made to show the filter's dates, which is no brush gesture. */
    private boolean showingBrush;

    public TimelineView(FilterModel filter, SelectionModel selection) {
        timeline.setId("timeline");
        root.getStyleClass().add("timeline-view");
        root.getStylesheets().add(TimelineControl.class.getResource("timeline.css").toExternalForm());

        grouping.setId("timeline-grouping");
        grouping.setValue(LaneGrouping.CITY);
        grouping.setConverter(new StringConverter<>() {
            @Override
            public String toString(LaneGrouping g) {
                return g == null ? "" : TimelineTexts.grouping(g);
            }

            @Override
            public LaneGrouping fromString(String s) {
                return null;
            }
        });
        grouping.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                timeline.setGrouping(now);
            }
        });
        Label lanes = new Label(TimelineTexts.text("grouping.label"));
        lanes.setLabelFor(grouping);
        Button zoomOut = iconButton("timeline-zoom-out", new FontIcon(Material2MZ.ZOOM_OUT), "zoom.out", timeline::zoomOut);
        Button zoomIn = iconButton("timeline-zoom-in", new FontIcon(Material2MZ.ZOOM_IN), "zoom.in", timeline::zoomIn);
        Button fit = iconButton("timeline-fit", new FontIcon(Material2AL.FULLSCREEN), "zoom.fit", timeline::fitAll);
        Button play = iconButton("timeline-play", new FontIcon(Material2MZ.PLAY_ARROW), "play.start",
                playback::togglePlaying);
        playback.playingProperty().addListener((o, was, now) -> {
            play.setGraphic(new FontIcon(now ? Material2MZ.PAUSE : Material2MZ.PLAY_ARROW));
            play.getTooltip().setText(TimelineTexts.text(now ? "play.pause" : "play.start"));
        });
        ComboBox<TimelinePlayback.Step> step = new ComboBox<>(FXCollections.observableArrayList(
                TimelinePlayback.Step.values()));
        step.setId("timeline-play-step");
        step.getStyleClass().add("small");
        step.setFocusTraversable(false);
        step.valueProperty().bindBidirectional(playback.stepProperty());
        step.setTooltip(new Tooltip(TimelineTexts.text("play.stepTip")));
        step.setConverter(new StringConverter<>() {
            @Override
            public String toString(TimelinePlayback.Step value) {
                return value == null ? "" : TimelineTexts.text("play.step." + value.name());
            }

            @Override
            public TimelinePlayback.Step fromString(String text) {
                return null;
            }
        });
        step.setMinWidth(Region.USE_PREF_SIZE);
        timeline.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case P -> playback.togglePlaying();
                case COMMA -> playback.stepBy(-1);
                case PERIOD -> playback.stepBy(1);
                default -> {
                    return;
                }
            }
            e.consume();
        });
        FontIcon help = new FontIcon(Material2AL.HELP_OUTLINE);
        help.getStyleClass().add("timeline-help");
        Tooltip.install(help, new Tooltip(TimelineTexts.text("help")));
        legendPane.setMinWidth(0);
        timeline.colourProperties().forEach(p -> p.addListener(o -> paintLegend()));
        legendPane.setId("timeline-legend");
        focusChip.setId("timeline-focus");
        focusChip.getStyleClass().addAll("filter-chip", "timeline-focus", "small", "rounded");
        focusChip.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        focusChip.setTooltip(new Tooltip());
        focusChip.setOnAction(e -> selection.focus(null));
        focusChip.setMinWidth(0); // the chip gives way, the controls before it keep their width
        lanes.setMinWidth(Region.USE_PREF_SIZE);
        grouping.setMinWidth(Region.USE_PREF_SIZE);
        focusChip.setFocusTraversable(false);
        HBox.setHgrow(focusChip, javafx.scene.layout.Priority.SOMETIMES);
        HBox controls = new HBox(6, lanes, grouping, zoomOut, zoomIn, fit, play, step, help, focusChip);
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox toolbar = new VBox(2, controls, legendPane);
        toolbar.setPadding(new Insets(4, 8, 3, 8));
        toolbar.getStyleClass().add("timeline-toolbar");

        Button clear = new Button(TimelineTexts.text("empty.clear"));
        clear.setId("timeline-clear-filters");
        clear.setOnAction(e -> filter.clear());
        emptyReason.setId("timeline-empty-reason");
        emptyTitle.setId("timeline-empty-title");
        emptyTitle.getStyleClass().add("timeline-empty-title");
        suggestions.setId("timeline-suggestions");
        suggestions.setAlignment(Pos.CENTER);
        empty = new VBox(8, emptyTitle, emptyReason, suggestions, clear);
        empty.setId("timeline-empty");
        empty.getStyleClass().add("timeline-empty");
        empty.setAlignment(Pos.CENTER);
        empty.setMaxSize(420, 160);
        empty.setVisible(false);

        StackPane center = new StackPane(timeline, empty);
        center.setMinSize(0, 0);
        timeline.setMinSize(0, 0);
        root.setTop(toolbar);
        root.setCenter(center);
        root.setBottom(overview);
        root.setMinSize(0, 0);

        filter.filteredProperty().addListener((o, was, now) -> {
            show(filter, now);
            showFocus(selection.getOrganization(), now);
        });
        // One empty result after another is no change of the filtered list, but the words must follow the filter.
        filter.criteriaProperty().addListener((o, was, now) -> {
            if (filter.getFiltered().isEmpty()) {
                showEmpty(filter);
            }
        });
        selection.initiativeProperty().addListener((o, was, now) -> timeline.setSelected(now));
        selection.organizationProperty().addListener((o, was, now) -> showFocus(now, filter.getFiltered()));
        timeline.selectedProperty().addListener((o, was, now) -> {
            if (now != null && now != selection.getInitiative()) {
                selection.select(now);
            }
        });
        bindBrush(filter);
        filter.loadedProperty().addListener((o, was, now) -> show(filter, filter.getFiltered()));
        show(filter, filter.getFiltered());
        timeline.setSelected(selection.getInitiative());
        showFocus(selection.getOrganization(), filter.getFiltered());
    }

    /**
     * The overview strip's brush is the date filter: a brush gesture sets it (Escape clears it), and a date range
     * set anywhere else (the filter bar, a chip) shows as the brush. While dates filter, the strip holds what the
     * other filters leave, so the brush can be moved and widened over it.
     */
    private void bindBrush(FilterModel filter) {
        overview.brushProperty().addListener((o, was, now) -> {
            if (showingBrush) {
                return;
            }
            FilterCriteria c = filter.getCriteria();
            LocalDate from = now == null ? null : LocalDate.ofEpochDay((long) now.startDay());
            LocalDate to = now == null ? null : LocalDate.ofEpochDay((long) now.endDay() - 1);
            if (!java.util.Objects.equals(from, c.from()) || !java.util.Objects.equals(to, c.to())) {
                filter.setCriteria(c.withDates(from, to));
            }
        });
        filter.criteriaProperty().addListener((o, was, now) -> showBrush(filter));
        filter.catalogProperty().addListener((o, was, now) -> showBrush(filter));
        showBrush(filter);
    }

    private void showBrush(FilterModel filter) {
        showingBrush = true;
        try {
            showBrushOf(filter.getCriteria(), filter);
        } finally {
            showingBrush = false;
        }
    }

    private void showBrushOf(FilterCriteria c, FilterModel filter) {
        if (c.from() == null && c.to() == null) {
            overview.setContext(null, Double.NaN, Double.NaN);
            overview.brushProperty().set(null);
            return;
        }
        List<Initiative> context = c.withDates(null, null).select(filter.getCatalog());
        double[] starts = new double[context.size()];
        double first = Double.NaN;
        double last = Double.NaN;
        for (int i = 0; i < starts.length; i++) {
            var date = context.get(i).date();
            starts[i] = date.start().toEpochDay();
            double end = date.end().toEpochDay() + 1;
            first = Double.isNaN(first) ? starts[i] : Math.min(first, starts[i]);
            last = Double.isNaN(last) ? end : Math.max(last, end);
        }
        java.util.Arrays.sort(starts);
        overview.setContext(starts, first, last);
        double from = c.from() != null ? c.from().toEpochDay() : Double.isNaN(first) ? c.to().toEpochDay() : first;
        double to = c.to() != null ? c.to().toEpochDay() + 1 : Double.isNaN(last) ? from + 1 : last;
        overview.brushProperty().set(to > from ? new TimeWindow(from, to) : null);
    }

    /** Says why nothing shows, and offers close matches for a search that found nothing. */
    private void showEmpty(FilterModel filter) {
        if (!filter.isLoaded()) {
            // The store is still opening: say so, and offer nothing to clear.
            emptyTitle.setText(TimelineTexts.text("loading"));
            emptyReason.setText("");
            empty.getChildren().get(3).setVisible(false);
            suggestions.getChildren().clear();
            suggestions.setVisible(false);
            return;
        }
        FilterCriteria criteria = filter.getCriteria();
        boolean filtered = !criteria.isEmpty();
        emptyTitle.setText(TimelineTexts.text(filtered ? "empty.title" : "empty.none"));
        emptyReason.setText(filtered ? TimelineTexts.emptyReason(criteria) : "");
        empty.getChildren().get(3).setVisible(filtered);
        suggestions.getChildren().clear();
        List<String> close = criteria.text().isEmpty() ? List.of()
                : SearchSuggestions.closeTo(filter.getCatalog(), criteria.text(), 3);
        if (!close.isEmpty()) {
            suggestions.getChildren().add(new Label(TimelineTexts.text("empty.didYouMean")));
            for (String s : close) {
                Hyperlink link = new Hyperlink(s);
                link.getStyleClass().add("timeline-suggestion");
                link.setOnAction(e -> filter.setCriteria(filter.getCriteria().withText(s)));
                suggestions.getChildren().add(link);
            }
        }
        suggestions.setVisible(!close.isEmpty());
        suggestions.setManaged(!close.isEmpty());
    }

    /**
     * Says which organization's initiatives stand out, and how many of them the filters leave, with a way to end
     * the highlight: otherwise faded marks would have no visible cause. Sets the timeline's highlight too.
     */
    private void showFocus(Organization focused, List<Initiative> shown) {
        focusChip.setVisible(focused != null);
        focusChip.setManaged(focused != null);
        if (focused == null) {
            timeline.setFocusedOrganizationId(null);
            return;
        }
        long count = shown.stream()
                .filter(i -> i.participants().stream().anyMatch(p -> focused.id().equals(p.organizationId())))
                .count();
        // With none of its initiatives shown there is nothing to set apart: fading every mark would only hide them.
        timeline.setFocusedOrganizationId(count > 0 ? focused.id() : null);
        focusChip.setText(TimelineTexts.text("focus.chip", focused.name(), count));
        focusChip.getTooltip().setText(TimelineTexts.text("focus.end", focused.name()));
    }

    private Button iconButton(String id, FontIcon icon, String tooltip, Runnable action) {
        Button b = new Button(null, icon);
        b.setId(id);
        b.getStyleClass().addAll("flat", "small");
        b.setTooltip(new Tooltip(TimelineTexts.text(tooltip)));
        b.setOnAction(e -> {
            action.run();
            timeline.requestFocus();
        });
        b.setFocusTraversable(false);
        return b;
    }

    private void show(FilterModel filter, List<Initiative> initiatives) {
        timeline.setInitiatives(initiatives);
        boolean nothing = initiatives.isEmpty();
        empty.setVisible(nothing);
        if (nothing) {
            showEmpty(filter);
        }
        EnumSet<InitiativeKind> kinds = EnumSet.noneOf(InitiativeKind.class);
        for (Initiative i : initiatives) {
            kinds.add(i.kind());
            if (kinds.size() == InitiativeKind.values().length) {
                break;
            }
        }
        if (!kinds.equals(legendKinds)) {
            legendKinds = kinds;
            legendPane.requestLayout(); // fewer kinds may take fewer rows
            paintLegend();
        }
    }

    private TimelineRenderer legendRenderer() {
        return new TimelineRenderer(TimelineStyle.standard().withColours(timeline.colours()));
    }

    /** Measured once per width and set of kinds: layout asks often, and the answer only changes with those. */
    private double legendHeight(double width) {
        double w = Math.max(1, width);
        if (w != measuredWidth || legendKinds != measuredKinds) {
            CanvasPainter painter = new CanvasPainter(legend.getGraphicsContext2D());
            measuredHeight = Math.min(LEGEND_HEIGHT, legendRenderer().legendHeight(painter, w, legendKinds));
            measuredWidth = w;
            measuredKinds = legendKinds;
        }
        return measuredHeight;
    }

    /** The key to colours and shapes, drawn by the same renderer as the marks. */
    private void paintLegend() {
        double w = Math.max(1, legendPane.getWidth());
        double h = Math.max(1, legendPane.getHeight());
        legend.setWidth(w);
        legend.setHeight(h);
        legend.getGraphicsContext2D().clearRect(0, 0, w, h);
        legendRenderer().paintLegend(new CanvasPainter(legend.getGraphicsContext2D()), 0, 0, w, legendKinds);
    }

    /** The legend's height as laid out now, and the height its rows need at its width (for tests). */
    double[] legendHeights() {
        return new double[]{legendPane.getHeight(), legendHeight(legendPane.getWidth())};
    }

    public Node node() {
        return root;
    }

    public TimelineControl timeline() {
        return timeline;
    }

    public TimelinePlayback playback() {
        return playback;
    }

    public TimelineOverview overview() {
        return overview;
    }
}

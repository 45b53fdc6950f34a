package org.metaverseatlas.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.metaverseatlas.ui.I18n;
import org.metaverseatlas.ui.state.FilterModel;

/**
 * The window's layout: menu, filter bar, the timeline and the map side by side, the table and the organization
 * directory below them, the detail pane on the right, and a status bar. Feature views are put into their slots by
 * the application; a slot not filled yet says so plainly.
 */
public final class MainWindow {
    private final BorderPane root = new BorderPane();
    private final VBox top = new VBox();
    private final StackPane timelineSlot = slot("timeline-slot");
    private final StackPane mapSlot = slot("map-slot");
    private final StackPane detailSlot = slot("detail-slot");
    private final StackPane directorySlot = slot("directory-slot");
    private final StackPane tableSlot = slot("table-slot");
    private final StackPane sourcesSlot = slot("sources-slot");
    private final StackPane networkSlot = slot("network-slot");
    private final StackPane statisticsSlot = slot("statistics-slot");
    private final SplitPane views = new SplitPane(timelineSlot, mapSlot);
    private final SplitPane main = new SplitPane();
    private final SplitPane outer = new SplitPane();
    private final TabPane lowerTabs = new TabPane();
    private final Tab directoryTab = new Tab(I18n.text("tab.organizations"), directorySlot);
    private final Tab sourcesTab = new Tab(I18n.text("tab.sources"), sourcesSlot);
    private final Label status = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final javafx.scene.control.Hyperlink cancelWork = new javafx.scene.control.Hyperlink(I18n.text("status.cancel"));
    private final MenuItem importItem = new MenuItem(I18n.text("menu.file.import"));
    private final MenuItem undoImportItem = new MenuItem(I18n.text("menu.file.undoImport"));
    private final MenuItem removeImportedItem = new MenuItem(I18n.text("menu.file.removeImported"));
    private final MenuItem exportItem = new MenuItem(I18n.text("menu.file.export"));
    private final MenuItem exportDataItem = new MenuItem(I18n.text("menu.file.exportData"));
    private final MenuItem exportPictureItem = new MenuItem(I18n.text("menu.file.exportPicture"));
    private final MenuItem quitItem = new MenuItem(I18n.text("menu.file.quit"));
    private final MenuItem aboutItem = new MenuItem(I18n.text("menu.help.about"));
    private final MenuItem chooseCitiesItem = new MenuItem(I18n.text("menu.view.chooseCities"));
    private final MenuItem findItem = new MenuItem(I18n.text("menu.view.find"));
    private final CheckMenuItem darkItem = new CheckMenuItem(I18n.text("menu.view.dark"));
    private WindowSettings pendingDividers;

    /**
     * Builds the frame only: menus, empty slots and the status bar, so the window can appear at once; the views are
     * put into their slots right after it shows.
     */
    public MainWindow(FilterModel filter) {
        root.setId("main-window");
        top.getChildren().add(menus(filter));
        root.setTop(top);

        views.setId("views-split");
        views.setDividerPositions(0.52);
        Tab tableTab = new Tab(I18n.text("tab.table"), tableSlot);
        tableTab.setId("table-tab");
        directoryTab.setId("directory-tab");
        sourcesTab.setId("sources-tab");
        lowerTabs.getTabs().setAll(tableTab, directoryTab, sourcesTab);
        lowerTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        lowerTabs.setId("lower-tabs");
        main.getItems().setAll(views, lowerTabs);
        main.setOrientation(Orientation.VERTICAL);
        main.setDividerPositions(0.64);
        outer.getItems().setAll(main, detailSlot);
        outer.setDividerPositions(0.76);
        SplitPane.setResizableWithParent(detailSlot, false);
        root.setCenter(outer);

        status.setId("status");
        progress.setId("status-progress");
        progress.setPrefWidth(180);
        progress.setVisible(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        cancelWork.setId("status-cancel");
        cancelWork.setVisible(false);
        cancelWork.setManaged(false);
        HBox bar = new HBox(10, status, spacer, progress, cancelWork);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        bar.getStyleClass().add("status-bar");
        root.setBottom(bar);
        exportItem.setDisable(true);
        root.getStylesheets().add(MainWindow.class.getResource("shell.css").toExternalForm());
    }

    private MenuBar menus(FilterModel filter) {
        importItem.setAccelerator(KeyCombination.keyCombination("Shortcut+I"));
        exportItem.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        exportDataItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+E"));
        exportDataItem.setDisable(true);
        exportPictureItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+E"));
        exportPictureItem.setDisable(true);
        quitItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        removeImportedItem.setId("menu-remove-imported");
        undoImportItem.setId("menu-undo-import");
        Menu file = new Menu(I18n.text("menu.file"), null, importItem, undoImportItem, removeImportedItem, new SeparatorMenuItem(),
                exportItem, exportPictureItem, exportDataItem, new SeparatorMenuItem(), quitItem);
        file.setId("menu-file");

        MenuItem both = new MenuItem(I18n.text("menu.view.both"));
        both.setAccelerator(KeyCombination.keyCombination("Shortcut+1"));
        both.setOnAction(e -> showViews(true, true));
        MenuItem timelineOnly = new MenuItem(I18n.text("menu.view.timeline"));
        timelineOnly.setAccelerator(KeyCombination.keyCombination("Shortcut+2"));
        timelineOnly.setOnAction(e -> showViews(true, false));
        MenuItem mapOnly = new MenuItem(I18n.text("menu.view.map"));
        mapOnly.setAccelerator(KeyCombination.keyCombination("Shortcut+3"));
        mapOnly.setOnAction(e -> showViews(false, true));
        chooseCitiesItem.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        findItem.setAccelerator(KeyCombination.keyCombination("Shortcut+F"));
        MenuItem clear = new MenuItem(I18n.text("menu.view.clearFilters"));
        clear.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+X"));
        clear.setOnAction(e -> filter.clear());
        darkItem.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        darkItem.selectedProperty().addListener((o, was, dark) -> Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet()));
        MenuItem network = new MenuItem(I18n.text("menu.view.network"));
        network.setId("menu-view-network");
        network.setAccelerator(KeyCombination.keyCombination("Shortcut+4"));
        network.setOnAction(e -> showNetwork());
        MenuItem statistics = new MenuItem(I18n.text("menu.view.statistics"));
        statistics.setId("menu-view-statistics");
        statistics.setAccelerator(KeyCombination.keyCombination("Shortcut+5"));
        statistics.setOnAction(e -> showStatistics());
        Menu view = new Menu(I18n.text("menu.view"), null, both, timelineOnly, mapOnly, network, statistics,
                new SeparatorMenuItem(),
                chooseCitiesItem, findItem, clear, new SeparatorMenuItem(), darkItem);
        Menu help = new Menu(I18n.text("menu.help"), null, aboutItem);
        MenuBar bar = new MenuBar(file, view, help);
        bar.setId("menu-bar");
        return bar;
    }

    /** Shows the timeline, the map, or both side by side. */
    public void showViews(boolean timeline, boolean map) {
        views.getItems().clear();
        if (timeline) {
            views.getItems().add(timelineSlot);
        }
        if (map) {
            views.getItems().add(mapSlot);
        }
        if (timeline && map) {
            views.setDividerPositions(0.52);
        }
    }

    /** Shows the network of organizations in place of the timeline and the map. */
    public void showNetwork() {
        views.getItems().setAll(networkSlot);
    }

    /** Shows the statistics in place of the timeline and the map. */
    public void showStatistics() {
        views.getItems().setAll(statisticsSlot);
    }

    public void setNetworkView(Node node) {
        networkSlot.getChildren().setAll(node);
    }

    public void setStatisticsView(Node node) {
        statisticsSlot.getChildren().setAll(node);
    }

    /** Which views are shown: the timeline, the map or both, or the network or the statistics in their place. */
    public WindowSettings.ShownViews shownViews() {
        if (views.getItems().contains(networkSlot)) {
            return WindowSettings.ShownViews.NETWORK;
        }
        if (views.getItems().contains(statisticsSlot)) {
            return WindowSettings.ShownViews.STATISTICS;
        }
        boolean timeline = views.getItems().contains(timelineSlot);
        boolean map = views.getItems().contains(mapSlot);
        return timeline == map ? WindowSettings.ShownViews.BOTH
                : timeline ? WindowSettings.ShownViews.TIMELINE : WindowSettings.ShownViews.MAP;
    }

    /** The window's own part of the settings (theme, views, dividers), with the stage's place and size given. */
    public WindowSettings settings(double x, double y, double width, double height, boolean maximized) {
        return new WindowSettings(x, y, width, height, maximized, isDark(), shownViews(), divider(views),
                divider(main), divider(outer));
    }

    /**
     * Brings back the theme and the views of earlier settings at once, and their dividers with
     * {@link #applyPendingDividers()}, once the window has its size and its views.
     */
    public void restore(WindowSettings settings) {
        setDark(settings.dark());
        switch (settings.views()) {
            case NETWORK -> showNetwork();
            case STATISTICS -> showStatistics();
            default -> showViews(settings.views() != WindowSettings.ShownViews.MAP,
                    settings.views() != WindowSettings.ShownViews.TIMELINE);
        }
        pendingDividers = settings;
    }

    /**
     * Sets the dividers kept by {@link #restore}. Set earlier, a first layout at another size (the detail pane keeps
     * its width as the window resizes) or with empty slots would move them, a little more at every launch.
     */
    public void applyPendingDividers() {
        WindowSettings settings = pendingDividers;
        if (settings == null) {
            return;
        }
        pendingDividers = null;
        root.applyCss();
        root.layout();
        restoreDivider(views, settings.viewsDivider());
        restoreDivider(main, settings.mainDivider());
        restoreDivider(outer, settings.outerDivider());
        root.layout();
    }

    private static double divider(SplitPane pane) {
        return pane.getDividers().isEmpty() ? Double.NaN : pane.getDividers().get(0).getPosition();
    }

    private static void restoreDivider(SplitPane pane, double position) {
        if (!Double.isNaN(position) && !pane.getDividers().isEmpty()) {
            pane.setDividerPositions(position);
        }
    }

    private static StackPane slot(String id) {
        StackPane pane = new StackPane();
        pane.setId(id);
        pane.setMinSize(0, 0);
        return pane;
    }

    /** The filter bar, below the menus. */
    public void setFilterBar(Node node) {
        top.getChildren().setAll(top.getChildren().get(0), node);
    }

    public void setTableView(Node node) {
        tableSlot.getChildren().setAll(node);
    }

    public void setTimelineView(Node node) {
        timelineSlot.getChildren().setAll(node);
    }

    public void setMapView(Node node) {
        mapSlot.getChildren().setAll(node);
    }

    public void setDetailView(Node node) {
        detailSlot.getChildren().setAll(node);
    }

    public void setDirectoryView(Node node) {
        directorySlot.getChildren().setAll(node);
    }

    public void setSourcesView(Node node) {
        sourcesSlot.getChildren().setAll(node);
    }

    /** Whether the Sources tab is the one shown below the views. */
    public ReadOnlyBooleanProperty sourcesShownProperty() {
        return sourcesTab.selectedProperty();
    }

    /** Whether the Organizations tab is the one shown below the views. */
    public ReadOnlyBooleanProperty directoryShownProperty() {
        return directoryTab.selectedProperty();
    }

    /** Selects the Organizations tab below the views. */
    public void showDirectory() {
        lowerTabs.getSelectionModel().select(1);
    }

    public void setOnImport(Runnable action) {
        importItem.setOnAction(e -> action.run());
    }

    /** What File → Undo last import… does. */
    public void setOnUndoImport(Runnable action) {
        undoImportItem.setOnAction(e -> action.run());
    }

    /** What File → Remove imported records… does. */
    public void setOnRemoveImported(Runnable action) {
        removeImportedItem.setOnAction(e -> action.run());
    }

    public void setOnExport(Runnable action) {
        exportItem.setOnAction(e -> action.run());
        exportItem.setDisable(action == null);
    }

    /** What File → Export picture… (Ctrl+Alt+E) does: the timeline or the map as PNG or SVG. */
    public void setOnExportPicture(Runnable action) {
        exportPictureItem.setOnAction(e -> action.run());
        exportPictureItem.setDisable(action == null);
    }

    /** What File → Export data… (Ctrl+Shift+E) does: the filtered initiatives as JSON or CSV. */
    public void setOnExportData(Runnable action) {
        exportDataItem.setOnAction(e -> action.run());
        exportDataItem.setDisable(action == null);
    }

    /** What View → Filter by city… (Ctrl+L) does. */
    public void setOnChooseCities(Runnable action) {
        chooseCitiesItem.setOnAction(e -> action.run());
    }

    /** What View → Search text (Ctrl+F) does. */
    public void setOnFind(Runnable action) {
        findItem.setOnAction(e -> action.run());
    }

    public void setOnQuit(Runnable action) {
        quitItem.setOnAction(e -> action.run());
    }

    public void setOnAbout(Runnable action) {
        aboutItem.setOnAction(e -> action.run());
    }

    /** Shows a message in the status bar, with progress in [0, 1], -1 for "working", or NaN to hide the bar. */
    /** A message in the status bar, with no work under way. */
    public void showStatus(String message) {
        status.setText(message);
        progress.setVisible(false);
        progress.setProgress(0);
    }

    /** Work under way that cannot say how far it is: a message and a busy bar. */
    public void showWork(String message) {
        status.setText(message);
        progress.setVisible(true);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
    }

    /**
     * Work under way with its progress: a fraction in [0, 1], or, as the store reports it (see LoadProgress), a
     * negative one while it cannot tell, which shows as busy.
     */
    public void showProgress(String message, double fraction) {
        if (fraction < 0 || Double.isNaN(fraction)) {
            showWork(message);
            return;
        }
        status.setText(message);
        progress.setVisible(true);
        progress.setProgress(Math.min(1, fraction));
    }

    /** Offers to stop the work under way with a Cancel link beside its progress; null takes the offer back. */
    public void offerCancel(Runnable cancel) {
        cancelWork.setOnAction(cancel == null ? null : e -> {
            cancel.run();
            cancelWork.setDisable(true);
        });
        cancelWork.setDisable(false);
        cancelWork.setVisible(cancel != null);
        cancelWork.setManaged(cancel != null);
    }

    public boolean isDark() {
        return darkItem.isSelected();
    }

    /** Switches between the dark and the light theme, as View → Dark theme does. */
    public void setDark(boolean dark) {
        darkItem.setSelected(dark);
    }

    public Parent root() {
        return root;
    }
}

package org.metaverseatlas.app;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.metaverseatlas.export.ImageExport;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.ViewFileName;
import org.metaverseatlas.render.map.MapRenderer;
import org.metaverseatlas.store.AtlasStore;
import org.metaverseatlas.store.DataDirectory;
import org.metaverseatlas.store.DatasetExport;
import org.metaverseatlas.store.StoreLockedException;
import org.metaverseatlas.ui.I18n;
import org.metaverseatlas.ui.detail.DetailView;
import org.metaverseatlas.ui.detail.DetailViewModel;
import org.metaverseatlas.ui.directory.OrganizationDirectory;
import org.metaverseatlas.ui.sources.SourceList;
import org.metaverseatlas.ui.export.ExportDialog;
import org.metaverseatlas.ui.export.ExportSources;
import org.metaverseatlas.ui.filter.FilterBar;
import org.metaverseatlas.ui.map.MapControl;
import org.metaverseatlas.ui.map.MapFonts;
import org.metaverseatlas.ui.network.NetworkControl;
import org.metaverseatlas.ui.statistics.StatisticsView;
import org.metaverseatlas.ui.shell.MainWindow;
import org.metaverseatlas.ui.shell.WindowSettings;
import org.metaverseatlas.ui.state.FilterModel;
import org.metaverseatlas.ui.state.SelectionModel;
import org.metaverseatlas.ui.table.InitiativeTable;
import org.metaverseatlas.ui.task.TaskRunner;
import org.metaverseatlas.ui.timeline.TimelineView;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Wires the desktop application: the shared models, the views, the window, and the store opened in the
 * background once the window is up. Used by {@link AtlasApplication} and by the UI tests.
 */
public final class AtlasDesktop {
    private final Stage stage;
    private final Path dataDirectory;
    private final TaskRunner tasks;
    private final FilterModel filter = new FilterModel();
    private final SelectionModel selection = new SelectionModel();
    private final MainWindow window;
    private AtlasStore store;
    private StartupLoad early;
    private boolean viewsInstalled;
    private boolean rememberLayout;
    private Consumer<String> linkOpener = address -> { };

    public AtlasDesktop(Stage stage, Path dataDirectory, TaskRunner tasks) {
        this.stage = stage;
        this.dataDirectory = dataDirectory;
        this.tasks = tasks;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new MainWindow(filter);
        window.setOnImport(this::chooseImport);
        window.setOnExportData(this::chooseExportData);
        ImportRemoval removal = new ImportRemoval(stage, () -> store, tasks, window, filter, selection, this::alert,
                this::showReady);
        window.setOnRemoveImported(removal::confirmRemoveAll);
        window.setOnUndoImport(removal::confirmUndoLast);
        window.setOnQuit(stage::close);
        window.setOnAbout(this::showAbout);
        stage.setTitle(I18n.text("app.title"));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // Most of a laptop's screen, and never more than it: a window wider than the screen hides its menu bar.
        stage.setScene(new Scene(window.root(),
                Math.min(screen.getWidth(), Math.max(1100, Math.min(1680, screen.getWidth() * 0.94))),
                Math.min(screen.getHeight(), Math.max(720, Math.min(1050, screen.getHeight() * 0.94)))));
        // Below this the panes would be too narrow to read; the filter bar itself wraps down to it.
        stage.setMinWidth(820);
        stage.setMinHeight(540);
    }

    /**
     * Builds the views into the window's slots. {@link #start()} does it right after the window shows, so that
     * building and styling them does not hold the window back; callers that do not start the window call it directly.
     */
    public void installViews() {
        if (viewsInstalled) {
            return;
        }
        viewsInstalled = true;
        StartupLoad load = early;
        StartupLoad.Opened ready = load == null ? null : load.storeIfReady();
        if (ready != null && ready.store().report().backup().isEmpty()) {
            // The data came in while the window appeared: the views are built with it, not empty and then refilled.
            // (A store rebuilt from a damaged file waits for the views, so that its warning comes over a whole window.)
            opened(ready);
        }
        FilterBar filterBar = new FilterBar(filter);
        window.setFilterBar(filterBar.node());
        window.setOnChooseCities(filterBar::chooseCities);
        window.setOnFind(filterBar::focusTextSearch);
        InitiativeTable table = new InitiativeTable(filter, selection);
        window.setTableView(table.node());
        TimelineView timeline = installTimeline();
        MapControl map = installMap();
        // The map follows the timeline's window (its toolbar turns that off): panning the timeline sweeps it.
        map.timeWindowProperty().bind(timeline.timeline().windowProperty());
        DetailView detail = installDetails();
        NetworkControl network = installAnalysis();
        installExport(timeline, map, detail, network);
        window.applyPendingDividers();
        FirstDataFrame.watch(stage.getScene(), filter, timeline.timeline(), map,
                (javafx.scene.control.TableView<?>) table.node());
        StartupTrace.reached(StartupTrace.Phase.VIEWS_BUILT);
    }

    /** The timeline view, in the window's timeline slot. */
    private TimelineView installTimeline() {
        TimelineView timeline = new TimelineView(filter, selection);
        window.setTimelineView(timeline.node());
        return timeline;
    }

    /**
     * The map view, in the window's map slot. Its geometry loads in the background (or came in with the early load);
     * the bundled CJK font (for the Chinese labels, where the system has none) loads after the first frame that shows
     * the data, so neither delays the window nor the data.
     */
    private MapControl installMap() {
        MapControl map = new MapControl(filter, selection);
        window.setMapView(map);
        StartupLoad load = early;
        MapRenderer ready = load == null ? null : load.mapIfReady();
        if (ready != null) {
            map.setRenderer(ready);
        } else {
            tasks.runAside(load == null ? MapRenderer::loadBundled : load::awaitMap, map::setRenderer,
                    error -> map.setLoadError(error.getMessage()));
        }
        Runnable loadFont = () -> tasks.runAside(MapFonts::loadCjkFamily, map::setCjkFontFamily,
                error -> window.showStatus(I18n.text("status.fontMissing", String.valueOf(error.getMessage()))));
        Scene scene = stage.getScene();
        if (scene == null) {
            loadFontWithTheCatalog(loadFont);
            return map;
        }
        // After the first frame that shows the data: reading the 5 MB font and redrawing the map with it would
        // otherwise compete with that frame for the processor.
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                if (filter.isLoaded() && map.drawnInitiatives() == map.getShown()) {
                    scene.removePostLayoutPulseListener(this);
                    Platform.runLater(loadFont);
                }
            }
        });
        return map;
    }

    private void loadFontWithTheCatalog(Runnable loadFont) {
        filter.catalogProperty().addListener(new javafx.beans.InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                filter.catalogProperty().removeListener(this);
                loadFont.run();
            }
        });
    }

    /** The detail panes and the organization directory. */
    private DetailView installDetails() {
        DetailView detail = new DetailView(filter, selection, address -> linkOpener.accept(address));
        window.setDetailView(detail.node());
        OrganizationDirectory directory = new OrganizationDirectory(filter, selection);
        directory.activeProperty().bind(window.directoryShownProperty());
        window.setDirectoryView(directory.node());
        SourceList sources = new SourceList(filter, address -> linkOpener.accept(address));
        sources.activeProperty().bind(window.sourcesShownProperty());
        window.setSourcesView(sources.node());
        return detail;
    }

    /** The network of organizations and the statistics, shown in place of the timeline and map (View menu). */
    private NetworkControl installAnalysis() {
        NetworkControl network = new NetworkControl(filter, selection);
        window.setNetworkView(network);
        window.setStatisticsView(new StatisticsView(filter, selection));
        return network;
    }

    /** Where web links of the detail panes go: the system browser in the application, a recorder in tests. */
    public void setLinkOpener(Consumer<String> opener) {
        linkOpener = opener == null ? address -> { } : opener;
    }

    /**
     * File → Export to PDF, of what is on screen: the timeline's visible window and lanes, the map's current view,
     * the page the detail pane shows.
     */
    private void installExport(TimelineView timeline, MapControl map, DetailView detail, NetworkControl network) {
        DetailViewModel pages = detail.model();
        ExportSources sources = ExportSources.of(filter, selection)
                .withTimelineFrame(() -> timeline.timeline().frame())
                .withMapFrame(() -> map.frameProperty().get())
                .withDetail(() -> pages.getPage() == null ? null : pages.initiative(pages.getPage()).orElse(null),
                        () -> pages.getPage() == null ? null : pages.organization(pages.getPage()).orElse(null))
                .withNetworkCentre(network::centreId);
        window.setOnExport(() -> new ExportDialog(stage, filter, () -> store == null ? null : store.gazetteer(),
                sources, tasks, message -> window.showStatus(message)).show());
        window.setOnExportPicture(() -> choosePicture(timeline, map));
    }

    /**
     * File → Export picture…: the timeline or the map as shown (its period, lanes or view, at the view's size), as
     * PNG at 1x or 2x or as SVG. With both views on screen, asks which.
     */
    private void choosePicture(TimelineView timeline, MapControl map) {
        if (store == null || !filter.isLoaded()) {
            return;
        }
        WindowSettings.ShownViews shown = window.shownViews();
        boolean ofTimeline = shown == WindowSettings.ShownViews.TIMELINE;
        if (shown != WindowSettings.ShownViews.TIMELINE && shown != WindowSettings.ShownViews.MAP) {
            String timelineChoice = I18n.text("exportPicture.timeline");
            ChoiceDialog<String> which = new ChoiceDialog<>(timelineChoice, timelineChoice,
                    I18n.text("exportPicture.map"));
            which.initOwner(stage);
            which.setTitle(I18n.text("menu.file.exportPicture").replace("_", ""));
            which.setHeaderText(I18n.text("exportPicture.which"));
            java.util.Optional<String> answer = which.showAndWait();
            if (answer.isEmpty()) {
                return;
            }
            ofTimeline = answer.get().equals(timelineChoice);
        }
        String view = ofTimeline ? "timeline" : "map";
        javafx.scene.layout.Region shownNode = ofTimeline ? timeline.timeline() : map;
        double width = shownNode.getWidth() >= 100 ? Math.round(shownNode.getWidth()) : 1600;
        double height = shownNode.getHeight() >= 100 ? Math.round(shownNode.getHeight()) : 1000;
        List<Initiative> initiatives = filter.getFiltered();
        ImageExport.Picture picture = ofTimeline
                ? new ImageExport.TimelinePicture(initiatives, timeline.timeline().frame())
                : new ImageExport.MapPicture(initiatives, map.frameProperty().get());
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.text("menu.file.exportPicture").replace("_", ""));
        FileChooser.ExtensionFilter png = new FileChooser.ExtensionFilter(I18n.text("exportPicture.png"), "*.png");
        FileChooser.ExtensionFilter png2 = new FileChooser.ExtensionFilter(I18n.text("exportPicture.png2"), "*.png");
        FileChooser.ExtensionFilter svg = new FileChooser.ExtensionFilter(I18n.text("exportPicture.svg"), "*.svg");
        chooser.getExtensionFilters().addAll(png, png2, svg);
        chooser.setInitialFileName(ViewFileName.of(view, filter.getCriteria(), store.gazetteer()) + ".png");
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        ImageExport.Format format = ImageExport.Format.of(file.toPath());
        if (format == null) {
            format = chooser.getSelectedExtensionFilter() == svg ? ImageExport.Format.SVG : ImageExport.Format.PNG;
            file = new File(file.getPath() + (format == ImageExport.Format.SVG ? ".svg" : ".png"));
        }
        exportPicture(picture, view, width, height, format, chooser.getSelectedExtensionFilter() == png2 ? 2 : 1,
                file.toPath());
    }

    /** Draws a picture in the background; a failure names the file and leaves no part of it behind. */
    void exportPicture(ImageExport.Picture picture, String view, double width, double height,
                       ImageExport.Format format, double scale, Path file) {
        window.showWork(I18n.text("status.exportingPicture", view, file.getFileName()));
        tasks.run(() -> {
            ImageExport.write(picture, width, height, format, scale, file);
            return file;
        }, written -> window.showStatus(I18n.text("status.exportedPicture", view, written)), error -> {
            showReady();
            alert(Alert.AlertType.ERROR, I18n.text("error.exportPicture", file), error.getMessage());
        });
    }

    /**
     * Takes the store, catalog and map geometry from a load begun before the toolkit started, instead of loading
     * them after the window shows. Call before {@link #start()}.
     */
    void useStartupLoad(StartupLoad load) {
        early = load;
    }

    /** Shows the window, then opens the store and loads the catalog in the background (or takes the early load's). */
    public void start() {
        stage.show();
        StartupTrace.reached(StartupTrace.Phase.WINDOW_SHOWN);
        tasks.runSoon(this::installViews);
        window.showWork(I18n.text("status.opening", dataDirectory));
        // Each step of the opening in the status bar: opening the store, loading the bundled dataset (first
        // launch, with its progress), reading the initiatives.
        String folder = DataDirectory.describe(dataDirectory, System.getProperty("user.home"));
        org.metaverseatlas.store.LoadProgress progress = (message, fraction) -> Platform.runLater(() -> {
            if (store == null) {
                window.showProgress(I18n.text("status.step", message, folder), fraction);
            }
        });
        StartupLoad load = early;
        if (load != null) {
            load.reportTo(progress);
        }
        tasks.run(() -> load == null ? StartupLoad.open(dataDirectory, progress) : load.awaitStore(),
                this::opened, this::openFailed);
    }

    private void opened(StartupLoad.Opened result) {
        if (store == result.store()) {
            return; // taken already, as the views were built
        }
        store = result.store();
        filter.setCatalog(result.catalog());
        StartupTrace.reached(StartupTrace.Phase.CATALOG_TAKEN);
        showReady();
        store.report().backup().ifPresent(b -> alert(Alert.AlertType.WARNING, I18n.text("status.rebuilt"),
                I18n.text("status.backup", b)));
    }

    private void showReady() {
        Catalog catalog = filter.getCatalog();
        window.showStatus(I18n.text("status.ready", catalog.initiatives().size(), catalog.organizations().size(),
                DataDirectory.describe(dataDirectory, System.getProperty("user.home"))));
    }

    private void openFailed(Throwable error) {
        boolean locked = error instanceof StoreLockedException;
        window.showStatus(error.getMessage());
        alert(Alert.AlertType.ERROR, I18n.text(locked ? "error.locked" : "error.store"), error.getMessage());
        stage.close();
    }

    private void chooseImport() {
        if (store == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.text("menu.file.import").replace("_", "")); // the menu's mnemonic mark
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Dataset (*.json, *.csv)", "*.json", "*.csv"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            importFile(file.toPath());
        }
    }

    /** Imports a file in the background, then reloads the catalog; a bad file leaves the store unchanged. */
    public void importFile(Path file) {
        window.showWork(I18n.text("status.importing", file.getFileName()));
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
        window.offerCancel(() -> cancelled.set(true));
        org.metaverseatlas.store.LoadProgress progress = new org.metaverseatlas.store.LoadProgress() {
            @Override
            public void update(String message, double fraction) {
                Platform.runLater(() -> window.showProgress(
                        I18n.text("status.importingStep", file.getFileName(), message), fraction));
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        tasks.run(() -> {
            int added = store.importFile(file, progress);
            return new Imported(added, store.catalog());
        }, imported -> {
            window.offerCancel(null);
            filter.setCatalog(imported.catalog());
            window.showStatus(I18n.text("status.imported", imported.added(), file.getFileName()));
        }, error -> {
            window.offerCancel(null);
            if (error instanceof org.metaverseatlas.store.ImportCancelledException) {
                window.showStatus(error.getMessage());
                return;
            }
            showReady();
            alert(Alert.AlertType.ERROR, I18n.text("error.import"), error.getMessage());
        });
    }

    private record Imported(int added, Catalog catalog) {
    }

    /** File → Export data…: the filtered initiatives, in the import's JSON or CSV layout, written whole or not at all. */
    private void chooseExportData() {
        Catalog catalog = filter.getCatalog();
        List<Initiative> initiatives = filter.getFiltered();
        if (store == null || !filter.isLoaded()) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.text("menu.file.exportData").replace("_", ""));
        FileChooser.ExtensionFilter json = new FileChooser.ExtensionFilter(I18n.text("exportData.json"), "*.json");
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter(I18n.text("exportData.csv"), "*.csv");
        chooser.getExtensionFilters().addAll(json, csv);
        chooser.setInitialFileName(ViewFileName.of("initiatives", filter.getCriteria(), store.gazetteer()) + ".json");
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            DatasetExport.Format format = chooser.getSelectedExtensionFilter() == csv
                    || DatasetExport.Format.of(file.toPath()) == DatasetExport.Format.CSV
                    ? DatasetExport.Format.CSV : DatasetExport.Format.JSON;
            exportData(catalog, initiatives, format, file.toPath());
        }
    }

    /** Writes initiatives to a file in the background; a failure names the file and leaves no part of it behind. */
    void exportData(Catalog catalog, List<Initiative> initiatives, DatasetExport.Format format, Path file) {
        window.showWork(I18n.text("status.exportingData", initiatives.size(), file.getFileName()));
        tasks.run(() -> {
            DatasetExport.write(catalog, initiatives, format, file);
            return initiatives.size();
        }, written -> window.showStatus(I18n.text("status.exportedData", written, file)), error -> {
            showReady();
            alert(Alert.AlertType.ERROR, I18n.text("error.exportData", file), error.getMessage());
        });
    }

    private void showAbout() {
        alert(Alert.AlertType.INFORMATION, I18n.text("about.text", Version.current(),
                store == null || store.report() == null ? I18n.text("status.opening", dataDirectory)
                        : "bundled dataset " + store.report().bundledVersion() + ", " + dataDirectory), null);
    }

    private void alert(Alert.AlertType type, String header, String details) {
        Alert alert = new Alert(type);
        alert.initOwner(stage.isShowing() ? stage : null);
        alert.setTitle(I18n.text("error.title"));
        alert.setHeaderText(header);
        alert.getDialogPane().setId("atlas-alert");
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (details != null) {
            TextArea text = new TextArea(details);
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefColumnCount(ALERT_COLUMNS);
            text.setPrefRowCount(wrappedRows(details));
            alert.getDialogPane().setContent(text);
        }
        alert.showAndWait();
    }

    private static final int ALERT_COLUMNS = 64;

    /** The rows a text takes wrapped at the alert's width (a little generously), at most 16: then it scrolls. */
    static int wrappedRows(String text) {
        int rows = 0;
        for (String line : text.split("\n", -1)) {
            rows += Math.max(1, (int) Math.ceil(line.length() / (ALERT_COLUMNS * 0.85)));
        }
        return Math.min(16, rows + 1);
    }

    /**
     * Brings back the window as it was last closed on this data folder (place, size, theme, views, dividers), and
     * keeps it when the window closes. Call before {@link #start()}.
     */
    public void rememberLayout() {
        rememberLayout = true;
        WindowSettings.load(dataDirectory).ifPresent(s -> {
            boolean onScreen = !Double.isNaN(s.x()) && !Double.isNaN(s.y())
                    && !Screen.getScreensForRectangle(s.x(), s.y(), Math.min(s.width(), 200), 60).isEmpty();
            if (onScreen) {
                stage.setX(s.x());
                stage.setY(s.y());
            }
            // Never larger than the screen it opens on, so that the menu bar and the edges stay in reach.
            javafx.geometry.Rectangle2D screen = (onScreen
                    ? Screen.getScreensForRectangle(s.x(), s.y(), Math.min(s.width(), 200), 60).get(0)
                    : Screen.getPrimary()).getVisualBounds();
            stage.setWidth(Math.min(s.width(), screen.getWidth()));
            stage.setHeight(Math.min(Math.max(s.height(), stage.getMinHeight()), screen.getHeight()));
            if (stage.getX() + stage.getWidth() > screen.getMaxX()) {
                stage.setX(Math.max(screen.getMinX(), screen.getMaxX() - stage.getWidth()));
            }
            stage.setMaximized(s.maximized());
            window.restore(s);
        });
    }

    /** Keeps the window's layout for the next launch; a folder that cannot be written only loses the layout. */
    private void saveLayout() {
        try {
            window.settings(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized())
                    .save(dataDirectory);
        } catch (java.io.IOException | RuntimeException e) {
            System.getLogger(AtlasDesktop.class.getName()).log(System.Logger.Level.WARNING,
                    "Could not keep the window layout in " + dataDirectory + ": " + e.getMessage());
        }
    }

    public void stop() {
        if (store != null && rememberLayout) {
            // Only the instance that holds the data folder writes there.
            saveLayout();
        }
        if (store != null) {
            store.close();
            store = null;
        }
    }

    public FilterModel filter() {
        return filter;
    }

    public SelectionModel selection() {
        return selection;
    }

    public MainWindow window() {
        return window;
    }

    public Stage stage() {
        return stage;
    }

    /** The open store, or null while it opens. */
    public AtlasStore store() {
        return store;
    }
}

package org.metaverseatlas.ui.export;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.metaverseatlas.export.ExportCancelledException;
import org.metaverseatlas.export.ExportProgress;
import org.metaverseatlas.export.ExportRequest;
import org.metaverseatlas.export.ExportResult;
import org.metaverseatlas.export.ExportView;
import org.metaverseatlas.export.FilterWording;
import org.metaverseatlas.export.PageFormat;
import org.metaverseatlas.export.PageSize;
import org.metaverseatlas.export.PdfExporter;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.Gazetteer;
import org.metaverseatlas.model.ViewFileName;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.ui.state.FilterModel;
import org.metaverseatlas.ui.task.TaskRunner;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * File → Export to PDF: choose the view (timeline, map, report, or the organization or initiative in the detail
 * pane), the paper and orientation, and the file; the export runs in the background with progress and a Cancel
 * button. A failure is shown in an alert and leaves the dialog open; success closes it and tells the status bar.
 */
public final class ExportDialog {
    /** The file the file chooser returned, whose replacement the chooser has already confirmed. */
    private Path confirmedInChooser;
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("org.metaverseatlas.ui.export.export-dialog");
    /** The folder of the last file written, proposed again for the next export of this session. */
    private static Path lastFolder;
    /** The paper and orientation of the last export, proposed again while the application runs. */
    private static PageFormat lastPage;

    private final FilterModel filter;
    private final Supplier<Gazetteer> gazetteer;
    private final ExportSources sources;
    private final TaskRunner tasks;
    private final Consumer<String> status;
    private final PdfExporter exporter = new PdfExporter();
    private final Stage stage = new Stage();
    private final ToggleGroup views = new ToggleGroup();
    private final Map<ExportView, RadioButton> viewButtons = new EnumMap<>(ExportView.class);
    private final ComboBox<PageSize> paper = new ComboBox<>();
    private final RadioButton portrait = new RadioButton(text("orientation.portrait"));
    private final RadioButton landscape = new RadioButton(text("orientation.landscape"));
    private final TextField file = new TextField();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressText = new Label();
    private final Button exportButton = new Button(text("button.export"));
    private final Button cancelButton = new Button(text("button.cancel"));
    private final Button chooseButton = new Button(text("button.choose"));
    private final Initiative initiative;
    private final Organization organization;
    private AtomicBoolean cancelRequested;
    private String suggestedFile;

    /**
     * @param gazetteer gives null while the store opens (filter names then come from the catalog)
     * @param status    hears the outcome, for the window's status bar
     */
    public ExportDialog(Window owner, FilterModel filter, Supplier<Gazetteer> gazetteer, ExportSources sources,
                        TaskRunner tasks, Consumer<String> status) {
        this.filter = filter;
        this.gazetteer = gazetteer;
        this.sources = sources;
        this.tasks = tasks;
        this.status = status;
        this.initiative = sources.detailInitiative().get();
        this.organization = sources.detailOrganization().get();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(text("title"));
        stage.setScene(new Scene(layout()));
        stage.getScene().getStylesheets().add(ExportDialog.class.getResource("export-dialog.css").toExternalForm());
        stage.setOnCloseRequest(e -> {
            if (cancelRequested != null) {
                e.consume();
                cancel();
            }
        });
    }

    private VBox layout() {
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.add(heading(text("label.view")), 0, 0);
        VBox viewChoices = new VBox(6);
        for (ExportView view : ExportView.values()) {
            RadioButton button = new RadioButton(viewLabel(view));
            button.setWrapText(true);
            button.setMaxWidth(460);
            button.setId("export-view-" + view.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(views);
            button.setUserData(view);
            viewButtons.put(view, button);
            viewChoices.getChildren().add(button);
        }
        viewButtons.get(ExportView.ORGANIZATION).setDisable(organization == null);
        viewButtons.get(ExportView.INITIATIVE).setDisable(initiative == null);
        views.selectToggle(viewButtons.get(initiative != null ? ExportView.INITIATIVE
                : organization != null ? ExportView.ORGANIZATION : ExportView.REPORT));
        form.add(viewChoices, 1, 0);

        FilterWording wording = new FilterWording(filter.getCatalog(), gazetteer.get());
        java.util.List<String> phrases = wording.phrases(filter.getCriteria());
        Label filters = new Label(phrases.isEmpty() ? wording.sentence(filter.getCriteria())
                : String.join(" · ", phrases) + " " + format("summary.count", filter.getFiltered().size()));
        filters.setWrapText(true);
        filters.setId("export-filters");
        filters.getStyleClass().add("export-muted");
        form.add(heading(text("label.filters")), 0, 1);
        form.add(filters, 1, 1);

        paper.getItems().setAll(PageSize.values());
        paper.setValue(Locale.getDefault().getCountry().matches("US|CA|MX|PH") ? PageSize.LETTER : PageSize.A4);
        paper.setId("export-paper");
        paper.setConverter(new StringConverter<>() {
            @Override
            public String toString(PageSize size) {
                return size == null ? "" : text("paper." + size.name());
            }

            @Override
            public PageSize fromString(String string) {
                return null;
            }
        });
        ToggleGroup orientation = new ToggleGroup();
        portrait.setToggleGroup(orientation);
        landscape.setToggleGroup(orientation);
        portrait.setId("export-portrait");
        landscape.setId("export-landscape");
        portrait.setSelected(true);
        if (lastPage != null) {
            paper.setValue(lastPage.size());
            landscape.setSelected(lastPage.landscape());
        }
        HBox page = new HBox(12, paper, portrait, landscape);
        page.setAlignment(Pos.CENTER_LEFT);
        form.add(heading(text("label.page")), 0, 2);
        form.add(page, 1, 2);

        file.setId("export-file");
        file.setPrefColumnCount(34);
        Button choose = chooseButton;
        choose.setId("export-choose");
        choose.setOnAction(e -> chooseFile());
        choose.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(file, Priority.ALWAYS);
        HBox fileRow = new HBox(8, file, choose);
        form.add(heading(text("label.file")), 0, 3);
        form.add(fileRow, 1, 3);
        suggestFile();
        suggestOrientation();
        portrait.setOnAction(e -> orientationChosen = true);
        landscape.setOnAction(e -> orientationChosen = true);
        views.selectedToggleProperty().addListener((o, was, now) -> {
            suggestFile();
            suggestOrientation();
        });

        progress.setId("export-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progressText.setId("export-progress-text");
        progressText.getStyleClass().add("export-muted");
        VBox progressBox = new VBox(4, progress, progressText);
        progressBox.visibleProperty().bind(progress.visibleProperty());
        progress.setVisible(false);

        exportButton.setId("export-button");
        exportButton.setDefaultButton(true);
        exportButton.setOnAction(e -> start());
        cancelButton.setId("export-cancel");
        cancelButton.setCancelButton(true);
        cancelButton.setOnAction(e -> cancel());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, cancelButton, exportButton);

        VBox root = new VBox(16, form, progressBox, buttons);
        root.setPadding(new Insets(18));
        root.setPrefWidth(640);
        root.getStyleClass().add("export-dialog");
        return root;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add("export-heading");
        return label;
    }

    private String viewLabel(ExportView view) {
        return switch (view) {
            case ORGANIZATION -> organization == null ? text("view.ORGANIZATION.none")
                    : format("view.ORGANIZATION", organization.name());
            case INITIATIVE -> initiative == null ? text("view.INITIATIVE.none")
                    : format("view.INITIATIVE", initiative.title());
            default -> text("view." + view.name());
        };
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    private boolean orientationChosen;

    private ExportView selectedView() {
        return (ExportView) views.getSelectedToggle().getUserData();
    }

    /**
     * Landscape for the timeline (time runs across the page); for the other views, the orientation of the last
     * export (portrait at first). A choice made in this dialog stands.
     */
    private void suggestOrientation() {
        if (!orientationChosen) {
            boolean wide = selectedView() == ExportView.TIMELINE || (lastPage != null && lastPage.landscape());
            landscape.setSelected(wide);
            portrait.setSelected(!wide);
        }
    }

    /**
     * Proposes a file named after the view and the filters in force ({@code timeline-guangzhou-2021.pdf}), unless
     * the user typed a name of their own.
     */
    private void suggestFile() {
        if (suggestedFile != null && !file.getText().equals(suggestedFile)) {
            return;
        }
        Path folder = lastFolder != null ? lastFolder : Path.of(System.getProperty("user.home"));
        if (lastFolder == null && Files.isDirectory(folder.resolve("Documents"))) {
            folder = folder.resolve("Documents");
        }
        String view = selectedView().name().toLowerCase(Locale.ROOT);
        Gazetteer places = gazetteer.get();
        String name = places == null ? "metaverse-atlas-" + view : ViewFileName.of(view, filter.getCriteria(), places);
        suggestedFile = folder.resolve(name + ".pdf").toString();
        file.setText(suggestedFile);
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text("title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(text("chooser.pdf"), "*.pdf"));
        Path current = Path.of(file.getText().isBlank() ? suggestedFile : file.getText()).toAbsolutePath();
        if (current.getParent() != null && Files.isDirectory(current.getParent())) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        chooser.setInitialFileName(current.getFileName().toString());
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            String name = chosen.getPath();
            boolean pdf = name.toLowerCase(Locale.ROOT).endsWith(".pdf");
            file.setText(pdf ? name : name + ".pdf");
            confirmedInChooser = pdf ? chosen.toPath() : null; // the chooser asked about this name, not the longer one
        }
    }

    /** Takes what is on screen now (on the FX thread) and exports it in the background. */
    private void start() {
        if (file.getText().isBlank()) {
            error(text("error.noFile"));
            return;
        }
        Path target = Path.of(file.getText().strip());
        if (Files.isRegularFile(target) && !target.equals(confirmedInChooser)) {
            confirmReplace(target);
            return;
        }
        export(target);
    }

    /** Asks before an existing file is replaced (the file chooser asks by itself for the files it returns). */
    private void confirmReplace(Path target) {
        ButtonType replace = new ButtonType(text("replace.button"), ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, format("replace.content", target.toAbsolutePath()),
                replace, ButtonType.CANCEL);
        ask.initOwner(stage);
        ask.setTitle(text("title"));
        ask.setHeaderText(format("replace.header", target.getFileName()));
        ask.getDialogPane().setId("export-replace");
        ((Button) ask.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ((Button) ask.getDialogPane().lookupButton(replace)).setDefaultButton(false);
        ask.resultProperty().addListener((o, was, now) -> {
            if (now == replace) {
                export(target);
            }
        });
        ask.show();
    }

    private void export(Path target) {
        Catalog catalog = filter.getCatalog();
        lastPage = new PageFormat(paper.getValue(), landscape.isSelected());
        ExportRequest request = new ExportRequest(selectedView(), lastPage,
                catalog, filter.getCriteria(), filter.getFiltered(), gazetteer.get(),
                selectedView() == ExportView.NETWORK ? sources.networkCentre().get()
                        : organization == null ? null : organization.id(), initiative == null ? null : initiative.id(),
                sources.timelineFrame().get(), sources.mapFrame().get(), LocalDateTime.now());
        AtomicBoolean cancelled = new AtomicBoolean();
        cancelRequested = cancelled;
        running(true);
        ExportProgress listener = new ExportProgress() {
            @Override
            public void update(String message, double fraction) {
                Platform.runLater(() -> {
                    if (cancelRequested == cancelled) {
                        progressText.setText(message);
                        progress.setProgress(fraction);
                    }
                });
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        tasks.run(() -> exporter.export(request, target, listener), this::exported, this::failed);
    }

    private void exported(ExportResult result) {
        cancelRequested = null;
        lastFolder = result.file().toAbsolutePath().getParent();
        running(false);
        status.accept(format("status.exported", result.pages(), result.file()));
        stage.close();
    }

    private void failed(Throwable error) {
        cancelRequested = null;
        running(false);
        if (error instanceof ExportCancelledException) {
            status.accept(text("status.cancelled"));
            stage.close();
            return;
        }
        error(error.getMessage() == null ? error.toString() : error.getMessage());
    }

    private void cancel() {
        if (cancelRequested == null) {
            stage.close();
            return;
        }
        cancelRequested.set(true);
        progressText.setText(text("progress.cancelling"));
        cancelButton.setDisable(true);
    }

    private void running(boolean on) {
        progress.setVisible(on);
        progress.setProgress(on ? ProgressBar.INDETERMINATE_PROGRESS : 0);
        progressText.setText(on ? text("progress.starting") : "");
        exportButton.setDisable(on);
        cancelButton.setDisable(false);
        viewButtons.values().forEach(b -> b.setDisable(on || disabledView((ExportView) b.getUserData())));
        paper.setDisable(on);
        portrait.setDisable(on);
        landscape.setDisable(on);
        file.setDisable(on);
        chooseButton.setDisable(on);
    }

    private boolean disabledView(ExportView view) {
        return (view == ExportView.ORGANIZATION && organization == null)
                || (view == ExportView.INITIATIVE && initiative == null);
    }

    private void error(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle(text("title"));
        alert.setHeaderText(text("error.header"));
        alert.setContentText(message);
        alert.getDialogPane().setId("export-error");
        alert.show();
    }

    private static String text(String key) {
        return TEXT.getString(key);
    }

    private static String format(String key, Object... arguments) {
        return MessageFormat.format(TEXT.getString(key), arguments);
    }
}

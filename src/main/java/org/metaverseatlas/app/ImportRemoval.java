package org.metaverseatlas.app;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.store.AtlasStore;
import org.metaverseatlas.store.ImportBatch;
import org.metaverseatlas.store.ImportedRecords;
import org.metaverseatlas.ui.I18n;
import org.metaverseatlas.ui.shell.MainWindow;
import org.metaverseatlas.ui.state.FilterModel;
import org.metaverseatlas.ui.state.SelectionModel;
import org.metaverseatlas.ui.task.TaskRunner;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * File → Undo last import… and File → Remove imported records…: a confirmation that says what will go, the removal
 * in the background, and the views let go of what is gone.
 */
final class ImportRemoval {
    /** Shows an alert with a header and, when not null, details. */
    interface Alerts {
        void show(Alert.AlertType type, String header, String details);
    }

    private final Stage stage;
    private final Supplier<AtlasStore> store;
    private final TaskRunner tasks;
    private final MainWindow window;
    private final FilterModel filter;
    private final SelectionModel selection;
    private final Alerts alerts;
    private final Runnable showReady;

    /**
     * @param store     the open store, or null while it opens (then the menu items do nothing)
     * @param showReady puts the usual status line back after a failure
     */
    ImportRemoval(Stage stage, Supplier<AtlasStore> store, TaskRunner tasks, MainWindow window, FilterModel filter,
                  SelectionModel selection, Alerts alerts, Runnable showReady) {
        this.stage = stage;
        this.store = store;
        this.tasks = tasks;
        this.window = window;
        this.filter = filter;
        this.selection = selection;
        this.alerts = alerts;
        this.showReady = showReady;
    }

    /** File → Remove imported records…: says how many of each will go, and removes them once the user agrees. */
    void confirmRemoveAll() {
        AtlasStore store = this.store.get();
        if (store == null) {
            return;
        }
        tasks.run(store::imported, imported -> {
            if (imported.isEmpty()) {
                alerts.show(Alert.AlertType.INFORMATION, I18n.text("remove.none"), null);
            } else if (confirmRemoval(imported)) {
                removeImported();
            }
        }, error -> alerts.show(Alert.AlertType.ERROR, I18n.text("error.remove"), error.getMessage()));
    }

    private boolean confirmRemoval(ImportedRecords imported) {
        return confirm("remove-imported-confirmation", I18n.text("remove.title"), I18n.text("remove.confirm"),
                I18n.text("remove.details", counts(imported)), I18n.text("remove.button"));
    }

    /** The four counts, in words ("2 initiatives", "1 organization", "no people", "1 source"), for messages. */
    private static Object[] counts(ImportedRecords records) {
        return new Object[] {I18n.text("remove.initiatives", records.initiatives()),
                I18n.text("remove.organizations", records.organizations()), I18n.text("remove.people", records.people()),
                I18n.text("remove.sources", records.sources())};
    }

    /** Asks before a step that cannot be taken back; Cancel is the default, so Enter does not take it unasked. */
    private boolean confirm(String id, String title, String header, String details, String action) {
        ButtonType proceed = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, details, proceed, ButtonType.CANCEL);
        confirm.initOwner(stage.isShowing() ? stage : null);
        confirm.setTitle(title);
        confirm.setHeaderText(header);
        confirm.getDialogPane().setId(id);
        confirm.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        ((Button) confirm.getDialogPane().lookupButton(proceed)).setDefaultButton(false);
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return confirm.showAndWait().filter(proceed::equals).isPresent();
    }

    /** File → Undo last import…: names the file and what it added, and removes that once the user agrees. */
    void confirmUndoLast() {
        AtlasStore store = this.store.get();
        if (store == null) {
            return;
        }
        tasks.run(() -> new LastImport(store.lastImport(), store.imported()), found -> {
            if (found.batch().isEmpty()) {
                alerts.show(Alert.AlertType.INFORMATION, I18n.text("undo.none"),
                        found.imported().isEmpty() ? null : I18n.text("undo.untracked"));
                return;
            }
            ImportBatch batch = found.batch().get();
            Object[] counts = counts(batch.records());
            String when = batch.importedAt().toString().replace('T', ' ');
            if (confirm("undo-import-confirmation", I18n.text("undo.title"), I18n.text("undo.confirm", batch.fileName()),
                    I18n.text("undo.details", batch.file(), when, counts[0], counts[1], counts[2], counts[3]),
                    I18n.text("undo.button"))) {
                undoImport(batch);
            }
        }, error -> alerts.show(Alert.AlertType.ERROR, I18n.text("error.undo"), error.getMessage()));
    }

    private record LastImport(Optional<ImportBatch> batch, ImportedRecords imported) {
    }

    /** Undoes one import in the background, then reloads the catalog; a failure changes nothing. */
    void undoImport(ImportBatch batch) {
        AtlasStore store = this.store.get();
        window.showWork(I18n.text("status.undoing", batch.fileName()));
        tasks.run(() -> new Removed(store.removeImport(batch.id()), store.catalog()), removed -> {
            forgetRemoved(removed.catalog());
            filter.setCatalog(removed.catalog());
            ImportedRecords gone = removed.records();
            window.showStatus(I18n.text("status.undone", batch.fileName(), I18n.text("remove.initiatives",
                    gone.initiatives()), I18n.text("remove.organizations", gone.organizations())));
        }, error -> {
            showReady.run();
            alerts.show(Alert.AlertType.ERROR, I18n.text("error.undo"), error.getMessage());
        });
    }

    /** Removes every imported record in the background, then reloads the catalog; a failure changes nothing. */
    void removeImported() {
        AtlasStore store = this.store.get();
        window.showWork(I18n.text("status.removing"));
        tasks.run(() -> new Removed(store.removeImported(), store.catalog()), removed -> {
            forgetRemoved(removed.catalog());
            filter.setCatalog(removed.catalog());
            ImportedRecords gone = removed.records();
            window.showStatus(I18n.text("status.removed", I18n.text("remove.initiatives", gone.initiatives()),
                    I18n.text("remove.organizations", gone.organizations())));
        }, error -> {
            showReady.run();
            alerts.show(Alert.AlertType.ERROR, I18n.text("error.remove"), error.getMessage());
        });
    }

    private record Removed(ImportedRecords records, Catalog catalog) {
    }

    /** Lets go of a selection, a focus or a source filter whose record is gone, so no view shows what is not there. */
    private void forgetRemoved(Catalog catalog) {
        if (selection.getInitiative() != null && catalog.initiative(selection.getInitiative().id()).isEmpty()) {
            selection.select(null);
        }
        if (selection.getOrganization() != null && catalog.organization(selection.getOrganization().id()).isEmpty()) {
            selection.focus(null);
        }
        Set<String> sources = filter.getCriteria().sourceIds();
        Set<String> kept = new HashSet<>(sources);
        kept.removeIf(id -> catalog.source(id).isEmpty());
        if (kept.size() != sources.size()) {
            filter.setCriteria(filter.getCriteria().withSources(kept));
        }
    }
}

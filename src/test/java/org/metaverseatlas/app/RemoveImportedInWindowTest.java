package org.metaverseatlas.app;

import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.metaverseatlas.store.ImportedRecords;
import org.metaverseatlas.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** File → Remove imported records…: a confirmation that counts what will go, then only the imported records go. */
@ExtendWith(ApplicationExtension.class)
class RemoveImportedInWindowTest {
    private static final String OWN_RECORDS = """
            {"format": "metaverse-atlas-dataset",
             "sources": [{"id": "src-mine", "title": "My notes", "published": "2024-05-07"}],
             "organizations": [{"id": "org-mine", "name": "My Lab", "city": "Hangzhou", "sources": ["src-mine"]}],
             "people": [{"id": "person-mine", "name": "Li Ming",
                         "roles": [{"role": "Director", "organization": "org-mine", "source": "src-mine"}]}],
             "initiatives": [{"id": "mine-1", "title": "My lab opens", "kind": "RESEARCH_CENTRE", "start": "2024-05-06",
               "precision": "DAY", "place": {"city": "Hangzhou"},
               "participants": [{"organization": "org-mine", "role": "SUBJECT"}],
               "people": [{"person": "person-mine", "role": "Director"}],
               "summary": "A test record.", "sources": ["src-mine"]},
              {"id": "mine-2", "title": "My lab's salon", "kind": "MEETING", "start": "2024-06-06",
               "precision": "DAY", "place": {"city": "Suzhou", "province": "Jiangsu"},
               "participants": [{"organization": "org-mine", "role": "HOST"}],
               "summary": "A test record.", "sources": ["src-mine"]}]}
            """;

    @TempDir
    Path folder;
    private AtlasDesktop desktop;

    @Start
    void start(Stage stage) {
        desktop = new AtlasDesktop(stage, folder.resolve("data"), TaskRunner.synchronous());
        desktop.start();
    }

    @AfterEach
    void closeStore() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> desktop.stop()).get();
    }

    private void importOwnRecords(FxRobot robot) throws Exception {
        Path file = Files.writeString(folder.resolve("mine.json"), OWN_RECORDS, StandardCharsets.UTF_8);
        robot.interact(() -> desktop.importFile(file));
        assertThat(desktop.filter().getCatalog().initiative("mine-1")).isPresent();
    }

    private DialogPane chooseRemoveImported(FxRobot robot) {
        return choose(robot, "#menu-remove-imported");
    }

    private DialogPane choose(FxRobot robot, String item) {
        robot.clickOn("#menu-file");
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private int tableSize(FxRobot robot) {
        return robot.lookup("#initiative-table").queryAs(TableView.class).getItems().size();
    }

    @Test
    void confirmingRemovesTheImportedRecordsAndKeepsTheBundledOnes(FxRobot robot) throws Exception {
        int bundled = tableSize(robot);
        importOwnRecords(robot);
        robot.interact(() -> desktop.selection().select(desktop.filter().getCatalog().initiative("mine-1").orElseThrow()));
        assertThat(tableSize(robot)).isEqualTo(bundled + 2);

        DialogPane confirmation = chooseRemoveImported(robot);
        assertThat(confirmation.getId()).isEqualTo("remove-imported-confirmation");
        assertThat(confirmation.getContentText()).contains("2 initiatives, 1 organization, 1 person and 1 source")
                .contains("bundled dataset stays");
        robot.clickOn("Remove");

        assertThat(desktop.filter().getCatalog().initiative("mine-1")).isEmpty();
        assertThat(desktop.filter().getCatalog().organization("org-mine")).isEmpty();
        assertThat(tableSize(robot)).isEqualTo(bundled);
        assertThat(desktop.selection().getInitiative()).as("the removed initiative is no longer selected").isNull();
        assertThat(desktop.store().imported()).isEqualTo(ImportedRecords.NONE);
        assertThat(robot.lookup("#status").queryLabeled().getText())
                .startsWith("Removed 2 initiatives and 1 organization that came from imports");
    }

    @Test
    void undoLastImportRemovesWhatTheLatestFileAddedAndKeepsTheEarlierImport(FxRobot robot) throws Exception {
        int bundled = tableSize(robot);
        importOwnRecords(robot);
        Path rows = Files.writeString(folder.resolve("rows.csv"), "id,title,kind,start,precision,city,organizations,"
                + "source_title\nrow-1,Chengdu salon,MEETING,2024-06-01,DAY,Chengdu,Chengdu Salon Office|ORGANIZER,"
                + "Salon page\n", StandardCharsets.UTF_8);
        robot.interact(() -> desktop.importFile(rows));
        assertThat(tableSize(robot)).isEqualTo(bundled + 3);

        DialogPane confirmation = choose(robot, "#menu-undo-import");
        assertThat(confirmation.getId()).isEqualTo("undo-import-confirmation");
        assertThat(confirmation.getHeaderText()).isEqualTo("Undo the import of rows.csv?");
        assertThat(confirmation.getContentText()).contains(rows.toAbsolutePath().toString())
                .contains("1 initiative, 1 organization, no people and 1 source");
        robot.clickOn("Undo import");

        assertThat(desktop.filter().getCatalog().initiative("row-1")).isEmpty();
        assertThat(desktop.filter().getCatalog().initiative("mine-1")).isPresent();
        assertThat(tableSize(robot)).isEqualTo(bundled + 2);
        assertThat(robot.lookup("#status").queryLabeled().getText()).startsWith("Undid the import of rows.csv");
        assertThat(desktop.store().lastImport().orElseThrow().fileName()).isEqualTo("mine.json");
    }

    @Test
    void cancellingTheConfirmationRemovesNothing(FxRobot robot) throws Exception {
        importOwnRecords(robot);

        chooseRemoveImported(robot);
        robot.clickOn("Cancel");

        assertThat(desktop.filter().getCatalog().initiative("mine-2")).isPresent();
        assertThat(desktop.store().imported()).isEqualTo(new ImportedRecords(2, 1, 1, 1));
    }

    @Test
    void withNothingImportedTheWindowSaysSoAndRemovesNothing(FxRobot robot) throws Exception {
        int bundled = tableSize(robot);

        DialogPane note = chooseRemoveImported(robot);
        assertThat(note.getHeaderText()).startsWith("Nothing to remove");
        robot.clickOn("OK");

        assertThat(tableSize(robot)).isEqualTo(bundled);
    }
}

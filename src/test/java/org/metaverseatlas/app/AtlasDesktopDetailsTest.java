package org.metaverseatlas.app;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class AtlasDesktopDetailsTest {
    @TempDir
    static Path dataDirectory;
    @TempDir
    Path files;
    private final List<String> opened = new ArrayList<>();
    private AtlasDesktop desktop;

    @Start
    void start(Stage stage) {
        desktop = new AtlasDesktop(stage, dataDirectory, TaskRunner.synchronous());
        desktop.setLinkOpener(opened::add);
        desktop.start();
    }

    @AfterEach
    void closeStore() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> desktop.stop()).get();
    }

    private String detailTitle(FxRobot robot) {
        return robot.lookup("#detail-pane #detail-title").queryLabeled().getText();
    }

    @Test
    void choosingAnOrganizationInTheDirectoryFocusesItAndShowsItsPane(FxRobot robot) {
        robot.interact(() -> desktop.window().showDirectory());
        robot.interact(() -> desktop.stage().requestFocus());
        robot.clickOn("#directory-search").write("normal univ");
        robot.clickOn("Hangzhou Normal University");

        assertThat(desktop.selection().getOrganization().name()).isEqualTo("Hangzhou Normal University");
        assertThat(detailTitle(robot)).isEqualTo("Hangzhou Normal University");
    }

    @Test
    @SuppressWarnings("unchecked")
    void selectingAnInitiativeInTheTableShowsItsPane(FxRobot robot) {
        TableView<Initiative> table = robot.lookup("#initiative-table").queryAs(TableView.class);
        Initiative first = table.getItems().get(0);

        robot.interact(() -> table.getSelectionModel().select(first));

        assertThat(detailTitle(robot)).isEqualTo(first.title());
    }

    @Test
    void aSourcesWebAddressGoesToTheLinkOpener(FxRobot robot) throws Exception {
        Path file = files.resolve("sourced.json");
        Files.writeString(file, """
                {"format": "metaverse-atlas-dataset", "datasetVersion": "test-1", "description": "One sourced record.",
                 "sources": [{"id": "src-web", "title": "A page on the web", "publisher": "Example",
                              "published": "2024-05-01", "url": "https://example.org/news/1"}],
                 "organizations": [], "people": [],
                 "initiatives": [{"id": "ini-web", "title": "Initiative with a web source", "kind": "PLAN",
                                  "start": "2024-05-01", "end": null, "precision": "DAY",
                                  "place": {"district": null, "city": null, "province": null, "scope": "NATIONAL",
                                            "venue": null},
                                  "participants": [], "people": [], "summary": "For the link test.",
                                  "sources": ["src-web"]}]}
                """, StandardCharsets.UTF_8);
        robot.interact(() -> desktop.importFile(file));
        Initiative imported = desktop.filter().getCatalog().initiative("ini-web").orElseThrow();

        robot.interact(() -> desktop.selection().select(imported));
        Hyperlink link = robot.lookup("#detail-pane .hyperlink").queryAllAs(Hyperlink.class).stream()
                .filter(l -> l.getText().equals("https://example.org/news/1")).findFirst().orElseThrow();
        robot.clickOn(link);

        assertThat(opened).containsExactly("https://example.org/news/1");
    }
}

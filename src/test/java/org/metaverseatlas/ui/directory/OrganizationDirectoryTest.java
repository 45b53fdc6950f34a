package org.metaverseatlas.ui.directory;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.ui.BundledCatalog;
import org.metaverseatlas.ui.state.FilterModel;
import org.metaverseatlas.ui.state.SelectionModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class OrganizationDirectoryTest {
    private final FilterModel filter = new FilterModel();
    private final SelectionModel selection = new SelectionModel();
    private final List<Organization> focused = new ArrayList<>();
    private OrganizationDirectory directory;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        filter.setCatalog(BundledCatalog.get());
        directory = new OrganizationDirectory(filter, selection);
        selection.organizationProperty().addListener((o, was, now) -> focused.add(now));
        stage.setScene(new Scene((Parent) directory.node(), 1100, 700));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private TableView<DirectoryRow> table(FxRobot robot) {
        return robot.lookup("#directory-table").queryAs(TableView.class);
    }

    private List<String> names(FxRobot robot) {
        return table(robot).getItems().stream().map(DirectoryRow::name).toList();
    }

    @Test
    void listsEveryOrganizationByName(FxRobot robot) {
        assertThat(names(robot)).hasSize(28).startsWith("Big Data Center, Wulingyuan District", "China Mobile Communications Federation");
        assertThat(robot.lookup("#directory-count").queryLabeled().getText()).isEqualTo("28 organizations");
        assertThat(robot.lookup("#directory-hidden-note").queryLabeled().isVisible()).isFalse();
    }

    @Test
    void typingInTheSearchFieldKeepsNamesContainingItIgnoringCase(FxRobot robot) {
        robot.interact(stage::requestFocus);
        robot.clickOn("#directory-search").write("GUIYANG");

        assertThat(names(robot)).containsExactly("Guiyang Big Data Bureau", "Guiyang Science and Technology Bureau");
        assertThat(robot.lookup("#directory-count").queryLabeled().getText()).isEqualTo("2 of 28 organizations");

        robot.type(KeyCode.ESCAPE);
        assertThat(names(robot)).hasSize(28);
    }

    @Test
    void aChineseSearchFindsTheOrganizationsOfThatCity(FxRobot robot) {
        TextField search = robot.lookup("#directory-search").queryAs(TextField.class);
        robot.interact(() -> search.setText("广州"));

        assertThat(names(robot)).hasSize(6).allMatch(n -> !n.isBlank())
                .contains("Haizhu District", "Guangzhou Academy of Fine Arts");
    }

    @Test
    void clickingTheInitiativesHeaderSortsByThatCount(FxRobot robot) {
        robot.clickOn("Initiatives");
        assertThat(table(robot).getItems()).extracting(DirectoryRow::initiatives).isSorted();

        robot.clickOn("Initiatives");
        List<Integer> descending = table(robot).getItems().stream().map(DirectoryRow::initiatives).toList();
        assertThat(descending.get(0)).isEqualTo(4);
        assertThat(names(robot).subList(0, 2)).containsExactlyInAnyOrder("S.P.I Landscape Group", "WinSing Animation");
        assertThat(descending).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void sortingByFirstActivityPutsTheEarliestFirstAndTheUnknownLast(FxRobot robot) {
        robot.clickOn("First activity");

        List<DirectoryRow> rows = table(robot).getItems();
        assertThat(rows.get(0).name()).isEqualTo("China Mobile Communications Federation");
        assertThat(rows.get(rows.size() - 1).first()).isNull();

        robot.clickOn("First activity");
        List<DirectoryRow> latestFirst = table(robot).getItems();
        assertThat(latestFirst.get(0).first()).as("the latest first, not the unknown").isNotNull();
        assertThat(latestFirst.get(latestFirst.size() - 1).first()).isNull();
    }

    @Test
    void anEmptyListingSaysWhetherTheSearchOrTheFiltersLeftNothing(FxRobot robot) {
        robot.interact(() -> filter.setCriteria(FilterCriteria.NONE.withText("no initiative says this")));
        assertThat(table(robot).getItems()).isEmpty();
        assertThat(robot.lookup("#directory-placeholder").queryLabeled().getText())
                .isEqualTo("No organization takes part in the initiatives the filters leave.");

        robot.interact(filter::clear);
        robot.clickOn("#directory-search").write("zzzz");
        assertThat(robot.lookup("#directory-placeholder").queryLabeled().getText())
                .isEqualTo("No organization matches the search.");
    }

    @Test
    void theSharedFilterHidesOrganizationsWithoutMatchingInitiativesAndSaysHowMany(FxRobot robot) {
        robot.interact(() -> filter.setCriteria(FilterCriteria.NONE.withCities(Set.of(
                BundledCatalog.organization("org-guiyang-stb").city().id()))));

        assertThat(names(robot)).containsExactly("Guiyang Big Data Bureau", "Guiyang Science and Technology Bureau");
        assertThat(table(robot).getItems()).extracting(DirectoryRow::initiatives).containsExactly(1, 1);
        assertThat(robot.lookup("#directory-hidden-note").queryLabeled().getText())
                .isEqualTo("26 organizations hidden by the filter");
        assertThat(robot.lookup("#directory-hidden-note").queryLabeled().isVisible()).isTrue();

        robot.clickOn("#directory-clear-filter");
        assertThat(names(robot)).hasSize(28);
    }

    @Test
    void aHiddenDirectoryCatchesUpWithTheFilterWhenItShowsAgain(FxRobot robot) {
        String guiyang = BundledCatalog.organization("org-guiyang-stb").city().id();
        robot.interact(() -> {
            directory.activeProperty().set(false);
            filter.setCriteria(FilterCriteria.NONE.withCities(Set.of(guiyang)));
        });
        assertThat(names(robot)).hasSize(28);

        robot.interact(() -> directory.activeProperty().set(true));
        assertThat(names(robot)).containsExactly("Guiyang Big Data Bureau", "Guiyang Science and Technology Bureau");
    }

    @Test
    void choosingARowFocusesThatOrganizationForEveryView(FxRobot robot) {
        robot.clickOn("Hangzhou Normal University");

        assertThat(selection.getOrganization().id()).isEqualTo("org-hangzhou-normal-university");
    }

    @Test
    void enterOnTheChosenRowFocusesItAgain(FxRobot robot) {
        robot.clickOn("Hangzhou Normal University");
        focused.clear();

        robot.type(KeyCode.ENTER);

        assertThat(focused).last().extracting(Organization::id).isEqualTo("org-hangzhou-normal-university");
        assertThat(selection.getOrganization().id()).isEqualTo("org-hangzhou-normal-university");
    }

    @Test
    void clickingTheChosenRowAgainFocusesItAgainButAFirstClickOnlyOnce(FxRobot robot) {
        robot.clickOn("Hangzhou Normal University");
        assertThat(focused).extracting(Organization::id).containsExactly("org-hangzhou-normal-university");
        focused.clear();

        robot.clickOn("Hangzhou Normal University");

        assertThat(focused).extracting(o -> o == null ? null : o.id())
                .containsExactly(null, "org-hangzhou-normal-university");
    }

    @Test
    void anOrganizationFocusedElsewhereIsSelectedInTheTable(FxRobot robot) {
        Organization winsing = BundledCatalog.organization("org-winsing-animation");
        robot.interact(() -> selection.focus(winsing));

        assertThat(table(robot).getSelectionModel().getSelectedItem().organization()).isEqualTo(winsing);
        assertThat(focused).containsExactly(winsing);
    }
}

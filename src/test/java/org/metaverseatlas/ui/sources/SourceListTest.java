package org.metaverseatlas.ui.sources;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.SourceCitation;
import org.metaverseatlas.ui.BundledCatalog;
import org.metaverseatlas.ui.state.FilterModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class SourceListTest {
    private final FilterModel filter = new FilterModel();
    private final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        filter.setCatalog(BundledCatalog.get());
        SourceList list = new SourceList(filter, opened::add);
        stage.setScene(new Scene((Parent) list.node(), 1200, 500));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private TableView<SourceCitation> table(FxRobot robot) {
        return robot.lookup("#source-table").queryAs(TableView.class);
    }

    private List<String> titles(FxRobot robot) {
        return table(robot).getItems().stream().map(c -> c.source().title()).toList();
    }

    @Test
    void listsEverySourceNewestFirstWithHowManyInitiativesCiteIt(FxRobot robot) {
        assertThat(table(robot).getItems()).extracting(c -> c.source().title() + "|" + c.initiatives())
                .containsExactly("Haizhu sets up metaverse alliance|12",
                        "Metaverse continues to heat up local governments \"preparing\" Metaverse|11");
        assertThat(robot.lookup("#source-count").queryAs(Labeled.class).getText()).isEqualTo("2 sources");
    }

    @Test
    void theSearchKeepsSourcesWhoseTitleOrPublisherContainsIt(FxRobot robot) {
        robot.clickOn("#source-search").write("coinyuppie");
        assertThat(titles(robot)).containsExactly("Metaverse continues to heat up local governments \"preparing\" Metaverse");
        assertThat(robot.lookup("#source-count").queryAs(Labeled.class).getText()).isEqualTo("1 of 2 sources");
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#source-search").queryAs(TextField.class).getText()).isEmpty();
        assertThat(titles(robot)).hasSize(2);
    }

    @Test
    void clickingASourceFiltersEveryViewToItsInitiativesAndClickingItAgainRemovesThatFilter(FxRobot robot) {
        robot.clickOn("Haizhu sets up metaverse alliance");
        assertThat(filter.getCriteria().sourceIds()).containsExactly("src-haizhu-2023-03");
        assertThat(filter.getFiltered()).hasSize(12).allSatisfy((Initiative i) -> assertThat(i.sources())
                .extracting(s -> s.id()).contains("src-haizhu-2023-03"));

        robot.sleep(700); // two clicks in a row would be a double click, which does not toggle
        robot.clickOn("Haizhu sets up metaverse alliance");
        assertThat(filter.getCriteria().sourceIds()).isEmpty();
        assertThat(filter.getFiltered()).hasSize(23);
    }

    @Test
    void theClearLinkShowsOnlyWhileASourceFilters(FxRobot robot) {
        assertThat(robot.lookup("#source-clear-filter").query().isVisible()).isFalse();
        robot.interact(() -> filter.setCriteria(filter.getCriteria().withSources(Set.of("src-coinyuppie-2021-12"))));
        assertThat(robot.lookup("#source-clear-filter").query().isVisible()).isTrue();
        robot.clickOn("#source-clear-filter");
        assertThat(filter.getCriteria().sourceIds()).isEmpty();
    }
}

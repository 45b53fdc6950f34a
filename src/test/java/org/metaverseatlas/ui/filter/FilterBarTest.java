package org.metaverseatlas.ui.filter;

import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.City;
import org.metaverseatlas.model.EventDate;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.InitiativeKind;
import org.metaverseatlas.model.Origin;
import org.metaverseatlas.model.Place;
import org.metaverseatlas.model.Province;
import org.metaverseatlas.ui.state.FilterModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class FilterBarTest {
    private static final Province GUANGDONG = new Province("CN.30", "Guangdong", "广东");
    private static final Province GUIZHOU = new Province("CN.18", "Guizhou", "贵州");
    private static final City GUANGZHOU = new City("Guangzhou|CN.30", "Guangzhou", "广州", GUANGDONG, 23, 113);
    private static final City SHENZHEN = new City("Shenzhen|CN.30", "Shenzhen", "深圳", GUANGDONG, 22, 114);
    private static final City GUIYANG = new City("Guiyang|CN.18", "Guiyang", "贵阳", GUIZHOU, 26, 106);
    private final FilterModel filter = new FilterModel();

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        filter.setCatalog(new Catalog(List.of(initiative("a", GUANGZHOU), initiative("b", SHENZHEN),
                initiative("c", GUIYANG), initiative("d", GUIYANG)), List.of(), List.of()));
        stage.setScene(new javafx.scene.Scene(new StackPane(new FilterBar(filter).node()), 1400, 500));
        stage.sizeToScene(); // the stage is shared between test classes: take this scene's size, whatever came before
        stage.show();
    }

    private static Initiative initiative(String id, City city) {
        return Initiative.of(id, "Initiative " + id, InitiativeKind.MEETING, EventDate.day(LocalDate.of(2021, 11, 1)),
                Place.ofCity(city), List.of(), List.of(), "", List.of(), false, Origin.BUNDLED);
    }

    @Test
    @SuppressWarnings("unchecked")
    void typingNarrowsTheCityListToMatchingNames(FxRobot robot) {
        robot.clickOn("#city-filter");
        robot.clickOn("#city-search").write("gu");
        ListView<Object> list = robot.lookup("#city-list").queryAs(ListView.class);
        assertThat(list.getItems()).extracting(Object::toString)
                .containsExactly("Guangzhou 广州 (1)", "Guiyang 贵阳 (2)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void chineseNamesFindCitiesToo(FxRobot robot) {
        robot.clickOn("#city-filter");
        robot.clickOn("#city-search").write("深");
        ListView<Object> list = robot.lookup("#city-list").queryAs(ListView.class);
        assertThat(list.getItems()).extracting(Object::toString).containsExactly("Shenzhen 深圳 (1)");
    }

    @Test
    void enterChecksTheFirstMatchAndFiltersByIt(FxRobot robot) {
        robot.clickOn("#city-filter");
        robot.clickOn("#city-search").write("guiy").type(KeyCode.ENTER);
        assertThat(filter.getCriteria().cityIds()).containsExactly("Guiyang|CN.18");
        assertThat(filter.getFiltered()).extracting(Initiative::id).containsExactly("c", "d");
        assertThat(robot.lookup("#city-filter").queryAs(Button.class).getText()).isEqualTo("City (1/3)");
    }

    @Test
    void aCityChosenElsewhereShowsAsCheckedWithoutReportingBack(FxRobot robot) {
        robot.interact(() -> filter.setCriteria(filter.getCriteria().withCities(java.util.Set.of("Shenzhen|CN.30"))));
        assertThat(robot.lookup("#city-filter").queryAs(Button.class).getText()).isEqualTo("City (1/3)");
        robot.interact(filter::clear);
        assertThat(robot.lookup("#city-filter").queryAs(Button.class).getText()).isEqualTo("City (0/3)");
        assertThat(filter.getCriteria().isEmpty()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void reopeningStartsFromTheWholeListWithAnEmptySearch(FxRobot robot) {
        robot.clickOn("#city-filter");
        robot.clickOn("#city-search").write("guiy").type(KeyCode.ESCAPE);
        robot.clickOn("#city-filter");
        assertThat(robot.lookup("#city-search").queryAs(javafx.scene.control.TextField.class).getText()).isEmpty();
        ListView<Object> list = robot.lookup("#city-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(3);
        robot.write("shen").type(KeyCode.ENTER);
        assertThat(filter.getCriteria().cityIds()).containsExactly("Shenzhen|CN.30");
    }

    @Test
    void clearingTheFiltersFromTheKeyboardLeavesTheFocusInTheFilterBar(FxRobot robot) {
        robot.interact(() -> filter.setCriteria(filter.getCriteria().withCities(java.util.Set.of("Shenzhen|CN.30"))
                .withText("week")));
        robot.interact(() -> robot.lookup("#clear-filters").query().requestFocus());
        robot.type(KeyCode.SPACE);

        assertThat(filter.getCriteria().isEmpty()).isTrue();
        assertThat(robot.lookup("#city-filter").query().isFocused()).isTrue();
    }

    @Test
    void aTypedDateFiltersAndTextThatIsNoDateIsMarkedWithoutLosingTheDay(FxRobot robot) {
        javafx.scene.control.DatePicker to = robot.lookup("#to-filter").queryAs(javafx.scene.control.DatePicker.class);
        robot.clickOn(to.getEditor()).write("2022/3/18").type(KeyCode.ENTER);
        assertThat(filter.getCriteria().to()).isEqualTo(LocalDate.of(2022, 3, 18));
        assertThat(to.getEditor().getText()).isEqualTo("2022-03-18");

        robot.interact(() -> to.getEditor().clear());
        robot.clickOn(to.getEditor()).write("zzzz").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(filter.getCriteria().to()).isEqualTo(LocalDate.of(2022, 3, 18));
        assertThat(to.getPseudoClassStates()).contains(DateField.INVALID);
        assertThat(to.getTooltip().getText()).startsWith("“zzzz” is not a date");
        assertThat(to.getEditor().getText()).as("kept, to be corrected").isEqualTo("zzzz");
        assertThat(robot.lookup("#date-note").queryLabeled().getText()).startsWith("“zzzz” is not a date");

        robot.interact(() -> to.getEditor().clear());
        robot.clickOn(to.getEditor()).write("1 April 2022").type(KeyCode.TAB);
        assertThat(filter.getCriteria().to()).isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(to.getPseudoClassStates()).doesNotContain(DateField.INVALID);
        assertThat(robot.lookup("#date-note").queryLabeled().isVisible()).isFalse();
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsPointedOut(FxRobot robot) {
        robot.interact(() -> filter.setCriteria(filter.getCriteria().withDates(LocalDate.of(2023, 1, 1),
                LocalDate.of(2022, 1, 1))));
        assertThat(robot.lookup("#date-note").queryLabeled().isVisible()).isTrue();
        assertThat(robot.lookup("#date-note").queryLabeled().getText())
                .isEqualTo("From 1 January 2023 is after To 1 January 2022: no initiative can match.");

        robot.interact(filter::clear);
        assertThat(robot.lookup("#date-note").queryLabeled().isVisible()).isFalse();
    }

    @Test
    void escapeClosesTheCityListAfterABoxWasTicked(FxRobot robot) {
        robot.clickOn("#city-filter");
        robot.write("guang").type(KeyCode.DOWN).type(KeyCode.SPACE);
        assertThat(filter.getCriteria().cityIds()).containsExactly("Guangzhou|CN.30");

        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#city-list").tryQuery()).isEmpty();
    }

    @Test
    void datesAreReadInTheFormsPeopleTypeAndImpossibleDaysAreNoDates() {
        assertThat(DateField.parse("2022-03-18")).isEqualTo(LocalDate.of(2022, 3, 18));
        assertThat(DateField.parse("2022/3/8")).isEqualTo(LocalDate.of(2022, 3, 8));
        assertThat(DateField.parse("18 march 2022")).isEqualTo(LocalDate.of(2022, 3, 18));
        assertThat(DateField.parse("1 Apr 2022")).isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(DateField.parse("2023-02-30")).isNull();
        assertThat(DateField.parse("2023-13-45")).isNull();
        assertThat(DateField.parse("soon")).isNull();
    }
}

package org.metaverseatlas.ui.map;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.render.map.AlbersProjection;
import org.metaverseatlas.render.map.MapFrame;
import org.metaverseatlas.render.map.MapLayout;
import org.metaverseatlas.render.map.MapMarker;
import org.metaverseatlas.render.map.MapTestData;
import org.metaverseatlas.render.map.MapViewport;
import org.metaverseatlas.ui.state.FilterModel;
import org.metaverseatlas.ui.state.SelectionModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@ExtendWith(ApplicationExtension.class)
class MapControlTest {
    private final FilterModel filter = new FilterModel();
    private final SelectionModel selection = new SelectionModel();
    private MapControl map;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        filter.setCatalog(MapTestData.bundled());
        map = new MapControl(filter, selection);
        map.setRenderer(MapTestData.renderer());
        stage.setScene(new Scene(new StackPane(map), 1000, 800));
        stage.show();
    }

    private MapMarker marker(String cityName) {
        WaitForAsyncUtils.waitForFxEvents();
        return map.visibleMarkers().stream()
                .filter(m -> !m.isCluster() && m.mainCity().city().nameEn().equals(cityName))
                .findFirst().orElseThrow(() -> new AssertionError("no marker for " + cityName));
    }

    private Point2D onScreen(double x, double y) {
        return map.localToScreen(x, y);
    }

    private Point2D onScreen(MapMarker m) {
        return onScreen(m.x(), m.y());
    }

    private Point2D onScreen(double longitude, double latitude, boolean geographic) {
        MapViewport v = new MapViewport(map.getFrame(), map.getWidth(), map.getHeight());
        AlbersProjection p = AlbersProjection.CHINA;
        return onScreen(v.screenX(p.x(longitude, latitude)), v.screenY(p.y(longitude, latitude)));
    }

    @Test
    void showsAMarkerForEachCityOfTheBundledDataset() {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.visibleMarkers()).flatExtracting(MapMarker::cities)
                .extracting(c -> c.city().nameEn())
                .contains("Guangzhou", "Shenzhen", "Hangzhou", "Guiyang", "Zhangjiajie", "Beijing");
        assertThat(map.visibleBadges()).extracting(b -> b.province().nameEn())
                .containsExactlyInAnyOrder("Zhejiang", "Fujian", "Sichuan");
    }

    private double meanBrightness() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.image.Image image = map.snapshot(null, null);
            javafx.scene.image.PixelReader pixels = image.getPixelReader();
            double sum = 0;
            int n = 0;
            for (int y = 0; y < image.getHeight(); y += 7) {
                for (int x = 0; x < image.getWidth(); x += 7) {
                    sum += pixels.getColor(x, y).getBrightness();
                    n++;
                }
            }
            return sum / n;
        }).get();
    }

    @Test
    void theMapGoesDarkWithADarkThemeAndLightAgainWithALightOne(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.colours()).isEqualTo(org.metaverseatlas.render.map.MapColours.LIGHT);
        assertThat(meanBrightness()).isGreaterThan(0.75);

        robot.interact(() -> javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()));
        try {
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(map.colours()).isEqualTo(org.metaverseatlas.render.map.MapColours.DARK);
            assertThat(meanBrightness()).isLessThan(0.35);
        } finally {
            robot.interact(() -> javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.colours()).isEqualTo(org.metaverseatlas.render.map.MapColours.LIGHT);
        assertThat(meanBrightness()).isGreaterThan(0.75);
    }

    @Test
    void aSmallMapStartsWithoutItsLegendUntilTheUserAsksForIt(FxRobot robot) {
        robot.interact(() -> map.getScene().getWindow().setWidth(520));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.legendShownProperty().get()).isFalse();

        robot.clickOn("#map-legend");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.legendShownProperty().get()).isTrue();
        robot.interact(() -> map.getScene().getWindow().setWidth(500));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.legendShownProperty().get()).as("the user's choice stands").isTrue();
        robot.interact(() -> map.getScene().getWindow().setWidth(1000));
    }

    @Test
    void theLegendButtonHidesAndShowsTheLegendAndLabelsMayUseItsRoom(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.lastLayout()).get().extracting(MapLayout::hasLegend).isEqualTo(true);

        robot.clickOn("#map-legend");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.legendShownProperty().get()).isFalse();
        assertThat(map.lastLayout()).get().extracting(MapLayout::hasLegend).isEqualTo(false);

        robot.interact(map::requestFocus);
        robot.type(javafx.scene.input.KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.legendShownProperty().get()).isTrue();
        assertThat(map.lastLayout()).get().extracting(MapLayout::hasLegend).isEqualTo(true);
    }

    @Test
    void filtersThatLeaveNothingSaySoOverTheMap(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#map-empty").query().isVisible()).isFalse();

        robot.interact(() -> filter.setCriteria(filter.getCriteria().withText("no initiative says this")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.visibleMarkers()).isEmpty();
        assertThat(robot.lookup("#map-empty").queryLabeled().isVisible()).isTrue();
        assertThat(robot.lookup("#map-empty").queryLabeled().getText()).isEqualTo("No initiative matches these filters.");

        robot.interact(filter::clear);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#map-empty").query().isVisible()).isFalse();
    }

    @Test
    void clickingACityMarkerTogglesTheCityInTheSharedFilter(FxRobot robot) {
        MapMarker guiyang = marker("Guiyang");
        robot.clickOn(onScreen(guiyang), MouseButton.PRIMARY);
        assertThat(filter.getCriteria().cityIds()).containsExactly(guiyang.mainCity().city().id());
        assertThat(filter.getFiltered()).hasSize(2).allMatch(i -> i.place().city().nameEn().equals("Guiyang"));
        assertThat(map.visibleMarkers()).extracting(MapMarker::placeId).containsExactly(guiyang.placeId());

        robot.clickOn(onScreen(marker("Guiyang")), MouseButton.PRIMARY);
        assertThat(filter.getCriteria().cityIds()).isEmpty();
    }

    @Test
    void citiesOutsideTheCityFilterStayVisibleMutedAndCtrlClickAddsOne(FxRobot robot) {
        MapMarker guiyang = marker("Guiyang");
        robot.clickOn(onScreen(guiyang), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        MapMarker hangzhou = map.lastLayout().orElseThrow().others().stream()
                .filter(m -> m.mainCity().city().nameEn().equals("Hangzhou")).findFirst().orElseThrow();

        robot.moveTo(onScreen(hangzhou));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".map-tip").queryLabeled().getText()).startsWith("Hangzhou 杭州, Zhejiang")
                .contains("outside the place filter", "Ctrl+click to add it");
        robot.press(KeyCode.CONTROL).clickOn(onScreen(hangzhou), MouseButton.PRIMARY).release(KeyCode.CONTROL);
        assertThat(filter.getCriteria().cityIds()).containsExactlyInAnyOrder("Guiyang|CN.18", "Hangzhou|CN.02");
        assertThat(map.visibleMarkers()).extracting(m -> m.mainCity().city().nameEn())
                .containsExactlyInAnyOrder("Guiyang", "Hangzhou");
    }

    @Test
    void aCityChosenOffTheEdgeOfTheViewIsBroughtIntoView(FxRobot robot) {
        MapMarker beijing = marker("Beijing");
        robot.interact(() -> map.zoomAbout(beijing.x(), beijing.y(), 8)); // the north, Guangzhou far off screen
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.visibleMarkers()).noneMatch(m -> m.mainCity().city().nameEn().equals("Guangzhou"));

        robot.interact(() -> filter.setCriteria(FilterCriteria.NONE.withCities(java.util.Set.of("Guangzhou|CN.30"))));
        WaitForAsyncUtils.waitForFxEvents();
        MapMarker guangzhou = map.visibleMarkers().stream()
                .filter(m -> m.mainCity().city().nameEn().equals("Guangzhou")).findFirst().orElseThrow();
        assertThat(guangzhou.x()).isBetween(20.0, map.getWidth() - 20);
        assertThat(guangzhou.y()).isBetween(20.0, map.getHeight() - 20);
    }

    @Test
    void theSelectionKeptByAFilterIsBroughtBackIntoView(FxRobot robot) {
        MapMarker beijing = marker("Beijing");
        Initiative inGuangzhou = filter.getCatalog().initiatives().stream()
                .filter(i -> i.place().city() != null && i.place().city().nameEn().equals("Guangzhou"))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            selection.select(inGuangzhou);
            map.zoomAbout(beijing.x(), beijing.y(), 8);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.visibleMarkers()).noneMatch(m -> m.mainCity().city().nameEn().equals("Guangzhou"));

        robot.interact(() -> filter.setCriteria(FilterCriteria.NONE.withKinds(java.util.Set.of(inGuangzhou.kind()))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.visibleMarkers()).as("the selected initiative's city is back in view")
                .anyMatch(m -> m.cities().stream().anyMatch(c -> c.city().nameEn().equals("Guangzhou")));
        robot.interact(() -> {
            filter.setCriteria(FilterCriteria.NONE);
            selection.select(null);
        });
    }

    @Test
    void aPlainClickOnAMutedCityShowsOnlyThatCity(FxRobot robot) {
        robot.clickOn(onScreen(marker("Guiyang")), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        MapMarker hangzhou = map.lastLayout().orElseThrow().others().stream()
                .filter(m -> m.mainCity().city().nameEn().equals("Hangzhou")).findFirst().orElseThrow();
        robot.clickOn(onScreen(hangzhou), MouseButton.PRIMARY);
        assertThat(filter.getCriteria().cityIds()).containsExactly("Hangzhou|CN.02");
    }

    @Test
    void clickingTheMarkerOfASingleInitiativeSelectsIt(FxRobot robot) {
        MapMarker beijing = marker("Beijing");
        assertThat(beijing.count()).isEqualTo(1);
        robot.clickOn(onScreen(beijing), MouseButton.PRIMARY);
        assertThat(selection.getInitiative()).isEqualTo(beijing.initiatives().get(0));
    }

    @Test
    void clickingAProvinceAwayFromMarkersFiltersByThatProvince(FxRobot robot) {
        robot.clickOn(onScreen(112.8, 26.6, true), MouseButton.PRIMARY); // Hunan, where Zhangjiajie is
        assertThat(filter.getCriteria().provinceCodes()).containsExactly("CN.11");
        assertThat(filter.getFiltered()).isNotEmpty();
    }

    @Test
    void aProvinceWithoutInitiativesSaysSoAndAClickDoesNotFilterEverythingAway(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Point2D qinghai = onScreen(96.5, 35.0, true);
        robot.moveTo(qinghai);
        WaitForAsyncUtils.waitForFxEvents();
        String tip = robot.lookup(".map-tip").queryLabeled().getText();
        assertThat(tip).startsWith("Qinghai").contains("No initiative of the atlas is in this province")
                .doesNotContain("Click to filter");

        robot.clickOn(qinghai, MouseButton.PRIMARY);
        assertThat(filter.getCriteria().provinceCodes()).isEmpty();
        assertThat(filter.getFiltered()).hasSize(filter.getCatalog().initiatives().size());
    }

    @Test
    void aProvinceWhoseInitiativesTheFiltersHideSaysHowManyItHides(FxRobot robot) {
        robot.interact(() -> filter.setCriteria(FilterCriteria.NONE.withCities(java.util.Set.of("Hangzhou|CN.02"))));
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(onScreen(113.6, 24.9, true)); // northern Guangdong, away from any marker
        WaitForAsyncUtils.waitForFxEvents();
        String tip = robot.lookup(".map-tip").queryLabeled().getText();
        assertThat(tip).startsWith("Guangdong").contains("no initiative in its cities", "6 more hidden by the filters")
                .contains("Click to filter by this province");
    }

    @Test
    void clickingAProvinceWideBadgeFiltersByItsProvince(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        var sichuan = map.visibleBadges().stream().filter(b -> b.province().nameEn().equals("Sichuan")).findFirst().orElseThrow();
        robot.clickOn(onScreen(sichuan.x(), sichuan.y()), MouseButton.PRIMARY);
        assertThat(filter.getCriteria().provinceCodes()).containsExactly("CN.32");
        assertThat(filter.getFiltered()).allMatch(i -> i.place().province().code().equals("CN.32"));
    }

    @Test
    void aSelectionMadeElsewhereIsHighlightedOnTheMap(FxRobot robot) {
        Initiative hangzhou = filter.getFiltered().stream()
                .filter(i -> i.place().city() != null && i.place().city().nameEn().equals("Hangzhou")).findFirst().orElseThrow();
        robot.interact(() -> selection.select(hangzhou));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.lastLayout().orElseThrow().selected().cityIds()).containsExactly(hangzhou.place().city().id());
    }

    @Test
    void theMapFollowsTheSharedFilter(FxRobot robot) {
        String beijing = marker("Beijing").placeId();
        robot.interact(() -> filter.setCriteria(filter.getCriteria().toggleCity(beijing)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.visibleMarkers()).extracting(MapMarker::placeId).containsExactly(beijing);
        assertThat(map.visibleBadges()).isEmpty();
    }

    @Test
    void theWheelZoomsAboutThePointer(FxRobot robot) {
        Point2D point = onScreen(700, 300);
        MapViewport before = new MapViewport(map.getFrame(), map.getWidth(), map.getHeight());
        double x = before.projectedX(700);
        double y = before.projectedY(300);
        javafx.scene.Node canvas = robot.lookup(".map-canvas").query();
        // One notch of a wheel turned away from the reader, as the platforms report it.
        robot.interact(() -> javafx.event.Event.fireEvent(canvas, new ScrollEvent(ScrollEvent.SCROLL, 700, 300,
                point.getX(), point.getY(), false, false, false, false, false, false, 0, 40, 0, 40,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        MapViewport after = new MapViewport(map.getFrame(), map.getWidth(), map.getHeight());
        assertThat(after.frame().zoom()).isGreaterThan(1.1);
        assertThat(after.screenX(x)).isCloseTo(700, within(1.0));
        assertThat(after.screenY(y)).isCloseTo(300, within(1.0));
    }

    @Test
    void draggingPansAndDoesNotClick(FxRobot robot) {
        double centre = map.getFrame().centerX();
        robot.drag(onScreen(300, 500), MouseButton.PRIMARY).dropBy(120, 0);
        assertThat(map.getFrame().centerX()).isLessThan(centre);
        assertThat(filter.getCriteria().isEmpty()).isTrue();
    }

    @Test
    void keysZoomAndHomeShowsAllOfChinaAgain(FxRobot robot) {
        robot.interact(map::requestFocus);
        robot.interact(() -> map.getScene().getWindow().requestFocus());
        robot.clickOn(onScreen(30, 760), MouseButton.PRIMARY); // water, focuses the map
        robot.type(KeyCode.EQUALS);
        assertThat(map.getFrame().zoom()).isGreaterThan(1);
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.HOME);
        assertThat(map.getFrame()).isEqualTo(MapFrame.fitChina());
    }

    @Test
    void theResetButtonShowsAllOfChinaAgain(FxRobot robot) {
        robot.interact(() -> map.zoomAbout(500, 400, 4));
        robot.clickOn("#map-reset");
        assertThat(map.getFrame()).isEqualTo(MapFrame.fitChina());
    }

    @Test
    void clickingAClusterZoomsInUntilItSplits(FxRobot robot) {
        robot.interact(() -> filter.setCatalog(MapTestData.synthetic(10_000)));
        WaitForAsyncUtils.waitForFxEvents();
        MapMarker cluster = map.visibleMarkers().stream().filter(MapMarker::isCluster).findFirst().orElseThrow();
        robot.clickOn(onScreen(cluster), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map.getFrame().zoom()).isGreaterThan(2);
        assertThat(filter.getCriteria().isEmpty()).isTrue();
        assertThat(map.visibleMarkers().stream().filter(m -> m.cities().stream().anyMatch(cluster.cities()::contains)))
                .hasSizeGreaterThan(1);
    }

    @Test
    void hoveringAMarkerTellsThePlaceTheCountAndTheInitiatives(FxRobot robot) {
        MapMarker guiyang = marker("Guiyang");
        robot.moveTo(onScreen(guiyang));
        WaitForAsyncUtils.waitForFxEvents();
        Label tip = robot.lookup(".map-tip").queryAs(Label.class);
        assertThat(tip.isVisible()).isTrue();
        assertThat(tip.getText()).startsWith("Guiyang 贵阳, Guizhou").contains("2 initiatives")
                .contains(guiyang.initiatives().get(0).title());
    }
}

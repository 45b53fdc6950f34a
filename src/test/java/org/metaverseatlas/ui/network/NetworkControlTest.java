package org.metaverseatlas.ui.network;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Participation;
import org.metaverseatlas.model.analysis.CollaborationGraph;
import org.metaverseatlas.ui.BundledCatalog;
import org.metaverseatlas.ui.state.FilterModel;
import org.metaverseatlas.ui.state.SelectionModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Comparator;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class NetworkControlTest {
    private final FilterModel filter = new FilterModel();
    private final SelectionModel selection = new SelectionModel();
    private final Catalog catalog = BundledCatalog.get();
    private NetworkControl network;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        filter.setCatalog(catalog);
        network = new NetworkControl(filter, selection);
        stage.setScene(new Scene(new StackPane(network), 1000, 700));
        stage.show();
    }

    private CollaborationGraph.Node busiest() {
        return CollaborationGraph.of(filter.getFiltered()).nodes().stream()
                .max(Comparator.comparingInt(CollaborationGraph.Node::initiatives)
                        .thenComparing(CollaborationGraph.Node::organizationId)).orElseThrow();
    }

    private Point2D onScreen(String organizationId) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Point2D at = WaitForAsyncUtils.asyncFx(() -> network.positionOf(organizationId)).get();
        assertThat(at).as("drawn: " + organizationId).isNotNull();
        return WaitForAsyncUtils.asyncFx(() -> network.localToScreen(at)).get();
    }

    @Test
    void clickingAnOrganizationPutsItInFocusForTheOtherViews(FxRobot robot) throws Exception {
        CollaborationGraph.Node node = busiest();
        robot.clickOn(onScreen(node.organizationId()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selection.getOrganization()).isNotNull();
        assertThat(selection.getOrganization().id()).isEqualTo(node.organizationId());
    }

    @Test
    void hoveringAnOrganizationNamesIt(FxRobot robot) throws Exception {
        CollaborationGraph.Node node = CollaborationGraph.of(filter.getFiltered()).nodes().stream()
                .min(Comparator.comparingInt(CollaborationGraph.Node::initiatives)
                        .thenComparing(CollaborationGraph.Node::organizationId)).orElseThrow();
        robot.moveTo(onScreen(node.organizationId()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(network.drawnNames()).contains(node.name());
        assertThat(robot.lookup("#network-tip").queryLabeled().getText()).startsWith(node.name());
    }

    @Test
    void theSelectedInitiativesOrganizationsAreNamed() {
        Initiative chosen = catalog.initiatives().stream().filter(i -> i.participants().size() >= 2).findFirst()
                .orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> selection.select(chosen));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(network.drawnNames()).containsAll(chosen.participants().stream()
                .map(Participation::organizationName).distinct().toList());
    }

    private record Snapshot(org.metaverseatlas.render.network.NetworkDrawing drawing, boolean layingOut) {
    }

    /** The catalog's initiatives copied under new ids until there are enough to be laid out in the background. */
    private Catalog large() {
        java.util.List<Initiative> copies = new java.util.ArrayList<>();
        for (int k = 0; copies.size() < NetworkControl.BACKGROUND_FROM + 10; k++) {
            for (Initiative i : catalog.initiatives()) {
                copies.add(new Initiative(i.id() + "-copy-" + k, i.title(), i.titleZh(), i.kind(), i.date(), i.place(),
                        i.participants(), i.people(), i.summary(), i.sources(), i.synthetic(), i.announced(),
                        i.origin(), null));
            }
        }
        return new Catalog(copies, catalog.organizations(), catalog.people());
    }

    @Test
    void aLargeNetworkIsLaidOutOffTheWindowsThreadAndShownWhenReady() throws Exception {
        Catalog large = large();
        Snapshot[] first = new Snapshot[1];
        WaitForAsyncUtils.asyncFx(() -> {
            filter.setCatalog(large);
            first[0] = new Snapshot(network.drawing(), network.layingOutProperty().get());
        }).get();
        assertThat(first[0].layingOut()).as("the window's thread does not wait for the layout").isTrue();
        assertThat(first[0].drawing().layout().graph().nodes())
                .as("until then, the drawing before").hasSize(CollaborationGraph.of(catalog.initiatives()).nodes().size());

        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> !network.layingOutProperty().get()).get());
        CollaborationGraph shown = WaitForAsyncUtils.asyncFx(() -> network.drawing().layout().graph()).get();
        assertThat(shown.edges()).isEqualTo(CollaborationGraph.of(large.initiatives()).edges());
        WaitForAsyncUtils.asyncFx(() -> filter.setCatalog(catalog)).get();
    }

    @Test
    void theFilterNarrowsTheNetworkToTheOrganizationsOfWhatItKeeps() throws Exception {
        Initiative one = catalog.initiatives().stream().filter(i -> i.place().city() != null).findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> filter.setCriteria(filter.getCriteria().withCities(Set.of(one.place().cityId()))));
        WaitForAsyncUtils.waitForFxEvents();
        CollaborationGraph shown = WaitForAsyncUtils.asyncFx(() -> network.drawing().layout().graph()).get();
        assertThat(shown.nodes()).extracting(CollaborationGraph.Node::organizationId)
                .containsExactlyInAnyOrderElementsOf(CollaborationGraph.of(filter.getFiltered()).nodes().stream()
                        .map(CollaborationGraph.Node::organizationId).toList());
        assertThat(shown.nodes().size()).isLessThan(CollaborationGraph.of(catalog.initiatives()).nodes().size());
    }

    @Test
    void neighboursModeShowsTheFocusedOrganizationWithThoseItWorkedWith(FxRobot robot) throws Exception {
        CollaborationGraph.Node node = busiest();
        WaitForAsyncUtils.asyncFx(() -> selection.focus(catalog.organization(node.organizationId()).orElseThrow()));
        robot.clickOn("#network-neighbours");
        WaitForAsyncUtils.waitForFxEvents();
        CollaborationGraph shown = WaitForAsyncUtils.asyncFx(() -> network.drawing().layout().graph()).get();
        assertThat(shown.nodes()).extracting(CollaborationGraph.Node::organizationId)
                .containsExactlyInAnyOrderElementsOf(CollaborationGraph.of(filter.getFiltered())
                        .neighbourhood(node.organizationId()).nodes().stream()
                        .map(CollaborationGraph.Node::organizationId).toList());
        assertThat(network.centreId()).isEqualTo(node.organizationId());
    }

    @Test
    void theWheelZoomsAboutThePointerAndHomeFitsAgain(FxRobot robot) throws Exception {
        CollaborationGraph.Node node = busiest();
        Point2D before = onScreen(node.organizationId());
        javafx.scene.Node canvas = robot.lookup(".network-canvas").query();
        Point2D scene = WaitForAsyncUtils.asyncFx(() -> canvas.getScene().getRoot().screenToLocal(before)).get();
        robot.interact(() -> javafx.event.Event.fireEvent(canvas, new javafx.scene.input.ScrollEvent(
                javafx.scene.input.ScrollEvent.SCROLL, scene.getX(), scene.getY(), before.getX(), before.getY(), false,
                false, false, false, false, false, 0, 120, 0, 120,
                javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(network.frameProperty().get().zoom()).isGreaterThan(1);
        Point2D after = onScreen(node.organizationId());
        assertThat(after.distance(before)).isLessThan(8);
        robot.clickOn(network).type(javafx.scene.input.KeyCode.HOME);
        assertThat(network.frameProperty().get().zoom()).isEqualTo(1);
    }
}

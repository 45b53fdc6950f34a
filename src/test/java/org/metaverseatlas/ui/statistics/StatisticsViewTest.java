package org.metaverseatlas.ui.statistics;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.model.analysis.Dimension;
import org.metaverseatlas.render.statistics.ChartArea;
import org.metaverseatlas.ui.BundledCatalog;
import org.metaverseatlas.ui.state.FilterModel;
import org.metaverseatlas.ui.state.SelectionModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class StatisticsViewTest {
    private final FilterModel filter = new FilterModel();
    private final SelectionModel selection = new SelectionModel();
    private final Catalog catalog = BundledCatalog.get();
    private StatisticsView view;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        filter.setCatalog(catalog);
        view = new StatisticsView(filter, selection);
        stage.setScene(new Scene(new StackPane(view), 1100, 700));
        stage.show();
    }

    private List<ChartArea> areas() {
        WaitForAsyncUtils.waitForFxEvents();
        return view.drawnAreas();
    }

    private Point2D centre(ChartArea a) {
        return view.localToScreen(a.x() + Math.min(a.width() / 2, 60), a.y() + a.height() / 2);
    }

    @Test
    void clickingABarFiltersEveryViewToItAndAgainTakesItBack(FxRobot robot) {
        ChartArea first = areas().stream().filter(a -> a.row().filterable()).findFirst().orElseThrow();
        assertThat(first.row().dimension()).isEqualTo(Dimension.PROVINCE);
        robot.clickOn(centre(first));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(filter.getCriteria().provinceCodes()).containsExactly((String) first.row().value());
        assertThat(filter.getFiltered()).hasSize(first.count());
        ChartArea again = areas().stream().filter(a -> a.row().filterable()).findFirst().orElseThrow();
        assertThat(again.row().key()).isEqualTo(first.row().key());
        robot.clickOn(centre(again));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(filter.getCriteria()).isEqualTo(FilterCriteria.NONE);
    }

    @Test
    void aBarCountsWhatTheFilterThenKeepsForEveryKind(FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> view.rowsProperty().set(Dimension.KIND));
        for (ChartArea bar : areas()) {
            FilterCriteria narrowed = Dimension.KIND.narrow(FilterCriteria.NONE, bar.row());
            assertThat(narrowed.select(catalog)).as(bar.row().label()).hasSize(bar.count());
        }
    }

    @Test
    void clickingAHeatMapCellFiltersToBothItsRowAndItsColumn(FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> {
            view.rowsProperty().set(Dimension.KIND);
            view.columnsProperty().set(Dimension.YEAR);
        });
        ChartArea cell = areas().stream().filter(a -> a.row() != null && a.column() != null && a.count() > 0)
                .findFirst().orElseThrow();
        robot.clickOn(view.localToScreen(cell.x() + cell.width() / 2, cell.y() + cell.height() / 2));
        WaitForAsyncUtils.waitForFxEvents();
        int year = (Integer) cell.column().value();
        assertThat(filter.getCriteria().kinds()).containsExactly((org.metaverseatlas.model.InitiativeKind) cell.row().value());
        assertThat(filter.getCriteria().from()).isEqualTo(LocalDate.of(year, 1, 1));
        assertThat(filter.getCriteria().to()).isEqualTo(LocalDate.of(year, 12, 31));
    }

    @Test
    void theFilterNarrowsTheCounts() {
        String code = catalog.initiatives().stream().filter(i -> i.place().province() != null).findFirst()
                .orElseThrow().place().provinceCode();
        WaitForAsyncUtils.asyncFx(() -> filter.setCriteria(FilterCriteria.NONE.withProvinces(Set.of(code))));
        List<ChartArea> bars = areas();
        assertThat(bars).hasSize(1);
        assertThat(bars.get(0).count()).isEqualTo(filter.getFiltered().size());
    }

    @Test
    void choosingAFirstMoverSelectsItsInitiative(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TableView<?> table = robot.lookup("#first-movers").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selection.getInitiative()).isEqualTo(
                org.metaverseatlas.model.analysis.FirstMovers.of(catalog.initiatives()).get(0).initiative());
    }
}

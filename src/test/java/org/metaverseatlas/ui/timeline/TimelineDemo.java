package org.metaverseatlas.ui.timeline;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.City;
import org.metaverseatlas.model.EventDate;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.InitiativeKind;
import org.metaverseatlas.model.Origin;
import org.metaverseatlas.model.Place;
import org.metaverseatlas.model.Province;
import org.metaverseatlas.ui.state.FilterModel;
import org.metaverseatlas.ui.state.SelectionModel;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The timeline alone on made-up initiatives, to try it by hand: {@code TimelineDemo [count]} (default 20,000). */
public final class TimelineDemo extends Application {
    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        int count = args.isEmpty() ? 20_000 : Integer.parseInt(args.get(0));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        FilterModel filter = new FilterModel();
        filter.setCatalog(new Catalog(initiatives(count), List.of(), List.of()));
        stage.setScene(new Scene((javafx.scene.Parent) new TimelineView(filter, new SelectionModel()).node(), 1400, 800));
        stage.setTitle("Timeline demo: " + count + " initiatives");
        stage.show();
    }

    static List<Initiative> initiatives(int count) {
        Random random = new Random(5);
        List<City> cities = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            Province province = new Province("CN." + (k % 12), "Province " + (k % 12), null);
            cities.add(new City("City " + k + "|" + province.code(), "City " + k, null, province, 30, 110));
        }
        InitiativeKind[] kinds = InitiativeKind.values();
        List<Initiative> list = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            LocalDate start = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(16 * 365));
            int p = random.nextInt(10);
            EventDate date = p < 7 ? EventDate.day(start) : p < 8 ? EventDate.month(YearMonth.from(start))
                    : p < 9 ? EventDate.range(start, start.plusDays(1 + random.nextInt(20))) : EventDate.reportedBy(start);
            City city = cities.get((int) (cities.size() * Math.pow(random.nextDouble(), 2)));
            list.add(Initiative.of("demo-" + k, "Initiative " + k + " in " + city.nameEn(), kinds[random.nextInt(kinds.length)],
                    date, Place.ofCity(city), List.of(), List.of(), "", List.of(), true, Origin.IMPORTED));
        }
        return list;
    }

    public static void main(String[] args) {
        launch(args);
    }
}

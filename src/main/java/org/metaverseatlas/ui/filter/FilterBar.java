package org.metaverseatlas.ui.filter;

import atlantafx.base.controls.CustomTextField;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.City;
import org.metaverseatlas.model.DateWording;
import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.InitiativeKind;
import org.metaverseatlas.model.Labels;
import org.metaverseatlas.model.OrganizationType;
import org.metaverseatlas.model.Province;
import org.metaverseatlas.ui.I18n;
import org.metaverseatlas.ui.state.FilterModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The filter bar: city, province, kind and organization-type pickers with counts, a date range and free text,
 * the active filters as removable chips, and the number of matching initiatives. It reads and writes only the
 * shared {@link FilterModel}.
 */
public final class FilterBar {
    private final FilterModel model;
    private final SearchableCheckPicker<String> cities;
    private final CheckPicker<String> provinces;
    private final CheckPicker<InitiativeKind> kinds;
    private final CheckPicker<OrganizationType> organizationTypes;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final CustomTextField search = new CustomTextField();
    private final Label count = new Label();
    private final Label dateNote = new Label();
    private final HBox pickers;
    private final HBox datesAndText = new HBox(8);
    private final String[] dateProblems = new String[2];
    private final FlowPane chips = new FlowPane(6, 4);
    private final VBox root;
    private final PauseTransition typing = new PauseTransition(Duration.millis(200));
    private boolean syncing;

    public FilterBar(FilterModel model) {
        this.model = model;
        cities = new SearchableCheckPicker<>(I18n.text("filter.city"), "city",
                ids -> update(model.getCriteria().withCities(ids)));
        provinces = new CheckPicker<>(I18n.text("filter.province"), codes -> update(model.getCriteria().withProvinces(codes)));
        kinds = new CheckPicker<>(I18n.text("filter.kind"), values -> update(model.getCriteria().withKinds(values)));
        organizationTypes = new CheckPicker<>(I18n.text("filter.orgType"),
                values -> update(model.getCriteria().withOrganizationTypes(values)));
        provinces.node().setId("province-filter");
        kinds.node().setId("kind-filter");
        organizationTypes.node().setId("org-type-filter");

        from.setPromptText(I18n.text("filter.from"));
        to.setPromptText(I18n.text("filter.to"));
        from.setId("from-filter");
        to.setId("to-filter");
        DateField.install(from, text -> {
            dateProblems[0] = text;
            showDateNote();
        });
        DateField.install(to, text -> {
            dateProblems[1] = text;
            showDateNote();
        });
        dateNote.setId("date-note");
        dateNote.getStyleClass().add("date-note");
        dateNote.setMinWidth(Region.USE_PREF_SIZE);
        dateNote.setVisible(false);
        dateNote.setManaged(false);
        // The pickers keep their width, so their titles and counts stay readable; the text search gives way.
        from.setPrefWidth(128);
        to.setPrefWidth(128);
        cities.node().setPrefWidth(150);
        provinces.node().setPrefWidth(160);
        kinds.node().setPrefWidth(125);
        organizationTypes.node().setPrefWidth(232);
        for (Region fixed : List.of(cities.node(), provinces.node(), kinds.node(), organizationTypes.node())) {
            fixed.setMinWidth(Region.USE_PREF_SIZE);
        }
        from.setMinWidth(120); // a whole 2022-03-18 stays readable
        to.setMinWidth(120);
        from.valueProperty().addListener((o, was, now) -> update(model.getCriteria().withDates(now, to.getValue())));
        to.valueProperty().addListener((o, was, now) -> update(model.getCriteria().withDates(from.getValue(), now)));

        search.setId("text-filter");
        search.setPromptText(I18n.text("filter.search"));
        search.setPrefColumnCount(24);
        search.setLeft(new FontIcon(Material2MZ.SEARCH));
        typing.setOnFinished(e -> update(model.getCriteria().withText(search.getText())));
        search.textProperty().addListener((o, was, now) -> typing.playFromStart());
        search.setOnAction(e -> {
            typing.stop();
            update(model.getCriteria().withText(search.getText()));
        });

        count.setId("filter-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(search, Priority.SOMETIMES);
        search.setMinWidth(140);
        search.setMaxWidth(460);
        count.getStyleClass().add("filter-count");
        FontIcon icon = new FontIcon(Material2AL.FILTER_LIST);
        pickers = new HBox(8, icon, cities.node(), provinces.node(), kinds.node(), organizationTypes.node(),
                from, to, search);
        pickers.setAlignment(Pos.CENTER_LEFT);
        datesAndText.setAlignment(Pos.CENTER_LEFT);
        datesAndText.setVisible(false);
        datesAndText.setManaged(false);
        // Below the pickers: how many initiatives match, then the active filters as chips.
        chips.setId("filter-chips");
        chips.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(chips, Priority.ALWAYS);
        HBox summary = new HBox(12, count, dateNote, chips);
        summary.setAlignment(Pos.CENTER_LEFT);
        summary.setMinHeight(26);
        root = new VBox(6, pickers, datesAndText, summary) {
            @Override
            protected void layoutChildren() {
                arrange(getWidth()); // before the rows are laid out, in the same pass
                super.layoutChildren();
            }
        };
        root.setMinWidth(0); // the bar takes the window's width and wraps to it, rather than widening the window
        root.setPadding(new Insets(8, 10, 6, 10));
        root.getStyleClass().add("filter-bar");

        model.catalogProperty().addListener((o, was, now) -> rebuildChoices(now));
        model.criteriaProperty().addListener((o, was, now) -> showCriteria(now));
        model.filteredProperty().addListener((o, was, now) -> showCount());
        model.loadedProperty().addListener((o, was, now) -> showCount());
        rebuildChoices(model.getCatalog());
        showCriteria(model.getCriteria());
    }

    public Node node() {
        return root;
    }

    /** Opens the city list, ready to type a name (View → Filter by city…). */
    public void chooseCities() {
        cities.open();
    }

    /** Puts the cursor in the text search, its text selected (View → Search text). */
    public void focusTextSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private void update(FilterCriteria criteria) {
        if (!syncing) {
            model.setCriteria(criteria);
        }
    }

    private void rebuildChoices(Catalog catalog) {
        Map<String, Integer> cityCounts = new TreeMap<>();
        Map<String, City> cityById = new LinkedHashMap<>();
        Map<String, Integer> provinceCounts = new TreeMap<>();
        Map<String, Province> provinceByCode = new LinkedHashMap<>();
        Map<InitiativeKind, Integer> kindCounts = new LinkedHashMap<>();
        Map<OrganizationType, Integer> typeCounts = new LinkedHashMap<>();
        for (Initiative i : catalog.initiatives()) {
            City city = i.place().city();
            if (city != null) {
                cityById.putIfAbsent(city.id(), city);
                cityCounts.merge(city.id(), 1, Integer::sum);
            }
            Province province = i.place().province();
            if (province != null) {
                provinceByCode.putIfAbsent(province.code(), province);
                provinceCounts.merge(province.code(), 1, Integer::sum);
            }
            kindCounts.merge(i.kind(), 1, Integer::sum);
            EnumSet<OrganizationType> types = EnumSet.noneOf(OrganizationType.class);
            i.participants().forEach(p -> {
                if (p.organizationType() != null) {
                    types.add(p.organizationType());
                }
            });
            types.forEach(t -> typeCounts.merge(t, 1, Integer::sum));
        }
        List<Choice<String>> cityChoices = new ArrayList<>();
        cityById.values().stream().sorted(Comparator.comparing(City::nameEn)).forEach(c -> cityChoices.add(
                new Choice<>(c.id(), I18n.text("filter.cityChoice", c.displayName(), cityCounts.get(c.id())))));
        List<Choice<String>> provinceChoices = new ArrayList<>();
        provinceByCode.values().stream().sorted(Comparator.comparing(Province::nameEn)).forEach(p -> provinceChoices.add(
                new Choice<>(p.code(), I18n.text("filter.cityChoice", p.displayName(), provinceCounts.get(p.code())))));
        List<Choice<InitiativeKind>> kindChoices = new ArrayList<>();
        for (InitiativeKind k : InitiativeKind.values()) {
            kindChoices.add(new Choice<>(k, I18n.text("filter.cityChoice", Labels.kind(k), kindCounts.getOrDefault(k, 0))));
        }
        List<Choice<OrganizationType>> typeChoices = new ArrayList<>();
        for (OrganizationType t : OrganizationType.values()) {
            typeChoices.add(new Choice<>(t, I18n.text("filter.cityChoice", Labels.organizationType(t), typeCounts.getOrDefault(t, 0))));
        }
        FilterCriteria c = model.getCriteria();
        syncing = true;
        try {
            cities.setItems(cityChoices, c.cityIds());
            provinces.setItems(provinceChoices, c.provinceCodes());
            kinds.setItems(kindChoices, c.kinds());
            organizationTypes.setItems(typeChoices, c.organizationTypes());
        } finally {
            syncing = false;
        }
        showCount();
    }

    private void showCriteria(FilterCriteria c) {
        syncing = true;
        try {
            cities.show(c.cityIds());
            provinces.show(c.provinceCodes());
            kinds.show(c.kinds());
            organizationTypes.show(c.organizationTypes());
            from.setValue(c.from());
            to.setValue(c.to());
            if (!search.getText().strip().equals(c.text())) {
                typing.stop();
                search.setText(c.text());
                typing.stop();
            }
        } finally {
            syncing = false;
        }
        if (c.isEmpty()) { // cleared: rejected date text goes too
            dateProblems[0] = null;
            dateProblems[1] = null;
            DateField.reset(from);
            DateField.reset(to);
        }
        showChips(c);
        showDateNote();
    }

    /**
     * One row when the window is wide enough for every control at its narrowest, else the dates and the text
     * search go to a second row: no control is ever pushed out of the window.
     */
    private void arrange(double width) {
        boolean oneRow = pickers.getChildren().contains(search);
        double needed = root.snappedLeftInset() + root.snappedRightInset();
        List<Node> all = new ArrayList<>(pickers.getChildren());
        if (!oneRow) {
            all.addAll(datesAndText.getChildren());
        }
        for (Node n : all) {
            needed += n.minWidth(-1);
        }
        needed += pickers.getSpacing() * (all.size() - 1);
        boolean fits = width >= needed;
        if (fits == oneRow) {
            return;
        }
        List<Node> moving = List.of(from, to, search);
        if (fits) {
            datesAndText.getChildren().removeAll(moving);
            pickers.getChildren().addAll(moving);
        } else {
            pickers.getChildren().removeAll(moving);
            datesAndText.getChildren().addAll(moving);
        }
        datesAndText.setVisible(!fits);
        datesAndText.setManaged(!fits);
    }

    /** Says what is wrong with the dates: text that is no date (per field), or a range that ends before it starts. */
    private void showDateNote() {
        FilterCriteria c = model.getCriteria();
        String note = dateProblems[0] != null ? dateProblems[0] : dateProblems[1] != null ? dateProblems[1]
                : c.from() != null && c.to() != null && c.from().isAfter(c.to())
                ? I18n.text("filter.date.reversed", DateWording.day(c.from()), DateWording.day(c.to())) : null;
        dateNote.setText(note == null ? "" : note);
        dateNote.setVisible(note != null);
        dateNote.setManaged(note != null);
    }

    private void showChips(FilterCriteria c) {
        List<Node> nodes = new ArrayList<>();
        Catalog catalog = model.getCatalog();
        for (String id : c.cityIds()) {
            String name = catalog.initiatives().stream().map(i -> i.place().city()).filter(x -> x != null && x.id().equals(id))
                    .findFirst().map(City::displayName).orElse(id.substring(0, Math.max(0, id.indexOf('|'))));
            nodes.add(chip(I18n.text("filter.chip.city", name), () -> model.setCriteria(model.getCriteria().toggleCity(id))));
        }
        for (String code : c.provinceCodes()) {
            String name = catalog.initiatives().stream().map(i -> i.place().province()).filter(x -> x != null && x.code().equals(code))
                    .findFirst().map(Province::displayName).orElse(code);
            nodes.add(chip(I18n.text("filter.chip.province", name), () -> model.setCriteria(model.getCriteria().toggleProvince(code))));
        }
        for (InitiativeKind k : c.kinds()) {
            nodes.add(chip(I18n.text("filter.chip.kind", Labels.kindShort(k)), () -> {
                Set<InitiativeKind> rest = EnumSet.noneOf(InitiativeKind.class);
                rest.addAll(model.getCriteria().kinds());
                rest.remove(k);
                model.setCriteria(model.getCriteria().withKinds(rest));
            }));
        }
        for (OrganizationType t : c.organizationTypes()) {
            nodes.add(chip(I18n.text("filter.chip.orgType", Labels.organizationType(t)), () -> {
                Set<OrganizationType> rest = EnumSet.noneOf(OrganizationType.class);
                rest.addAll(model.getCriteria().organizationTypes());
                rest.remove(t);
                model.setCriteria(model.getCriteria().withOrganizationTypes(rest));
            }));
        }
        for (String id : c.sourceIds()) {
            String title = catalog.source(id).map(s -> s.title()).orElse(id);
            Node chip = chip(I18n.text("filter.chip.source", shortened(title)), () -> {
                Set<String> rest = new java.util.LinkedHashSet<>(model.getCriteria().sourceIds());
                rest.remove(id);
                model.setCriteria(model.getCriteria().withSources(rest));
            });
            nodes.add(chip);
        }
        if (c.from() != null) {
            nodes.add(chip(I18n.text("filter.chip.from", DateWording.day(c.from())),
                    () -> model.setCriteria(model.getCriteria().withDates(null, model.getCriteria().to()))));
        }
        if (c.to() != null) {
            nodes.add(chip(I18n.text("filter.chip.to", DateWording.day(c.to())),
                    () -> model.setCriteria(model.getCriteria().withDates(model.getCriteria().from(), null))));
        }
        if (!c.text().isEmpty()) {
            nodes.add(chip(I18n.text("filter.chip.text", c.text()), () -> model.setCriteria(model.getCriteria().withText(""))));
        }
        if (!nodes.isEmpty()) {
            Hyperlink clear = new Hyperlink(I18n.text("filter.clearAll"));
            clear.setId("clear-filters");
            clear.setOnAction(e -> model.clear());
            nodes.add(clear);
        }
        // A chip removed from the keyboard hands the focus to the chip that takes its place, or to the city
        // picker, rather than letting it fall to whatever comes next in the window.
        Node focused = chips.getScene() == null ? null : chips.getScene().getFocusOwner();
        int focusedAt = chips.getChildren().indexOf(focused);
        chips.getChildren().setAll(nodes);
        if (focusedAt >= 0) {
            List<Node> now = chips.getChildren();
            Node next = now.isEmpty() ? cities.node()
                    : now.get(Math.min(focusedAt, now.size() - 1));
            next.requestFocus();
        }
    }

    /** A long title cut to a chip's width; the whole title is in the Sources tab. */
    private static String shortened(String title) {
        return title.length() <= 40 ? title : title.substring(0, 39).strip() + "…";
    }

    private static Node chip(String text, Runnable remove) {
        Button button = new Button(text, new FontIcon(Material2AL.CLOSE));
        button.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        button.getStyleClass().addAll("filter-chip", "small", "rounded");
        button.setTooltip(new Tooltip(I18n.text("filter.chip.remove")));
        button.setOnAction(e -> remove.run());
        return button;
    }

    private void showCount() {
        if (!model.isLoaded()) {
            // Not "0 of 0": nothing is counted until the store has given its catalog.
            count.setText(I18n.text("filter.countLoading"));
            return;
        }
        count.setText(I18n.text("filter.count", model.getFiltered().size(), model.getCatalog().initiatives().size()));
    }
}

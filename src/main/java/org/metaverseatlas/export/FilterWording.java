package org.metaverseatlas.export;

import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.City;
import org.metaverseatlas.model.DateWording;
import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.model.Gazetteer;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Labels;
import org.metaverseatlas.model.Province;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The active filters in words, as printed on every page: "City: Shenzhen 深圳 · Kind: Festival". */
public final class FilterWording {
    private final Catalog catalog;
    private final Gazetteer gazetteer;

    /** @param gazetteer may be null: names are then taken from the catalog */
    public FilterWording(Catalog catalog, Gazetteer gazetteer) {
        this.catalog = catalog;
        this.gazetteer = gazetteer;
    }

    /** One phrase per active facet, in the filter bar's order; empty when nothing filters. */
    public List<String> phrases(FilterCriteria c) {
        List<String> phrases = new ArrayList<>();
        if (!c.cityIds().isEmpty()) {
            phrases.add(ExportText.text("filter.city", String.join(", ", c.cityIds().stream().map(this::cityName).sorted().toList())));
        }
        if (!c.provinceCodes().isEmpty()) {
            phrases.add(ExportText.text("filter.province",
                    String.join(", ", c.provinceCodes().stream().map(this::provinceName).sorted().toList())));
        }
        if (!c.kinds().isEmpty()) {
            phrases.add(ExportText.text("filter.kind", String.join(", ",
                    c.kinds().stream().sorted().map(Labels::kindShort).toList())));
        }
        if (!c.organizationTypes().isEmpty()) {
            phrases.add(ExportText.text("filter.orgType", String.join(", ",
                    c.organizationTypes().stream().sorted().map(Labels::organizationType).toList())));
        }
        if (!c.sourceIds().isEmpty()) {
            phrases.add(ExportText.text("filter.source", String.join("; ",
                    c.sourceIds().stream().map(this::sourceTitle).sorted().toList())));
        }
        if (c.from() != null) {
            phrases.add(ExportText.text("filter.from", DateWording.day(c.from())));
        }
        if (c.to() != null) {
            phrases.add(ExportText.text("filter.to", DateWording.day(c.to())));
        }
        if (!c.text().isEmpty()) {
            phrases.add(ExportText.text("filter.text", c.text()));
        }
        return phrases;
    }

    /** The filters as one line, or "no filter" with the catalog's size. */
    public String sentence(FilterCriteria c) {
        List<String> phrases = phrases(c);
        return phrases.isEmpty() ? ExportText.text("filter.none", catalog.initiatives().size())
                : ExportText.text("filter.active", String.join(" · ", phrases));
    }

    private String sourceTitle(String id) {
        return catalog.source(id).map(s -> s.title()).orElse(id);
    }

    private String cityName(String id) {
        Optional<City> city = gazetteer == null ? Optional.empty() : gazetteer.cityById(id);
        if (city.isEmpty()) {
            city = catalog.initiatives().stream().map(Initiative::place).map(p -> p.city())
                    .filter(x -> x != null && x.id().equals(id)).findFirst();
        }
        return city.map(City::displayName).orElse(id.contains("|") ? id.substring(0, id.indexOf('|')) : id);
    }

    private String provinceName(String code) {
        Optional<Province> province = gazetteer == null ? Optional.empty() : gazetteer.provinceByCode(code);
        if (province.isEmpty()) {
            province = catalog.initiatives().stream().map(Initiative::place).map(p -> p.province())
                    .filter(x -> x != null && x.code().equals(code)).findFirst();
        }
        return province.map(Province::displayName).orElse(code);
    }
}

package org.metaverseatlas.ui.map;

import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.City;
import org.metaverseatlas.model.DateWording;
import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Province;
import org.metaverseatlas.render.map.MapLayout;
import org.metaverseatlas.render.map.MapMarker;
import org.metaverseatlas.render.map.PlaceTally;
import org.metaverseatlas.render.map.ProvinceBadge;
import org.metaverseatlas.render.map.ProvinceShape;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The hover tip of the map: the place, how many initiatives the filters show there and how many they hide, the first
 * few shown, and what a click does.
 */
final class MapTipText {
    static final int LISTED = 5;


    private MapTipText() {
    }

    /** The tip for an area point, or empty where there is nothing to say (water, context). */
    static Optional<String> at(MapLayout layout, FilterCriteria criteria, Catalog catalog, double x, double y) {
        Optional<MapMarker> marker = layout.markerAt(x, y);
        if (marker.isPresent()) {
            return Optional.of(marker(marker.get(), criteria, catalog));
        }
        Optional<MapMarker> other = layout.otherAt(x, y);
        if (other.isPresent()) {
            City city = other.get().mainCity().city();
            return Optional.of(MapMessages.text("tip.cityOf", city.displayName(), city.province().nameEn()) + '\n'
                    + MapMessages.text("tip.outside", other.get().count()) + '\n'
                    + MapMessages.text("tip.filterCity") + '\n' + MapMessages.text("tip.addCity"));
        }
        Optional<ProvinceBadge> badge = layout.badgeAt(x, y);
        if (badge.isPresent()) {
            ProvinceBadge b = badge.get();
            return Optional.of(province(b.province(), b.tally(), layout, criteria, catalog));
        }
        return layout.provinceAt(x, y).map(p -> province(p, layout.tally().provinces().get(p.code()), layout,
                criteria, catalog));
    }

    static String marker(MapMarker m, FilterCriteria criteria, Catalog catalog) {
        StringBuilder s = new StringBuilder();
        City main = m.mainCity().city();
        String place = MapMessages.text("tip.cityOf", main.displayName(), main.province().nameEn());
        if (m.isCluster()) {
            s.append(MapMessages.text("tip.nearby", place, m.cities().size() - 1)).append('\n');
            s.append(MapMessages.text("tip.count", m.count())).append('\n');
            s.append(MapMessages.text("tip.cities", m.cities().stream().limit(LISTED)
                    .map(c -> c.city().nameEn() + " (" + c.count() + ")")
                    .collect(Collectors.joining(", ")) + (m.cities().size() > LISTED ? ", …" : "")));
            list(s, m.initiatives());
            s.append('\n').append(MapMessages.text("tip.zoomIn"));
        } else {
            s.append(place).append('\n').append(MapMessages.text("tip.count", m.count()));
            hidden(s, catalog.countInCity(main.id()) - m.count());
            list(s, m.initiatives());
            boolean chosen = criteria.cityIds().contains(main.id());
            boolean only = chosen && criteria.cityIds().size() == 1 && criteria.provinceCodes().isEmpty();
            s.append('\n').append(MapMessages.text(only ? "tip.unfilterCity" : "tip.filterCity"));
            s.append('\n').append(MapMessages.text(chosen ? "tip.removeCity" : "tip.addCity"));
            if (m.count() == 1) {
                s.append(". ").append(MapMessages.text("tip.select"));
            }
        }
        return s.toString();
    }

    static String province(ProvinceShape p, PlaceTally.ProvinceCount wide, MapLayout layout, FilterCriteria criteria,
                           Catalog catalog) {
        StringBuilder s = new StringBuilder(p.nameZh() == null ? p.nameEn() : p.nameEn() + " " + p.nameZh());
        int inCities = 0;
        for (PlaceTally.CityCount c : layout.tally().cities()) {
            Province of = c.city().province();
            if (of != null && p.code().equals(of.code())) {
                inCities += c.count();
            }
        }
        int shown = (wide == null ? 0 : wide.count()) + inCities;
        int inCatalog = catalog.countInProvince(p.code());
        if (shown == 0 && inCatalog == 0) {
            s.append('\n').append(MapMessages.text("tip.provinceNone"));
        } else {
            s.append('\n').append(MapMessages.text("tip.provinceWide", wide == null ? 0 : wide.count()))
                    .append(", ").append(MapMessages.text("tip.inCities", inCities));
            hidden(s, inCatalog - shown);
        }
        if (wide != null) {
            list(s, wide.initiatives());
        }
        boolean chosen = criteria.provinceCodes().contains(p.code());
        if (chosen || inCatalog > 0) {
            s.append('\n').append(MapMessages.text(chosen ? "tip.unfilterProvince" : "tip.filterProvince"));
        }
        return s.toString();
    }

    /** "4 more hidden by the filters", where the filters hide any. */
    private static void hidden(StringBuilder s, int hidden) {
        if (hidden > 0) {
            s.append('\n').append(MapMessages.text("tip.hidden", hidden));
        }
    }

    private static void list(StringBuilder s, List<Initiative> initiatives) {
        for (Initiative i : initiatives.stream().limit(LISTED).toList()) {
            s.append("\n• ").append(DateWording.of(i.date())).append(" – ").append(i.title());
        }
        if (initiatives.size() > LISTED) {
            s.append('\n').append(MapMessages.text("tip.more", initiatives.size() - LISTED));
        }
    }
}

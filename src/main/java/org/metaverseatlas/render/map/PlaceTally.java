package org.metaverseatlas.render.map;

import org.metaverseatlas.model.City;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Place;
import org.metaverseatlas.model.Province;
import org.metaverseatlas.model.Scope;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the given initiatives are: per city (at the gazetteer's coordinates), per province for province-wide
 * bodies, and how many are national or of unknown place, so that nothing silently vanishes from the map.
 * Counts add up: {@code cityTotal + provinceTotal + national + unknown == initiatives.size()}.
 */
public final class PlaceTally {
    /** The initiatives of one city, in the given order, and the city's projected position. */
    public record CityCount(City city, double x, double y, List<Initiative> initiatives) {
        public int count() {
            return initiatives.size();
        }
    }

    /** The province-wide initiatives of one province, in the given order. */
    public record ProvinceCount(Province province, List<Initiative> initiatives) {
        public int count() {
            return initiatives.size();
        }
    }

    /** The places an organization's initiatives are at: city ids and province codes (province-wide ones). */
    public record Places(Set<String> cityIds, Set<String> provinceCodes) {
        static final Places NONE = new Places(Set.of(), Set.of());
    }

    private final List<Initiative> initiatives;
    private final List<CityCount> cities;
    private final Map<String, ProvinceCount> provinces;
    private final int national;
    private final int unknown;
    private final int maxCityCount;
    private final int maxProvinceCount;
    private Map.Entry<String, Places> selectionCache;
    private Map.Entry<String, Places> focusCache;

    private PlaceTally(List<Initiative> initiatives, List<CityCount> cities, Map<String, ProvinceCount> provinces,
                       int national, int unknown) {
        this.initiatives = initiatives;
        this.cities = cities;
        this.provinces = provinces;
        this.national = national;
        this.unknown = unknown;
        this.maxCityCount = cities.stream().mapToInt(CityCount::count).max().orElse(0);
        this.maxProvinceCount = provinces.values().stream().mapToInt(ProvinceCount::count).max().orElse(0);
    }

    public static PlaceTally of(List<Initiative> initiatives, AlbersProjection projection) {
        Map<String, List<Initiative>> byCity = new LinkedHashMap<>();
        Map<String, City> cityById = new LinkedHashMap<>();
        Map<String, List<Initiative>> byProvince = new LinkedHashMap<>();
        Map<String, Province> provinceByCode = new LinkedHashMap<>();
        int national = 0;
        int unknown = 0;
        for (Initiative i : initiatives) {
            switch (where(i.place())) {
                case CITY -> {
                    City c = i.place().city();
                    byCity.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(i);
                    cityById.putIfAbsent(c.id(), c);
                }
                case PROVINCE -> {
                    Province p = i.place().province();
                    byProvince.computeIfAbsent(p.code(), k -> new ArrayList<>()).add(i);
                    provinceByCode.putIfAbsent(p.code(), p);
                }
                case NATIONAL -> national++;
                default -> unknown++;
            }
        }
        List<CityCount> cities = new ArrayList<>(byCity.size());
        byCity.forEach((id, list) -> {
            City c = cityById.get(id);
            cities.add(new CityCount(c, projection.x(c.longitude(), c.latitude()),
                    projection.y(c.longitude(), c.latitude()), List.copyOf(list)));
        });
        // Biggest first, so clusters form around the places that matter most; ties by id, so layouts repeat.
        cities.sort(Comparator.comparingInt((CityCount c) -> -c.count()).thenComparing(c -> c.city().id()));
        Map<String, ProvinceCount> provinces = new LinkedHashMap<>();
        byProvince.forEach((code, list) -> provinces.put(code, new ProvinceCount(provinceByCode.get(code),
                List.copyOf(list))));
        return new PlaceTally(initiatives, List.copyOf(cities), provinces, national, unknown);
    }

    /** Where the map shows an initiative: its city, else its province, else in the note (national or unknown). */
    static Scope where(Place place) {
        if (place.scope() == Scope.NATIONAL) {
            return Scope.NATIONAL;
        }
        if (place.city() != null) {
            return Scope.CITY;
        }
        if (place.province() != null) {
            return Scope.PROVINCE;
        }
        return Scope.UNKNOWN;
    }

    public List<Initiative> initiatives() {
        return initiatives;
    }

    /** Cities with at least one initiative, most initiatives first. */
    public List<CityCount> cities() {
        return cities;
    }

    /** Province-wide initiatives by province code. */
    public Map<String, ProvinceCount> provinces() {
        return provinces;
    }

    public int national() {
        return national;
    }

    public int unknown() {
        return unknown;
    }

    public int cityTotal() {
        return cities.stream().mapToInt(CityCount::count).sum();
    }

    public int provinceTotal() {
        return provinces.values().stream().mapToInt(ProvinceCount::count).sum();
    }

    public int maxCityCount() {
        return maxCityCount;
    }

    public int maxProvinceCount() {
        return maxProvinceCount;
    }

    /** The place of the initiative with this id, if it is among these and on the map. */
    public synchronized Places placesOfInitiative(String initiativeId) {
        if (initiativeId == null) {
            return Places.NONE;
        }
        if (selectionCache == null || !selectionCache.getKey().equals(initiativeId)) {
            Places found = Places.NONE;
            for (Initiative i : initiatives) {
                if (i.id().equals(initiativeId)) {
                    found = placesOf(List.of(i));
                    break;
                }
            }
            selectionCache = Map.entry(initiativeId, found);
        }
        return selectionCache.getValue();
    }

    /** The places of the initiatives this organization took part in, among these. */
    public synchronized Places placesOfOrganization(String organizationId) {
        if (organizationId == null) {
            return Places.NONE;
        }
        if (focusCache == null || !focusCache.getKey().equals(organizationId)) {
            List<Initiative> theirs = initiatives.stream()
                    .filter(i -> i.participants().stream().anyMatch(p -> organizationId.equals(p.organizationId())))
                    .toList();
            focusCache = Map.entry(organizationId, placesOf(theirs));
        }
        return focusCache.getValue();
    }

    private static Places placesOf(List<Initiative> list) {
        Set<String> cityIds = new HashSet<>();
        Set<String> provinceCodes = new HashSet<>();
        for (Initiative i : list) {
            Scope s = where(i.place());
            if (s == Scope.CITY) {
                cityIds.add(i.place().city().id());
            } else if (s == Scope.PROVINCE) {
                provinceCodes.add(i.place().province().code());
            }
        }
        return new Places(Set.copyOf(cityIds), Set.copyOf(provinceCodes));
    }
}

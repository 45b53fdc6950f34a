package org.metaverseatlas.model.analysis;

import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first initiative of each city and of each province (its cities' included) among some initiatives, in date
 * order: which places moved first. Ties in date go by title, as everywhere else ({@link Catalog#CHRONOLOGICAL}).
 */
public final class FirstMovers {
    /** Whether an entry is a city's first or a province's first. */
    public enum Level { CITY, PROVINCE }

    /** {@code placeValue} is the city id or the province code, as a filter takes it. */
    public record Entry(Level level, String placeValue, String placeName, Initiative initiative) {
    }

    private FirstMovers() {
    }

    /** @param initiatives oldest first, as a catalog and a filter give them; the first met in a place is its first */
    public static List<Entry> of(List<Initiative> initiatives) {
        // Keyed by id and code, whose hashes strings keep: at 100,000 initiatives no record is hashed or compared.
        Map<String, Initiative> cities = new LinkedHashMap<>();
        Map<String, Initiative> provinces = new LinkedHashMap<>();
        for (Initiative i : initiatives) {
            Place place = i.place();
            if (place.city() != null) {
                cities.putIfAbsent(place.city().id(), i);
            }
            if (place.province() != null) {
                provinces.putIfAbsent(place.province().code(), i);
            }
        }
        List<Entry> entries = new ArrayList<>(cities.size() + provinces.size());
        cities.forEach((id, i) -> entries.add(new Entry(Level.CITY, id, i.place().city().nameEn(), i)));
        provinces.forEach((code, i) -> entries.add(new Entry(Level.PROVINCE, code, i.place().province().nameEn(), i)));
        entries.sort(Comparator.comparing(Entry::initiative, Catalog.CHRONOLOGICAL)
                .thenComparing(Entry::level).thenComparing(Entry::placeName));
        return entries;
    }

}

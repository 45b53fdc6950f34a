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

    public static List<Entry> of(List<Initiative> initiatives) {
        // Keyed by the records themselves: no key text is built per initiative, which counts at 100,000.
        Map<Object, Initiative> firsts = new LinkedHashMap<>();
        for (Initiative i : initiatives) {
            Place place = i.place();
            if (place.city() != null) {
                keepEarlier(firsts, place.city(), i);
            }
            if (place.province() != null) {
                keepEarlier(firsts, place.province(), i);
            }
        }
        List<Entry> entries = new ArrayList<>(firsts.size());
        firsts.forEach((place, i) -> entries.add(place instanceof org.metaverseatlas.model.City c
                ? new Entry(Level.CITY, c.id(), c.nameEn(), i)
                : new Entry(Level.PROVINCE, ((org.metaverseatlas.model.Province) place).code(),
                ((org.metaverseatlas.model.Province) place).nameEn(), i)));
        entries.sort(Comparator.comparing(Entry::initiative, Catalog.CHRONOLOGICAL)
                .thenComparing(Entry::level).thenComparing(Entry::placeName));
        return entries;
    }

    private static void keepEarlier(Map<Object, Initiative> firsts, Object place, Initiative candidate) {
        Initiative was = firsts.get(place);
        if (was == null || Catalog.CHRONOLOGICAL.compare(candidate, was) < 0) {
            firsts.put(place, candidate);
        }
    }
}

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
        Map<String, Entry> firsts = new LinkedHashMap<>();
        for (Initiative i : initiatives) {
            Place place = i.place();
            if (place.city() != null) {
                keepEarlier(firsts, new Entry(Level.CITY, place.city().id(), place.city().nameEn(), i));
            }
            if (place.province() != null) {
                keepEarlier(firsts, new Entry(Level.PROVINCE, place.province().code(), place.province().nameEn(), i));
            }
        }
        List<Entry> entries = new ArrayList<>(firsts.values());
        entries.sort(Comparator.comparing(Entry::initiative, Catalog.CHRONOLOGICAL)
                .thenComparing(Entry::level).thenComparing(Entry::placeName));
        return entries;
    }

    private static void keepEarlier(Map<String, Entry> firsts, Entry candidate) {
        firsts.merge(candidate.level() + ":" + candidate.placeValue(), candidate,
                (was, now) -> Catalog.CHRONOLOGICAL.compare(now.initiative(), was.initiative()) < 0 ? now : was);
    }
}

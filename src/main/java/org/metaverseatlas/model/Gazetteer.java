package org.metaverseatlas.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The cities and provinces the application knows, looked up by English or Chinese name, case- and
 * accent-insensitively. Where a name repeats inside one province the first city given wins.
 */
public final class Gazetteer {
    private final Map<String, Province> provincesByCode = new LinkedHashMap<>();
    private final Map<String, Province> provincesByName = new HashMap<>();
    private final Map<String, City> citiesById = new LinkedHashMap<>();
    private final Map<String, List<City>> citiesByName = new HashMap<>();
    private final Map<String, String> districtNamesZh;

    public Gazetteer(Collection<Province> provinces, Collection<City> cities, Map<String, String> districtNamesZh) {
        this.districtNamesZh = Map.copyOf(districtNamesZh);
        for (Province p : provinces) {
            provincesByCode.put(p.code(), p);
            provincesByName.put(key(p.nameEn()), p);
            if (p.nameZh() != null) {
                provincesByName.put(key(p.nameZh()), p);
            }
        }
        for (City c : cities) {
            if (citiesById.putIfAbsent(c.id(), c) != null) {
                continue;
            }
            citiesByName.computeIfAbsent(key(c.nameEn()), k -> new ArrayList<>()).add(c);
            if (c.nameZh() != null) {
                citiesByName.computeIfAbsent(key(c.nameZh()), k -> new ArrayList<>()).add(c);
            }
        }
    }

    /** Lower case, accents and apostrophes folded, so that "xi'an", "Xi’an" and "XIAN" meet. */
    static String key(String name) {
        if (plainAscii(name)) {
            return name.toLowerCase(Locale.ROOT); // nothing to fold: most names, and every name an import repeats
        }
        String folded = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.replaceAll("['’`\\s-]", "").toLowerCase(Locale.ROOT);
    }

    /** Letters and digits of ASCII only: no accent, apostrophe, hyphen or space for {@link #key} to fold. */
    private static boolean plainAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** The Chinese name of a district given in English (such as Haizhu), where known. */
    public Optional<String> districtZh(String district) {
        return Optional.ofNullable(district).map(districtNamesZh::get);
    }

    public Collection<Province> provinces() {
        return provincesByCode.values();
    }

    public Collection<City> cities() {
        return citiesById.values();
    }

    public Optional<Province> provinceByCode(String code) {
        return Optional.ofNullable(provincesByCode.get(code));
    }

    /** A province by English or Chinese name, or by its code. */
    public Optional<Province> province(String nameOrCode) {
        if (nameOrCode == null) {
            return Optional.empty();
        }
        Province byCode = provincesByCode.get(nameOrCode.strip());
        return byCode != null ? Optional.of(byCode) : Optional.ofNullable(provincesByName.get(key(nameOrCode)));
    }

    public Optional<City> cityById(String id) {
        return Optional.ofNullable(citiesById.get(id));
    }

    /** Every city with this English or Chinese name (several provinces can have one of the same name). */
    public List<City> cities(String name) {
        return name == null ? List.of() : citiesByName.getOrDefault(key(name), List.of());
    }

    /**
     * The cities of this name, one a province (the one {@link #city} picks there), in gazetteer order: more than one
     * means the name alone does not say which place is meant.
     */
    public List<City> namesakesByProvince(String name) {
        Map<Province, City> firstInProvince = new LinkedHashMap<>();
        for (City c : cities(name)) {
            firstInProvince.putIfAbsent(c.province(), c);
        }
        return List.copyOf(firstInProvince.values());
    }

    /** The city of this name, in this province when one is given; the first of several otherwise. */
    public Optional<City> city(String name, Province province) {
        return cities(name).stream()
                .filter(c -> province == null || c.province().equals(province))
                .findFirst();
    }

    /** Up to {@code limit} known city names closest to {@code name}, best first, for "did you mean". */
    public List<String> suggestCities(String name, int limit) {
        String wanted = key(name);
        return citiesById.values().stream()
                .map(City::nameEn)
                .distinct()
                .map(n -> Map.entry(n, distance(wanted, key(n))))
                .filter(e -> e.getValue() <= Math.max(2, wanted.length() / 3))
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The edit distance between two names, for close matches. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Cities sorted by English name, for pickers. */
    public List<City> citiesByName() {
        List<City> list = new ArrayList<>(citiesById.values());
        list.sort(Comparator.comparing(City::nameEn).thenComparing(c -> c.province().nameEn()));
        return list;
    }
}

package org.metaverseatlas.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Close matches for a search that found nothing: the names of the catalog's places and organizations, and the
 * words of its titles, within a small edit distance of what was typed ("Guangzou" finds Guangzhou).
 */
public final class SearchSuggestions {
    private SearchSuggestions() {
    }

    /** Up to {@code limit} suggestions, the closest first; none for text shorter than three characters. */
    public static List<String> closeTo(Catalog catalog, String typed, int limit) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (wanted.length() < 3) {
            return List.of();
        }
        int allowed = Math.max(1, Math.min(3, wanted.length() / 4));
        Map<String, Integer> best = new LinkedHashMap<>();
        for (String candidate : vocabulary(catalog)) {
            String key = candidate.toLowerCase(Locale.ROOT);
            if (key.equals(wanted) || Math.abs(key.length() - wanted.length()) > allowed) {
                continue;
            }
            int d = Gazetteer.distance(wanted, key);
            if (d <= allowed) {
                best.merge(candidate, d, Math::min);
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(best.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        return ranked.stream().limit(limit).map(Map.Entry::getKey).toList();
    }

    private static Set<String> vocabulary(Catalog catalog) {
        Set<String> words = new LinkedHashSet<>();
        for (Initiative i : catalog.initiatives()) {
            Place p = i.place();
            if (p.city() != null) {
                words.add(p.city().nameEn());
            }
            if (p.province() != null) {
                words.add(p.province().nameEn());
            }
            for (String w : i.title().split("[^\\p{L}\\p{N}]+")) {
                if (w.length() >= 4) {
                    words.add(w);
                }
            }
        }
        for (Organization o : catalog.organizations()) {
            words.add(o.name());
        }
        return words;
    }
}

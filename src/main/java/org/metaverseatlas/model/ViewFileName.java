package org.metaverseatlas.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A file name (without extension) that says what an export holds: the view, then the filters in force, e.g.
 * {@code timeline-guangzhou-2021} or {@code initiatives-shanghai-beijing-plan-2022-2023}. Only letters, digits and
 * hyphens, so it is a valid name on every system.
 */
public final class ViewFileName {
    private static final int MAX_LENGTH = 80;

    private ViewFileName() {
    }

    public static String of(String view, FilterCriteria criteria, Gazetteer gazetteer) {
        List<String> parts = new ArrayList<>();
        parts.add(view);
        parts.add(named(criteria.cityIds(), id -> gazetteer.cityById(id).map(City::nameEn).orElse(null), "cities"));
        parts.add(named(criteria.provinceCodes(),
                code -> gazetteer.provinceByCode(code).map(Province::nameEn).orElse(null), "provinces"));
        if (criteria.kinds().size() == 1) {
            parts.add(criteria.kinds().iterator().next().name().replace('_', '-'));
        }
        if (criteria.organizationTypes().size() == 1) {
            parts.add(criteria.organizationTypes().iterator().next().name().replace('_', '-'));
        }
        if (!criteria.text().isEmpty()) {
            parts.add(criteria.text());
        }
        parts.add(years(criteria));
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            String slug = slug(part);
            if (!slug.isEmpty() && name.length() + slug.length() + 1 <= MAX_LENGTH) {
                name.append(name.length() == 0 ? "" : "-").append(slug);
            }
        }
        return name.length() == 0 ? "metaverse-atlas" : name.toString();
    }

    private static String named(Set<String> ids, java.util.function.Function<String, String> name, String plural) {
        if (ids.isEmpty()) {
            return null;
        }
        if (ids.size() > 2) {
            return ids.size() + "-" + plural;
        }
        return ids.stream().map(id -> {
            String n = name.apply(id);
            return n == null ? id : n;
        }).sorted(Comparator.naturalOrder()).reduce((a, b) -> a + "-" + b).orElse(null);
    }

    private static String years(FilterCriteria criteria) {
        Integer from = criteria.from() == null ? null : criteria.from().getYear();
        Integer to = criteria.to() == null ? null : criteria.to().getYear();
        if (from == null && to == null) {
            return null;
        }
        if (from != null && from.equals(to)) {
            return String.valueOf(from);
        }
        return (from == null ? "until" : from.toString()) + (to == null ? "-on" : "-" + to);
    }

    /** Lower-case ASCII letters and digits joined by single hyphens; Chinese and other scripts are kept as is. */
    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
    }
}

package org.metaverseatlas.model.analysis;

import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.InitiativeKind;
import org.metaverseatlas.model.Labels;
import org.metaverseatlas.model.OrganizationType;
import org.metaverseatlas.model.Participation;
import org.metaverseatlas.model.Place;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What initiatives can be counted by. An initiative falls in one category of each dimension, except the
 * organization type: it counts once under each type among its organizations (so those counts may add up to more
 * than the initiatives), as the type filter keeps an initiative when any of its organizations has the type.
 */
public enum Dimension {
    PROVINCE, CITY, KIND, TYPE, YEAR;

    /** The name as typed on the command line: {@code province}, {@code city}, {@code kind}, {@code type}, {@code year}. */
    public String option() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return AnalysisText.text("dimension." + name());
    }

    /** The dimension named on the command line, in any case. */
    public static Dimension parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * A cheap key of the initiative's category (a text whose hash is kept, an enum or a year), turned into a
     * {@link Category} once per key by {@link #category(Initiative)}: counting 100,000 initiatives then hashes no
     * records.
     */
    Object rawKey(Initiative initiative) {
        Place place = initiative.place();
        return switch (this) {
            case PROVINCE -> place.province() != null ? place.province().code() : place.scope();
            case CITY -> place.city() != null ? place.city().id()
                    : place.scope() == org.metaverseatlas.model.Scope.PROVINCE ? "~" + place.province().code()
                    : place.scope();
            case KIND -> initiative.kind();
            case YEAR -> initiative.date().start().getYear();
            case TYPE -> throw new IllegalStateException("types are several per initiative");
        };
    }

    /** The category of an initiative in this dimension (not by type: see {@link #types}). */
    Category category(Initiative initiative) {
        Place place = initiative.place();
        return switch (this) {
            case PROVINCE -> category(place.province() != null ? place.province() : place.scope());
            case CITY -> category(place.city() != null ? place.city() : place);
            case KIND -> category(initiative.kind());
            case YEAR -> category(initiative.date().start().getYear());
            case TYPE -> throw new IllegalStateException("types are several per initiative");
        };
    }

    /** The organization types of an initiative, each once; an empty set where no organization's type is given. */
    static Set<OrganizationType> types(Initiative initiative) {
        Set<OrganizationType> types = EnumSet.noneOf(OrganizationType.class);
        for (Participation p : initiative.participants()) {
            if (p.organizationType() != null) {
                types.add(p.organizationType());
            }
        }
        return types;
    }

    Category category(Object raw) {
        return switch (this) {
            case PROVINCE -> raw instanceof org.metaverseatlas.model.Province p
                    ? new Category(this, "province:" + p.code(), p.nameEn(), p.code())
                    : raw == org.metaverseatlas.model.Scope.NATIONAL
                    ? new Category(this, "national", AnalysisText.text("national"), null)
                    : new Category(this, "unknown", AnalysisText.text("placeUnknown"), null);
            case CITY -> raw instanceof org.metaverseatlas.model.City c
                    ? new Category(this, "city:" + c.id(), c.nameEn(), c.id())
                    : noCity((Place) raw);
            case KIND -> new Category(this, ((InitiativeKind) raw).name(), Labels.kindShort((InitiativeKind) raw), raw);
            case TYPE -> raw == null ? new Category(this, "unknown", AnalysisText.text("typeUnknown"), null)
                    : new Category(this, ((OrganizationType) raw).name(), Labels.organizationType((OrganizationType) raw), raw);
            case YEAR -> new Category(this, raw.toString(), raw.toString(), raw);
        };
    }

    private Category noCity(Place place) {
        return switch (place.scope()) {
            case PROVINCE -> new Category(this, "province-wide:" + place.province().code(),
                    AnalysisText.text("provinceWide", place.province().nameEn()), null);
            case NATIONAL -> new Category(this, "national", AnalysisText.text("national"), null);
            default -> new Category(this, "unknown", AnalysisText.text("placeUnknown"), null);
        };
    }

    /**
     * The filter that keeps only this category on top of {@code base}, or, where {@code base} keeps only it
     * already, {@code base} without it (a second click takes it back). Null where the category cannot be filtered.
     */
    public FilterCriteria narrow(FilterCriteria base, Category category) {
        if (!category.filterable()) {
            return null;
        }
        FilterCriteria only = only(base, category);
        return only.equals(base) ? without(base) : only;
    }

    private FilterCriteria only(FilterCriteria base, Category category) {
        return switch (this) {
            case PROVINCE -> base.withCities(Set.of()).withProvinces(Set.of((String) category.value()));
            case CITY -> base.withProvinces(Set.of()).withCities(Set.of((String) category.value()));
            case KIND -> base.withKinds(Set.of((InitiativeKind) category.value()));
            case TYPE -> base.withOrganizationTypes(Set.of((OrganizationType) category.value()));
            case YEAR -> {
                int year = (Integer) category.value();
                yield base.withDates(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
        };
    }

    private FilterCriteria without(FilterCriteria base) {
        return switch (this) {
            case PROVINCE -> base.withProvinces(Set.of());
            case CITY -> base.withCities(Set.of());
            case KIND -> base.withKinds(Set.of());
            case TYPE -> base.withOrganizationTypes(Set.of());
            case YEAR -> base.withDates(null, null);
        };
    }

    /**
     * The keys of the categories a filter keeps alone (its provinces, cities, kinds, types, and the year its dates
     * span exactly), so that a chart can mark the bars a click chose.
     */
    public static Set<String> chosenKeys(FilterCriteria criteria) {
        Set<String> keys = new java.util.HashSet<>();
        criteria.provinceCodes().forEach(code -> keys.add("province:" + code));
        criteria.cityIds().forEach(id -> keys.add("city:" + id));
        criteria.kinds().forEach(k -> keys.add(k.name()));
        criteria.organizationTypes().forEach(t -> keys.add(t.name()));
        LocalDate from = criteria.from();
        LocalDate to = criteria.to();
        if (from != null && to != null && from.getYear() == to.getYear() && from.getDayOfYear() == 1
                && to.equals(LocalDate.of(to.getYear(), 12, 31))) {
            keys.add(String.valueOf(from.getYear()));
        }
        return keys;
    }

    /** Every dimension as typed on the command line. */
    public static List<String> options() {
        return java.util.Arrays.stream(values()).map(Dimension::option).toList();
    }
}

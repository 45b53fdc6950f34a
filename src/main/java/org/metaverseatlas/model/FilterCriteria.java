package org.metaverseatlas.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the user filters by. Empty sets and null bounds mean "any". Cities and provinces together form one place
 * facet (an initiative matches when its city or its province is chosen); every other facet narrows further.
 * {@code sourceIds} keeps the initiatives that cite any of those sources.
 */
public record FilterCriteria(Set<String> cityIds, Set<String> provinceCodes, Set<InitiativeKind> kinds,
                             Set<OrganizationType> organizationTypes, Set<String> sourceIds, LocalDate from,
                             LocalDate to, String text) {
    public static final FilterCriteria NONE =
            new FilterCriteria(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null, null, "");

    public FilterCriteria {
        cityIds = Set.copyOf(cityIds);
        provinceCodes = Set.copyOf(provinceCodes);
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        organizationTypes = organizationTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(organizationTypes));
        sourceIds = Set.copyOf(sourceIds);
        text = text == null ? "" : text.strip();
    }

    /**
     * The catalog's initiatives that match, oldest first. A place facet is answered from the catalog's place index,
     * so a city filter reads only that city's initiatives.
     */
    public List<Initiative> select(Catalog catalog) {
        if (isEmpty()) {
            return catalog.initiatives();
        }
        List<Initiative> candidates = cityIds.isEmpty() && provinceCodes.isEmpty()
                ? catalog.initiatives() : catalog.initiativesIn(cityIds, provinceCodes);
        List<Initiative> result = new ArrayList<>(candidates.size());
        SearchTerms search = searchTerms();
        for (Initiative i : candidates) {
            if (matches(i, search)) {
                result.add(i);
            }
        }
        return List.copyOf(result);
    }

    public boolean matches(Initiative initiative) {
        return matches(initiative, searchTerms());
    }

    /** The free text as search terms: words in any order, quoted phrases as written. */
    public SearchTerms searchTerms() {
        return SearchTerms.parse(text);
    }

    private boolean matches(Initiative initiative, SearchTerms search) {
        return matchesPlace(initiative.place())
                && (kinds.isEmpty() || kinds.contains(initiative.kind()))
                && (organizationTypes.isEmpty() || initiative.participants().stream()
                        .anyMatch(p -> p.organizationType() != null && organizationTypes.contains(p.organizationType())))
                && (sourceIds.isEmpty() || initiative.sources().stream().anyMatch(s -> sourceIds.contains(s.id())))
                && initiative.date().overlaps(from, to)
                && search.matches(initiative.searchText());
    }

    private boolean matchesPlace(Place place) {
        if (cityIds.isEmpty() && provinceCodes.isEmpty()) {
            return true;
        }
        return (place.city() != null && cityIds.contains(place.city().id()))
                || (place.province() != null && provinceCodes.contains(place.province().code()));
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public FilterCriteria withCities(Set<String> ids) {
        return new FilterCriteria(ids, provinceCodes, kinds, organizationTypes, sourceIds, from, to, text);
    }

    /** Adds the city when absent, removes it when present. */
    public FilterCriteria toggleCity(String cityId) {
        Set<String> ids = new LinkedHashSet<>(cityIds);
        if (!ids.remove(cityId)) {
            ids.add(cityId);
        }
        return withCities(ids);
    }

    public FilterCriteria withProvinces(Set<String> codes) {
        return new FilterCriteria(cityIds, codes, kinds, organizationTypes, sourceIds, from, to, text);
    }

    /** Adds the province when absent, removes it when present. */
    public FilterCriteria toggleProvince(String code) {
        Set<String> codes = new LinkedHashSet<>(provinceCodes);
        if (!codes.remove(code)) {
            codes.add(code);
        }
        return withProvinces(codes);
    }

    public FilterCriteria withKinds(Set<InitiativeKind> values) {
        return new FilterCriteria(cityIds, provinceCodes, values, organizationTypes, sourceIds, from, to, text);
    }

    public FilterCriteria withOrganizationTypes(Set<OrganizationType> values) {
        return new FilterCriteria(cityIds, provinceCodes, kinds, values, sourceIds, from, to, text);
    }

    public FilterCriteria withSources(Set<String> ids) {
        return new FilterCriteria(cityIds, provinceCodes, kinds, organizationTypes, ids, from, to, text);
    }

    public FilterCriteria withDates(LocalDate newFrom, LocalDate newTo) {
        return new FilterCriteria(cityIds, provinceCodes, kinds, organizationTypes, sourceIds, newFrom, newTo, text);
    }

    public FilterCriteria withText(String newText) {
        return new FilterCriteria(cityIds, provinceCodes, kinds, organizationTypes, sourceIds, from, to, newText);
    }
}

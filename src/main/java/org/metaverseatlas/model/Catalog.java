package org.metaverseatlas.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable snapshot of everything the store holds: initiatives oldest first, organizations by name, and the
 * people named in roles. Views read it; only the store makes one.
 */
public final class Catalog {
    /**
     * Oldest first; ties by title, then id, so that every view lists the same order. Written out rather than chained
     * from key extractors: a catalog of 100,000 initiatives is sorted by it at every launch.
     */
    public static final Comparator<Initiative> CHRONOLOGICAL = (a, b) -> {
        int c = a.date().start().compareTo(b.date().start());
        if (c == 0) {
            c = a.date().end().compareTo(b.date().end());
        }
        if (c == 0) {
            c = a.title().compareTo(b.title());
        }
        return c != 0 ? c : a.id().compareTo(b.id());
    };

    private final List<Initiative> initiatives;
    private final List<Organization> organizations;
    private final List<PersonRole> people;
    private final Map<String, Initiative> initiativesById = new HashMap<>();
    private final Map<String, Organization> organizationsById = new LinkedHashMap<>();
    /** Positions in {@link #initiatives}, ascending, by city id and by province code (a city's own included). */
    private final Map<String, int[]> positionsByCity;
    private final Map<String, int[]> positionsByProvince;
    /** Made at first use: most catalogs are read for their initiatives only. */
    private volatile Map<String, SourceCitation> citations;

    public Catalog(List<Initiative> initiatives, List<Organization> organizations, List<PersonRole> people) {
        List<Initiative> sorted = new ArrayList<>(initiatives);
        sorted.sort(CHRONOLOGICAL);
        this.initiatives = List.copyOf(sorted);
        List<Organization> orgs = new ArrayList<>(organizations);
        orgs.sort(Comparator.comparing(Organization::name, String.CASE_INSENSITIVE_ORDER));
        this.organizations = List.copyOf(orgs);
        this.people = List.copyOf(people);
        this.initiatives.forEach(i -> initiativesById.put(i.id(), i));
        this.organizations.forEach(o -> organizationsById.put(o.id(), o));
        Map<String, IntList> byCity = new HashMap<>();
        Map<String, IntList> byProvince = new HashMap<>();
        for (int n = 0; n < this.initiatives.size(); n++) {
            Place place = this.initiatives.get(n).place();
            if (place.city() != null) {
                byCity.computeIfAbsent(place.city().id(), k -> new IntList()).add(n);
            }
            if (place.province() != null) {
                byProvince.computeIfAbsent(place.province().code(), k -> new IntList()).add(n);
            }
        }
        positionsByCity = toArrays(byCity);
        positionsByProvince = toArrays(byProvince);
    }

    private static Map<String, int[]> toArrays(Map<String, IntList> lists) {
        Map<String, int[]> arrays = new HashMap<>();
        lists.forEach((key, list) -> arrays.put(key, list.toArray()));
        return arrays;
    }

    /** Every source an initiative or an organization cites, with how many initiatives cite it, in no set order. */
    public Collection<SourceCitation> sources() {
        return citations().values();
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(citations().get(id)).map(SourceCitation::source);
    }

    private Map<String, SourceCitation> citations() {
        Map<String, SourceCitation> made = citations;
        if (made == null) {
            Map<String, Source> byId = new LinkedHashMap<>();
            Map<String, Integer> counts = new HashMap<>();
            for (Initiative i : initiatives) {
                for (Source s : i.sources()) {
                    byId.putIfAbsent(s.id(), s);
                    counts.merge(s.id(), 1, Integer::sum);
                }
            }
            for (Organization o : organizations) {
                o.sources().forEach(s -> byId.putIfAbsent(s.id(), s));
            }
            made = new LinkedHashMap<>();
            for (Source s : byId.values()) {
                made.put(s.id(), new SourceCitation(s, counts.getOrDefault(s.id(), 0)));
            }
            citations = made;
        }
        return made;
    }

    public static Catalog empty() {
        return new Catalog(List.of(), List.of(), List.of());
    }

    public List<Initiative> initiatives() {
        return initiatives;
    }

    public List<Organization> organizations() {
        return organizations;
    }

    /** Every person-in-role statement. */
    public List<PersonRole> people() {
        return people;
    }

    public Optional<Initiative> initiative(String id) {
        return Optional.ofNullable(initiativesById.get(id));
    }

    public Optional<Organization> organization(String id) {
        return Optional.ofNullable(organizationsById.get(id));
    }

    /** The initiatives an organization took part in, oldest first. */
    public List<Initiative> initiativesOf(String organizationId) {
        return initiatives.stream()
                .filter(i -> i.participants().stream().anyMatch(p -> p.organizationId().equals(organizationId)))
                .toList();
    }

    /** People named in a role of this organization. */
    public List<PersonRole> peopleOf(String organizationId) {
        return people.stream().filter(p -> organizationId.equals(p.organizationId())).toList();
    }

    /** How many initiatives are in this city. */
    public int countInCity(String cityId) {
        int[] positions = positionsByCity.get(cityId);
        return positions == null ? 0 : positions.length;
    }

    /** How many initiatives are in this province: province-wide ones and those of its cities. */
    public int countInProvince(String provinceCode) {
        int[] positions = positionsByProvince.get(provinceCode);
        return positions == null ? 0 : positions.length;
    }

    /** Whether any initiative is in this province, province-wide or in one of its cities. */
    public boolean hasInitiativesIn(String provinceCode) {
        return positionsByProvince.containsKey(provinceCode);
    }

    /**
     * The initiatives in any of these cities or provinces (a province takes in its cities), oldest first: the
     * place facet of a filter answered from an index rather than by reading every initiative.
     */
    public List<Initiative> initiativesIn(Collection<String> cityIds, Collection<String> provinceCodes) {
        List<int[]> parts = new ArrayList<>();
        int total = 0;
        for (String id : cityIds) {
            int[] positions = positionsByCity.get(id);
            if (positions != null) {
                parts.add(positions);
                total += positions.length;
            }
        }
        for (String code : provinceCodes) {
            int[] positions = positionsByProvince.get(code);
            if (positions != null) {
                parts.add(positions);
                total += positions.length;
            }
        }
        int[] merged = new int[total];
        int at = 0;
        for (int[] part : parts) {
            System.arraycopy(part, 0, merged, at, part.length);
            at += part.length;
        }
        if (parts.size() > 1) {
            Arrays.sort(merged);
        }
        List<Initiative> result = new ArrayList<>(total);
        int last = -1;
        for (int position : merged) {
            if (position != last) {
                result.add(initiatives.get(position));
                last = position;
            }
        }
        return result;
    }

    /** A growable list of ints, for building the place index without boxing. */
    private static final class IntList {
        private int[] values = new int[8];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}

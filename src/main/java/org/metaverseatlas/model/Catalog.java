package org.metaverseatlas.model;

import java.util.ArrayList;
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
    /** Oldest first; ties by title, then id, so that every view lists the same order. */
    public static final Comparator<Initiative> CHRONOLOGICAL = Comparator
            .comparing((Initiative i) -> i.date().start())
            .thenComparing(i -> i.date().end())
            .thenComparing(Initiative::title)
            .thenComparing(Initiative::id);

    private final List<Initiative> initiatives;
    private final List<Organization> organizations;
    private final List<PersonRole> people;
    private final Map<String, Initiative> initiativesById = new HashMap<>();
    private final Map<String, Organization> organizationsById = new LinkedHashMap<>();

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
}

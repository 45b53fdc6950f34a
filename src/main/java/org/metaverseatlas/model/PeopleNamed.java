package org.metaverseatlas.model;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The people a pane names, each with their roles. An initiative lists a person with a bare role ("Chair"); the
 * catalog's person-in-role statements say of which organization, so the role is matched to them to link it.
 */
public final class PeopleNamed {
    /** A person and the roles the pane names them in. */
    public record Person(String personId, String displayName, List<Role> roles) {
        public Person {
            roles = List.copyOf(roles);
        }
    }

    /** A role; {@code organization} and {@code source} are null where the records do not say. */
    public record Role(String role, Organization organization, Source source) {
    }

    private PeopleNamed() {
    }

    /** The people an initiative names, in its order, each with the role it names them in. */
    public static List<Person> in(Catalog catalog, Initiative initiative) {
        Map<String, Builder> people = new LinkedHashMap<>();
        for (PersonRole named : initiative.people()) {
            people.computeIfAbsent(named.personId(), id -> new Builder(named))
                    .add(resolve(catalog, named));
        }
        return people.values().stream().map(Builder::build).toList();
    }

    /**
     * The people around an organization: those named in one of its roles, and those named in the initiatives it
     * took part in; each with every role the catalog knows for them.
     */
    public static List<Person> around(Catalog catalog, String organizationId) {
        return around(ParticipationIndex.of(catalog), organizationId);
    }

    public static List<Person> around(ParticipationIndex index, String organizationId) {
        Catalog catalog = index.catalog();
        List<Initiative> initiatives = index.initiativesOf(organizationId);
        Map<String, Builder> people = new LinkedHashMap<>();
        for (PersonRole role : catalog.peopleOf(organizationId)) {
            people.computeIfAbsent(role.personId(), id -> new Builder(role));
        }
        for (Initiative initiative : initiatives) {
            for (PersonRole named : initiative.people()) {
                people.computeIfAbsent(named.personId(), id -> new Builder(named));
            }
        }
        for (Builder person : people.values()) {
            for (PersonRole role : catalog.people()) {
                if (role.personId().equals(person.personId)) {
                    person.add(new Role(role.role(), organization(catalog, role.organizationId()), role.source()));
                }
            }
        }
        for (Initiative initiative : initiatives) {
            for (PersonRole named : initiative.people()) {
                people.get(named.personId()).add(resolve(catalog, named));
            }
        }
        return people.values().stream().map(Builder::build).toList();
    }

    /** The initiative's bare role, linked to the catalog's statement of the same role for the same person. */
    private static Role resolve(Catalog catalog, PersonRole named) {
        String role = named.role() == null ? "" : named.role().strip().toLowerCase(Locale.ROOT);
        for (PersonRole known : catalog.people()) {
            if (known.personId().equals(named.personId()) && known.role() != null
                    && known.role().strip().toLowerCase(Locale.ROOT).equals(role)) {
                return new Role(known.role(), organization(catalog, known.organizationId()),
                        known.source() != null ? known.source() : named.source());
            }
        }
        return new Role(named.role(), organization(catalog, named.organizationId()), named.source());
    }

    private static Organization organization(Catalog catalog, String id) {
        return id == null ? null : catalog.organization(id).orElse(null);
    }

    private static final class Builder {
        private final String personId;
        private final String displayName;
        private final List<Role> roles = new ArrayList<>();

        Builder(PersonRole person) {
            personId = person.personId();
            displayName = person.displayName();
        }

        /** Adds a role unless the same role of the same organization is already there. */
        void add(Role role) {
            for (Role known : roles) {
                if (String.valueOf(known.role()).equalsIgnoreCase(String.valueOf(role.role()))
                        && (known.organization() == null ? role.organization() == null
                        : role.organization() != null && known.organization().id().equals(role.organization().id()))) {
                    return;
                }
            }
            roles.add(role);
        }

        Person build() {
            return new Person(personId, displayName, roles);
        }
    }
}

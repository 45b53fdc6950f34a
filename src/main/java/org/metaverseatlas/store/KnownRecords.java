package org.metaverseatlas.store;

import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.model.PersonRole;
import org.metaverseatlas.model.Source;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a dataset file may refer to, or must not define again: the organizations, people and sources already held,
 * and the ids of the initiatives (an import never needs the initiatives themselves).
 *
 * @param people one statement per person id, for the name, Chinese name and title
 */
record KnownRecords(Map<String, Organization> organizations, Map<String, PersonRole> people,
                    Set<String> initiativeIds, Map<String, Source> sources) {
    static final KnownRecords NONE = new KnownRecords(Map.of(), Map.of(), Set.of(), Map.of());

    static KnownRecords of(Catalog catalog, Map<String, Source> sources) {
        Map<String, Organization> organizations = new HashMap<>();
        catalog.organizations().forEach(o -> organizations.put(o.id(), o));
        Map<String, PersonRole> people = new HashMap<>();
        catalog.people().forEach(p -> people.putIfAbsent(p.personId(), p));
        Set<String> ids = new HashSet<>();
        catalog.initiatives().forEach(i -> ids.add(i.id()));
        return new KnownRecords(organizations, people, ids, sources);
    }
}

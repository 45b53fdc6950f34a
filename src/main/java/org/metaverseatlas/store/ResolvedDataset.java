package org.metaverseatlas.store;

import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.model.PersonRole;
import org.metaverseatlas.model.Source;

import java.util.List;

/**
 * A dataset file checked against the gazetteer and turned into model records, ready to be written.
 * {@code personRoles} are the roles people hold in organizations; roles in initiatives sit on the initiatives.
 */
public record ResolvedDataset(String version, List<Source> sources, List<Organization> organizations,
                              List<PersonRole> personRoles, List<Initiative> initiatives) {
    public ResolvedDataset {
        sources = List.copyOf(sources);
        organizations = List.copyOf(organizations);
        personRoles = List.copyOf(personRoles);
        initiatives = List.copyOf(initiatives);
    }
}

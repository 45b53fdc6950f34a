package org.metaverseatlas.model;


import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The initiatives of each organization, oldest first, found in one pass over the catalog. Asking the catalog
 * itself scans every initiative each time, which a large catalog makes too slow for a pane that opens on a click.
 */
public final class ParticipationIndex {
    private final Catalog catalog;
    private final Map<String, List<Initiative>> byOrganization = new HashMap<>();

    private ParticipationIndex(Catalog catalog) {
        this.catalog = catalog;
        for (Initiative initiative : catalog.initiatives()) {
            Set<String> seen = new HashSet<>();
            for (Participation p : initiative.participants()) {
                if (seen.add(p.organizationId())) {
                    byOrganization.computeIfAbsent(p.organizationId(), id -> new ArrayList<>()).add(initiative);
                }
            }
        }
    }

    public static ParticipationIndex of(Catalog catalog) {
        return new ParticipationIndex(catalog);
    }

    public Catalog catalog() {
        return catalog;
    }

    /** Oldest first, as {@link Catalog#initiativesOf} gives them. */
    public List<Initiative> initiativesOf(String organizationId) {
        return byOrganization.getOrDefault(organizationId, List.of());
    }
}

package org.metaverseatlas.ui.directory;

import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.model.Participation;
import org.metaverseatlas.model.SearchTerms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The directory's rows for a catalog, the initiatives the shared filter leaves, and a search text. Only the
 * filtered initiatives count; while a filter is on, an organization with none of them is hidden (and counted as
 * such). The search keeps organizations whose name, or home city or province in English or Chinese, contains the
 * text, ignoring case.
 */
public record DirectoryListing(List<DirectoryRow> rows, int hiddenByFilter, int total) {
    public DirectoryListing {
        rows = List.copyOf(rows);
    }

    public static DirectoryListing of(Catalog catalog, List<Initiative> filtered, boolean filtering, String search) {
        Map<String, Activity> activity = new HashMap<>();
        for (Initiative initiative : filtered) {
            Set<String> counted = new HashSet<>();
            for (Participation p : initiative.participants()) {
                if (counted.add(p.organizationId())) {
                    activity.computeIfAbsent(p.organizationId(), id -> new Activity()).add(initiative);
                }
            }
        }
        SearchTerms query = SearchTerms.parse(search);
        List<DirectoryRow> rows = new ArrayList<>();
        int hidden = 0;
        for (Organization organization : catalog.organizations()) {
            Activity a = activity.get(organization.id());
            if (filtering && a == null) {
                hidden++;
            } else if (matches(organization, query)) {
                rows.add(a == null ? new DirectoryRow(organization, 0, null, null)
                        : new DirectoryRow(organization, a.count, a.first.date(), a.last.date()));
            }
        }
        return new DirectoryListing(rows, hidden, catalog.organizations().size());
    }

    static boolean matches(Organization organization, SearchTerms query) {
        if (query.isEmpty()) {
            return true;
        }
        return query.matches(SearchTerms.searchable(organization.name(),
                        organization.city() == null ? null : organization.city().nameEn(),
                        organization.city() == null ? null : organization.city().nameZh(),
                        organization.province() == null ? null : organization.province().nameEn(),
                        organization.province() == null ? null : organization.province().nameZh()));
    }

    /** What the filtered initiatives say of one organization. */
    private static final class Activity {
        private int count;
        private Initiative first;
        private Initiative last;

        void add(Initiative initiative) {
            count++;
            if (first == null || initiative.date().start().isBefore(first.date().start())) {
                first = initiative;
            }
            if (last == null || !initiative.date().end().isBefore(last.date().end())) {
                last = initiative;
            }
        }
    }
}

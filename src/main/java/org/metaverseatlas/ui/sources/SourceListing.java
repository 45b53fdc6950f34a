package org.metaverseatlas.ui.sources;

import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.SourceCitation;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The sources a catalog cites that match a search, newest publication first (unknown dates last). The search
 * looks in the title, the publisher and the address, case-insensitively; Chinese matches by substring.
 */
record SourceListing(List<SourceCitation> rows, int total) {
    static final Comparator<SourceCitation> NEWEST_FIRST = Comparator
            .comparing((SourceCitation c) -> c.source().published(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(c -> c.source().title(), String.CASE_INSENSITIVE_ORDER);

    static SourceListing of(Catalog catalog, String search) {
        String wanted = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        List<SourceCitation> all = List.copyOf(catalog.sources());
        List<SourceCitation> rows = all.stream()
                .filter(c -> wanted.isEmpty() || matches(c, wanted))
                .sorted(NEWEST_FIRST)
                .toList();
        return new SourceListing(rows, all.size());
    }

    private static boolean matches(SourceCitation citation, String wanted) {
        var s = citation.source();
        return contains(s.title(), wanted) || contains(s.publisher(), wanted) || contains(s.url(), wanted);
    }

    private static boolean contains(String field, String wanted) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(wanted);
    }
}

package org.metaverseatlas.ui.sources;

import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.SearchTerms;
import org.metaverseatlas.model.SourceCitation;

import java.util.Comparator;
import java.util.List;

/**
 * The sources a catalog cites that match a search, newest publication first (unknown dates last). The search
 * looks in the title, the publisher and the address: words in any order and any case, "quoted phrases" as written;
 * Chinese matches by substring.
 */
record SourceListing(List<SourceCitation> rows, int total) {
    static final Comparator<SourceCitation> NEWEST_FIRST = Comparator
            .comparing((SourceCitation c) -> c.source().published(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(c -> c.source().title(), String.CASE_INSENSITIVE_ORDER);

    static SourceListing of(Catalog catalog, String search) {
        SearchTerms wanted = SearchTerms.parse(search);
        List<SourceCitation> all = List.copyOf(catalog.sources());
        List<SourceCitation> rows = all.stream()
                .filter(c -> wanted.isEmpty() || matches(c, wanted))
                .sorted(NEWEST_FIRST)
                .toList();
        return new SourceListing(rows, all.size());
    }

    private static boolean matches(SourceCitation citation, SearchTerms wanted) {
        var s = citation.source();
        return wanted.matches(SearchTerms.searchable(s.title(), s.publisher(), s.url()));
    }
}

package org.metaverseatlas.ui.detail;

import org.metaverseatlas.model.DateWording;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Labels;
import org.metaverseatlas.model.Source;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A record cited in one line, as a reader pastes it into notes or an article: what, who published it, when, where. */
final class Citation {
    private Citation() {
    }

    /** "Title, Publisher, 8 July 2022, https://…": the parts the source has, in the interface language. */
    static String of(Source source) {
        List<String> parts = new ArrayList<>();
        parts.add(source.title());
        if (source.publisher() != null && !source.publisher().isBlank()) {
            parts.add(source.publisher());
        }
        if (source.published() != null) {
            parts.add(DateWording.day(source.published()));
        }
        if (source.url() != null && !source.url().isBlank()) {
            parts.add(source.url());
        }
        return String.join(DetailText.text("citation.separator"), parts);
    }

    /** The initiative, its date and place, then each of its sources. */
    static String of(Initiative initiative) {
        String sources = initiative.sources().stream().map(Citation::of)
                .collect(Collectors.joining(DetailText.text("citation.sourceSeparator")));
        return DetailText.text(sources.isEmpty() ? "citation.initiativeUnsourced" : "citation.initiative",
                initiative.title(), DateWording.of(initiative.date()), Labels.placeInFull(initiative.place()), sources);
    }
}

package org.metaverseatlas.export;

import org.metaverseatlas.model.DateWording;
import org.metaverseatlas.model.Source;

import java.util.ArrayList;
import java.util.List;

/** A source in one line: title, publisher, date, address. */
final class SourceWording {
    private SourceWording() {
    }

    static String of(Source source) {
        List<String> parts = new ArrayList<>();
        parts.add(source.title());
        if (source.publisher() != null) {
            parts.add(source.publisher());
        }
        if (source.published() != null) {
            parts.add(DateWording.day(source.published()));
        }
        if (source.language() != null && ExportText.has("source.language." + source.language())) {
            parts.add(ExportText.text("source.language." + source.language()));
        }
        if (source.url() != null) {
            parts.add(source.url());
        }
        return String.join(", ", parts);
    }
}

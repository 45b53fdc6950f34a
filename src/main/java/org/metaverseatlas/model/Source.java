package org.metaverseatlas.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A page a record is taken from. {@code url} is null where the source's address is not known; {@code language} is
 * the page's language tag ({@code en}, {@code zh}), null where not recorded.
 */
public record Source(String id, String title, String publisher, LocalDate published, String url, String language) {
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}

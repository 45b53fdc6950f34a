package org.metaverseatlas.model;

import java.time.LocalDate;
import java.util.Objects;

/** An article a record is taken from. {@code url} is null where the source's address is not known. */
public record Source(String id, String title, String publisher, LocalDate published, String url) {
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}

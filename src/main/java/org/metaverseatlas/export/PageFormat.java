package org.metaverseatlas.export;

import java.util.Objects;

/** A paper size and an orientation. */
public record PageFormat(PageSize size, boolean landscape) {
    public static final PageFormat A4_PORTRAIT = new PageFormat(PageSize.A4, false);

    public PageFormat {
        Objects.requireNonNull(size, "size");
    }

    public double width() {
        return landscape ? size.height() : size.width();
    }

    public double height() {
        return landscape ? size.width() : size.height();
    }
}

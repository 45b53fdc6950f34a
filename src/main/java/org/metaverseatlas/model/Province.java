package org.metaverseatlas.model;

import java.util.Objects;

/** A provincial-level division, keyed by its GeoNames admin1 code (for example {@code CN.30}). */
public record Province(String code, String nameEn, String nameZh) {
    public Province {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameEn, "nameEn");
    }

    /** English name, followed by the Chinese one where known. */
    public String displayName() {
        return nameZh == null ? nameEn : nameEn + " " + nameZh;
    }
}

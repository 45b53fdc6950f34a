package org.metaverseatlas.model;

import java.util.Objects;

/** A city of the gazetteer, with its coordinates (WGS84 degrees). */
public record City(String id, String nameEn, String nameZh, Province province, double latitude, double longitude) {
    public City {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(province, "province");
    }

    /** The stable key of a city: its English name and its province code, since names repeat across provinces. */
    public static String idOf(String nameEn, String provinceCode) {
        return nameEn + "|" + provinceCode;
    }

    /** English name, followed by the Chinese one where known. */
    public String displayName() {
        return nameZh == null ? nameEn : nameEn + " " + nameZh;
    }
}

package org.metaverseatlas.model;

import java.util.Objects;

/**
 * Where an initiative took place. A city-level place has a city; a province-wide or national body keeps the city
 * empty and says its scope; a place the sources do not give has scope {@link Scope#UNKNOWN}.
 */
public record Place(String district, String districtZh, City city, Province province, Scope scope, String venue) {
    public Place {
        Objects.requireNonNull(scope, "scope");
        if (city != null && province == null) {
            province = city.province();
        }
    }

    public static Place unknown() {
        return new Place(null, null, null, null, Scope.UNKNOWN, null);
    }

    public static Place national() {
        return new Place(null, null, null, null, Scope.NATIONAL, null);
    }

    public static Place ofCity(City city) {
        return new Place(null, null, city, city.province(), Scope.CITY, null);
    }

    public static Place ofProvince(Province province) {
        return new Place(null, null, null, province, Scope.PROVINCE, null);
    }

    public String cityId() {
        return city == null ? null : city.id();
    }

    public String provinceCode() {
        return province == null ? null : province.code();
    }
}

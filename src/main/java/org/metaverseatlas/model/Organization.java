package org.metaverseatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * A body behind initiatives. Type, home city and province are null where the sources do not say; {@code nameZh} is
 * its Chinese name where a source gives one.
 */
public record Organization(String id, String name, String nameZh, OrganizationType type, City city, Province province,
                           String description, List<Claim> claims, List<Source> sources, Origin origin) {
    public Organization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        claims = List.copyOf(claims);
        sources = List.copyOf(sources);
        if (city != null && province == null) {
            province = city.province();
        }
    }
}

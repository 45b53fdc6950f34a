package org.metaverseatlas.model.analysis;

/**
 * One bar or one row of a count: a province, a city, a kind, an organization type or a year. {@code value} is what
 * a filter takes to keep only it (a province code, a city id, an {@code InitiativeKind}, an {@code OrganizationType},
 * an {@code Integer} year), or null where no filter can (national bodies, places not given, types not given).
 */
public record Category(Dimension dimension, String key, String label, Object value) {
    public boolean filterable() {
        return value != null;
    }
}

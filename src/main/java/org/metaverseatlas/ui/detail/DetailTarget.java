package org.metaverseatlas.ui.detail;

import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Organization;

import java.util.Objects;

/**
 * What a detail page shows: an initiative or an organization, by id, so that a page still resolves after the
 * catalog is reloaded (an import replaces every record object).
 */
public record DetailTarget(Type type, String id) {
    public enum Type { INITIATIVE, ORGANIZATION }

    public DetailTarget {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static DetailTarget of(Initiative initiative) {
        return new DetailTarget(Type.INITIATIVE, initiative.id());
    }

    public static DetailTarget of(Organization organization) {
        return new DetailTarget(Type.ORGANIZATION, organization.id());
    }

    public boolean isInitiative() {
        return type == Type.INITIATIVE;
    }
}

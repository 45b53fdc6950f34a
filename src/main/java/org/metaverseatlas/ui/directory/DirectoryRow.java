package org.metaverseatlas.ui.directory;

import org.metaverseatlas.model.EventDate;
import org.metaverseatlas.model.Labels;
import org.metaverseatlas.model.Organization;

/**
 * One organization in the directory, with what the shared filter leaves of its activity: how many initiatives,
 * the first and the last (null where it has none).
 */
public record DirectoryRow(Organization organization, int initiatives, EventDate first, EventDate last) {
    public String name() {
        return organization.name();
    }

    public String type() {
        return Labels.organizationType(organization.type());
    }

    /** "Hangzhou 杭州", a province-wide body's province, or "unknown". */
    public String city() {
        if (organization.city() != null) {
            return organization.city().displayName();
        }
        if (organization.province() != null) {
            return Labels.text("provinceWide", organization.province().displayName());
        }
        return Labels.unknown();
    }
}

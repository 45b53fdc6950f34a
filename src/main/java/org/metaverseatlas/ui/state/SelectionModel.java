package org.metaverseatlas.ui.state;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Organization;

/**
 * The one selection every view shares: the selected initiative, and the organization in focus (whose initiatives
 * the timeline and the map highlight). Views observe it and set it; they never talk to each other.
 */
public final class SelectionModel {
    private final ObjectProperty<Initiative> initiative = new SimpleObjectProperty<>();
    private final ObjectProperty<Organization> organization = new SimpleObjectProperty<>();

    public ObjectProperty<Initiative> initiativeProperty() {
        return initiative;
    }

    public Initiative getInitiative() {
        return initiative.get();
    }

    public void select(Initiative value) {
        initiative.set(value);
    }

    public ObjectProperty<Organization> organizationProperty() {
        return organization;
    }

    public Organization getOrganization() {
        return organization.get();
    }

    public void focus(Organization value) {
        organization.set(value);
    }
}

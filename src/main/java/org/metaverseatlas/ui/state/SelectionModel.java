package org.metaverseatlas.ui.state;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Organization;

/**
 * The one selection every view shares: the selected initiative, and the organization in focus (whose initiatives
 * the timeline and the map highlight). Views observe it and set it; they never talk to each other. Selecting an
 * initiative the focused organization has no part in ends the focus, so the highlight never contradicts the
 * selection.
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
        Organization focused = organization.get();
        if (value != null && focused != null && value.participants().stream()
                .noneMatch(p -> focused.id().equals(p.organizationId()))) {
            organization.set(null);
        }
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

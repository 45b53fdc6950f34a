package org.metaverseatlas.ui.state;

import org.junit.jupiter.api.Test;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.ui.BundledCatalog;

import static org.assertj.core.api.Assertions.assertThat;

class SelectionModelTest {
    private final SelectionModel selection = new SelectionModel();
    private final Organization university = BundledCatalog.organization("org-hangzhou-normal-university");
    private final Initiative hangzhouCommittee = BundledCatalog.initiative("ini-2021-12-30-hangzhou-metaverse-committee");
    private final Initiative haizhuAlliance = BundledCatalog.initiative("ini-2023-03-18-haizhu-metaverse-alliance");

    @Test
    void selectingOneOfTheFocusedOrganizationsInitiativesKeepsTheFocus() {
        selection.focus(university);
        selection.select(hangzhouCommittee);

        assertThat(selection.getOrganization()).isEqualTo(university);
        assertThat(selection.getInitiative()).isEqualTo(hangzhouCommittee);
    }

    @Test
    void selectingAnInitiativeTheFocusedOrganizationHadNoPartInEndsTheFocus() {
        selection.focus(university);
        selection.select(haizhuAlliance);

        assertThat(selection.getOrganization()).isNull();
        assertThat(selection.getInitiative()).isEqualTo(haizhuAlliance);
    }

    @Test
    void clearingTheSelectionKeepsTheFocus() {
        selection.focus(university);
        selection.select(hangzhouCommittee);
        selection.select(null);

        assertThat(selection.getOrganization()).isEqualTo(university);
        assertThat(selection.getInitiative()).isNull();
    }
}

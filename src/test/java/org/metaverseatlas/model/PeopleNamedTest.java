package org.metaverseatlas.model;

import org.junit.jupiter.api.Test;
import org.metaverseatlas.ui.BundledCatalog;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleNamedTest {
    @Test
    void theChairOfAnInitiativeIsLinkedToTheCommitteeTheCatalogNames() {
        List<PeopleNamed.Person> people = PeopleNamed.in(BundledCatalog.get(),
                BundledCatalog.initiative("ini-2021-12-30-hangzhou-metaverse-committee"));

        assertThat(people).singleElement().satisfies(person -> {
            assertThat(person.displayName()).isEqualTo("Professor Pan Zhigeng");
            assertThat(person.roles()).singleElement().satisfies(role -> {
                assertThat(role.role()).isEqualTo("Chair");
                assertThat(role.organization().name()).isEqualTo("Hangzhou Metaverse Special Committee");
                assertThat(role.source().title()).contains("Metaverse continues to heat up");
            });
        });
    }

    @Test
    void aCommitteeNamesItsChairThroughThePersonInRoleStatement() {
        List<PeopleNamed.Person> people = PeopleNamed.around(BundledCatalog.get(), "org-hangzhou-metaverse-committee");

        assertThat(people).singleElement().satisfies(person -> assertThat(person.roles())
                .extracting(PeopleNamed.Role::role).containsExactly("Chair", "Dean"));
    }

    @Test
    void anInitiativeNamingNoOneHasNoPeople() {
        assertThat(PeopleNamed.in(BundledCatalog.get(),
                BundledCatalog.initiative("ini-2021-10-beijing-metaverse-conference"))).isEmpty();
    }
}

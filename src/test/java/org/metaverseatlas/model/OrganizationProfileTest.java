package org.metaverseatlas.model;

import org.junit.jupiter.api.Test;
import org.metaverseatlas.ui.BundledCatalog;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public class OrganizationProfileTest {
    @Test
    void hangzhouNormalUniversitySponsoredTheCommitteeAndWorkedWithIt() {
        OrganizationProfile profile = OrganizationProfile.of(BundledCatalog.get(),
                BundledCatalog.organization("org-hangzhou-normal-university"));

        assertThat(profile.initiatives()).singleElement().satisfies(i -> {
            assertThat(i.initiative().id()).isEqualTo("ini-2021-12-30-hangzhou-metaverse-committee");
            assertThat(i.roles()).containsExactly(ParticipantRole.SPONSOR);
        });
        assertThat(profile.partners()).extracting(p -> p.organization().id(), OrganizationProfile.Partner::together)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("org-hangzhou-metaverse-committee", 1));
        assertThat(profile.sources()).extracting(s -> s.id()).containsExactly("src-coinyuppie-2021-12");
    }

    @Test
    void peopleNamedInItsInitiativesComeWithEveryRoleTheyHold() {
        OrganizationProfile profile = OrganizationProfile.of(BundledCatalog.get(),
                BundledCatalog.organization("org-hangzhou-normal-university"));

        assertThat(profile.people()).singleElement().satisfies(person -> {
            assertThat(person.displayName()).isEqualTo("Professor Pan Zhigeng");
            assertThat(person.roles()).extracting(PeopleNamed.Role::role, r -> r.organization().id()).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Chair", "org-hangzhou-metaverse-committee"),
                    org.assertj.core.groups.Tuple.tuple("Dean", "org-hznu-vr-institute"));
        });
    }

    @Test
    void partnersAreCountedOncePerSharedInitiativeBusiestFirst() {
        Organization a = organization("a", "Alpha");
        Organization b = organization("b", "Beta");
        Organization c = organization("c", "Gamma");
        Catalog catalog = new Catalog(List.of(
                initiative("one", 1, a, b, c),
                initiative("two", 2, a, c),
                initiative("three", 3, b, c)), List.of(a, b, c), List.of());

        OrganizationProfile profile = OrganizationProfile.of(catalog, a);

        assertThat(profile.partners()).extracting(p -> p.organization().name(), OrganizationProfile.Partner::together)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Gamma", 2),
                        org.assertj.core.groups.Tuple.tuple("Beta", 1));
        assertThat(profile.initiatives()).extracting(i -> i.initiative().id()).containsExactly("one", "two");
    }

    @Test
    void anOrganizationInNoInitiativeHasNoPartners() {
        OrganizationProfile profile = OrganizationProfile.of(BundledCatalog.get(),
                BundledCatalog.organization("org-hznu-vr-institute"));

        assertThat(profile.initiatives()).isEmpty();
        assertThat(profile.partners()).isEmpty();
        assertThat(profile.people()).singleElement()
                .satisfies(p -> assertThat(p.roles()).extracting(PeopleNamed.Role::role).contains("Dean"));
    }

    public static Organization organization(String id, String name) {
        return new Organization(id, name, null, OrganizationType.ENTERPRISE, null, null, null, List.of(), List.of(),
                Origin.BUNDLED);
    }

    public static Initiative initiative(String id, int day, Organization... organizations) {
        List<Participation> participants = java.util.Arrays.stream(organizations)
                .map(o -> new Participation(o.id(), o.name(), null, o.type(), ParticipantRole.PARTNER)).toList();
        return Initiative.of(id, id, InitiativeKind.MEETING, EventDate.day(LocalDate.of(2022, 1, day)),
                Place.unknown(), participants, List.of(), null, List.of(), false, Origin.BUNDLED);
    }
}

package org.metaverseatlas.model;


import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the organization pane says beyond the organization's own record, worked out from the catalog: its
 * initiatives with its roles, the organizations it worked with, the people around it and every source.
 */
public record OrganizationProfile(Organization organization, List<Involvement> initiatives, List<Partner> partners,
                                  List<PeopleNamed.Person> people, List<Source> sources) {
    /** One initiative of the organization and the roles it had in it (nearly always one). */
    public record Involvement(Initiative initiative, List<ParticipantRole> roles) {
    }

    /** An organization that took part in the same initiatives, and in how many of them. */
    public record Partner(Organization organization, int together) {
    }

    public static OrganizationProfile of(Catalog catalog, Organization organization) {
        return of(ParticipationIndex.of(catalog), organization);
    }

    public static OrganizationProfile of(ParticipationIndex index, Organization organization) {
        Catalog catalog = index.catalog();
        List<Involvement> involvements = new ArrayList<>();
        Map<String, Integer> together = new LinkedHashMap<>();
        for (Initiative initiative : index.initiativesOf(organization.id())) {
            List<ParticipantRole> roles = new ArrayList<>();
            Set<String> others = new LinkedHashSet<>();
            for (Participation p : initiative.participants()) {
                if (p.organizationId().equals(organization.id())) {
                    roles.add(p.role());
                } else {
                    others.add(p.organizationId());
                }
            }
            involvements.add(new Involvement(initiative, List.copyOf(roles)));
            others.forEach(id -> together.merge(id, 1, Integer::sum));
        }
        List<Partner> partners = new ArrayList<>();
        together.forEach((id, count) -> catalog.organization(id).ifPresent(o -> partners.add(new Partner(o, count))));
        partners.sort(Comparator.comparingInt(Partner::together).reversed()
                .thenComparing(p -> p.organization().name(), String.CASE_INSENSITIVE_ORDER));
        return new OrganizationProfile(organization, List.copyOf(involvements), List.copyOf(partners),
                PeopleNamed.around(index, organization.id()), sourcesOf(organization));
    }

    /** The organization's sources, then those of its claims, each once. */
    private static List<Source> sourcesOf(Organization organization) {
        Map<String, Source> sources = new LinkedHashMap<>();
        organization.sources().forEach(s -> sources.putIfAbsent(s.id(), s));
        for (Claim claim : organization.claims()) {
            if (claim.source() != null) {
                sources.putIfAbsent(claim.source().id(), claim.source());
            }
        }
        return List.copyOf(sources.values());
    }
}

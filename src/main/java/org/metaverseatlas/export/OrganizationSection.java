package org.metaverseatlas.export;

import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.Claim;
import org.metaverseatlas.model.DateWording;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Labels;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.model.Participation;
import org.metaverseatlas.model.PersonRole;
import org.metaverseatlas.model.Source;
import org.metaverseatlas.render.Palette;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** An organization's page: who it is, where, its claims, its people, its initiatives and its sources. */
final class OrganizationSection {
    private final PageFlow flow;
    private final Catalog catalog;

    OrganizationSection(PageFlow flow, Catalog catalog) {
        this.flow = flow;
        this.catalog = catalog;
    }

    void write(Organization organization) throws IOException {
        flow.heading(organization.name(), 16, 40);
        flow.paragraph(subtitle(organization), PageFlow.BODY, Palette.TEXT_MUTED);
        flow.space(6);
        flow.field(ExportText.text("org.type"), Labels.organizationType(organization.type()));
        flow.field(ExportText.text("org.basedIn"), basedIn(organization));
        List<Initiative> initiatives = catalog.initiativesOf(organization.id());
        flow.field(ExportText.text("org.initiatives"), String.valueOf(initiatives.size()));
        if (organization.description() != null && !organization.description().isBlank()) {
            flow.space(6);
            flow.paragraph(organization.description(), PageFlow.BODY, Palette.TEXT);
        }
        if (!organization.claims().isEmpty()) {
            section(ExportText.text("org.claims"));
            for (Claim claim : organization.claims()) {
                flow.bullet(claim.source() == null ? claim.text()
                        : ExportText.text("org.claim", claim.text(), claim.source().title()), Palette.TEXT);
            }
        }
        List<PersonRole> people = catalog.peopleOf(organization.id());
        if (!people.isEmpty()) {
            section(ExportText.text("section.people"));
            for (PersonRole person : people) {
                flow.bullet(ExportText.text("person", person.displayName(), person.role()), Palette.TEXT);
            }
        }
        if (!initiatives.isEmpty()) {
            section(ExportText.text("section.initiatives"));
            for (Initiative initiative : initiatives) {
                flow.bullet(ExportText.text("org.initiative", DateWording.of(initiative.date()), initiative.title(),
                        roles(initiative, organization.id()), Labels.kindShort(initiative.kind()),
                        Labels.placeName(initiative.place())), Palette.TEXT);
            }
        }
        if (!organization.sources().isEmpty()) {
            section(ExportText.text("section.sources"));
            for (Source source : organization.sources()) {
                flow.bullet(SourceWording.of(source), Palette.TEXT_MUTED);
            }
        }
    }

    private void section(String title) throws IOException {
        flow.space(8);
        flow.heading(title, 10.5, 24);
    }

    private static String subtitle(Organization organization) {
        String where = basedIn(organization);
        String type = Labels.organizationType(organization.type());
        return where == null ? type : type + " · " + where;
    }

    private static String basedIn(Organization organization) {
        if (organization.city() != null) {
            return organization.city().displayName() + ", " + organization.province().displayName();
        }
        return organization.province() == null ? null : organization.province().displayName();
    }

    private static String roles(Initiative initiative, String organizationId) {
        Map<String, Boolean> names = new LinkedHashMap<>();
        for (Participation p : initiative.participants()) {
            if (p.organizationId().equals(organizationId)) {
                names.put(Labels.role(p.role()), true);
            }
        }
        return names.keySet().stream().collect(Collectors.joining(", "));
    }
}

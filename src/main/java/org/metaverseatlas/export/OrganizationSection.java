package org.metaverseatlas.export;

import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.Claim;
import org.metaverseatlas.model.DateWording;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Labels;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.model.OrganizationProfile;
import org.metaverseatlas.model.ParticipationIndex;
import org.metaverseatlas.model.PeopleNamed;
import org.metaverseatlas.model.Source;
import org.metaverseatlas.render.Palette;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An organization's page, as its pane on screen: who it is, where, its claims, its initiatives with its role, the
 * organizations it worked with, the people around it and its sources. What the sources do not say reads "unknown".
 */
final class OrganizationSection {
    private final PageFlow flow;
    private final Catalog catalog;
    private ParticipationIndex index;

    OrganizationSection(PageFlow flow, Catalog catalog) {
        this.flow = flow;
        this.catalog = catalog;
    }

    void write(Organization organization) throws IOException {
        OrganizationProfile profile = OrganizationProfile.of(index(), organization);
        flow.heading(organization.name(), 16, 40);
        if (organization.nameZh() != null) {
            flow.paragraph(organization.nameZh(), 12, Palette.TEXT);
        }
        flow.paragraph(subtitle(organization), PageFlow.BODY, Palette.TEXT_MUTED);
        flow.space(6);
        flow.field(ExportText.text("org.type"), Labels.organizationType(organization.type()));
        flow.field(ExportText.text("org.basedIn"), basedIn(organization));
        flow.field(ExportText.text("org.initiatives"), String.valueOf(profile.initiatives().size()));
        flow.space(6);
        flow.paragraph(organization.description() == null || organization.description().isBlank()
                ? ExportText.text("org.noDescription") : organization.description(), PageFlow.BODY, Palette.TEXT);

        section(ExportText.text("org.claims"));
        if (organization.claims().isEmpty()) {
            flow.bullet(ExportText.text("org.noClaims"), Palette.TEXT_MUTED);
        }
        for (Claim claim : organization.claims()) {
            flow.bullet(claim.source() == null ? claim.text()
                    : ExportText.text("org.claim", claim.text(), claim.source().title()), Palette.TEXT);
        }

        section(ExportText.text("section.initiatives"));
        if (profile.initiatives().isEmpty()) {
            flow.bullet(ExportText.text("org.noInitiatives"), Palette.TEXT_MUTED);
        }
        for (OrganizationProfile.Involvement involvement : profile.initiatives()) {
            Initiative initiative = involvement.initiative();
            flow.bullet(ExportText.text("org.initiative", DateWording.of(initiative.date()), initiative.title(),
                    involvement.roles().stream().map(Labels::role).distinct().collect(Collectors.joining(", ")),
                    Labels.kindShort(initiative.kind()), Labels.placeName(initiative.place())), Palette.TEXT);
        }

        section(ExportText.text("org.partners"));
        if (profile.partners().isEmpty()) {
            flow.bullet(ExportText.text("org.noPartners"), Palette.TEXT_MUTED);
        }
        for (OrganizationProfile.Partner partner : profile.partners()) {
            flow.bullet(ExportText.text("org.partner", partner.organization().name(), partner.together()),
                    Palette.TEXT);
        }

        section(ExportText.text("section.people"));
        if (profile.people().isEmpty()) {
            flow.bullet(ExportText.text("org.noPeople"), Palette.TEXT_MUTED);
        }
        for (PeopleNamed.Person person : profile.people()) {
            flow.bullet(ExportText.text("person", person.displayName(), roles(person)), Palette.TEXT);
        }

        section(ExportText.text("section.sources"));
        if (profile.sources().isEmpty()) {
            flow.bullet(ExportText.text("org.noSources"), Palette.TEXT_MUTED);
        }
        for (Source source : profile.sources()) {
            flow.bullet(SourceWording.of(source), Palette.TEXT_MUTED);
        }
    }

    /** Built at the first page, then shared by all the organization pages of a report. */
    private ParticipationIndex index() {
        if (index == null) {
            index = ParticipationIndex.of(catalog);
        }
        return index;
    }

    private void section(String title) throws IOException {
        flow.space(8);
        flow.heading(title, 10.5, 24);
    }

    private static String subtitle(Organization organization) {
        return Labels.organizationType(organization.type()) + " \u00b7 " + basedIn(organization);
    }

    private static String basedIn(Organization organization) {
        if (organization.city() != null) {
            return organization.city().displayName() + ", " + organization.province().displayName();
        }
        return organization.province() == null ? ExportText.text("unknown") : organization.province().displayName();
    }

    /** "Chair (Hangzhou Metaverse Special Committee), Dean (…)". */
    private static String roles(PeopleNamed.Person person) {
        List<String> roles = new ArrayList<>();
        for (PeopleNamed.Role role : person.roles()) {
            roles.add(role.organization() == null ? role.role()
                    : ExportText.text("person.roleOf", role.role(), role.organization().name()));
        }
        return String.join(", ", roles);
    }
}

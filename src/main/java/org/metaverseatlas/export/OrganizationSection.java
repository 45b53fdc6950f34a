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
import org.metaverseatlas.render.Rgb;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An organization's page, as its pane on screen: who it is, where, its claims, its initiatives with its role, the
 * organizations it worked with, the people around it and its sources. What the sources do not say reads "unknown".
 */
final class OrganizationSection {
    /** The Chinese name, the subtitle and the first fields: never left behind at the foot of a page. */
    private static final double KEEP_WITH_HEADING = 60;
    private final PageFlow flow;
    private final Catalog catalog;
    private static final double LIST_LABEL_WIDTH = 74;
    private final boolean compact;
    private ParticipationIndex index;

    OrganizationSection(PageFlow flow, Catalog catalog) {
        this(flow, catalog, false);
    }

    /**
     * @param compact for a report, where organizations follow one another: a smaller heading, no fields repeating
     *                the subtitle, and what the sources do not say gathered into one line
     */
    OrganizationSection(PageFlow flow, Catalog catalog, boolean compact) {
        this.flow = flow;
        this.catalog = catalog;
        this.compact = compact;
    }

    /**
     * Writes the organization where the flow stands, its heading kept on one page with the lines under it.
     *
     * @return the page its heading is on (1-based)
     */
    int write(Organization organization) throws IOException {
        OrganizationProfile profile = OrganizationProfile.of(index(), organization);
        flow.heading(organization.name(), compact ? 12.5 : 16, KEEP_WITH_HEADING);
        int page = flow.pageNumber();
        if (organization.nameZh() != null) {
            flow.paragraph(organization.nameZh(), compact ? 10 : 12, Palette.TEXT);
        }
        if (compact) {
            // The subtitle says the type, the home and the count: the fields under it would only repeat them.
            flow.paragraph(ExportText.text("org.subtitleCount", subtitle(organization), profile.initiatives().size()),
                    PageFlow.BODY, Palette.TEXT_MUTED);
            flow.space(3);
        } else {
            flow.paragraph(subtitle(organization), PageFlow.BODY, Palette.TEXT_MUTED);
            flow.space(6);
            flow.field(ExportText.text("org.type"), Labels.organizationType(organization.type()));
            flow.field(ExportText.text("org.basedIn"), basedIn(organization));
            flow.field(ExportText.text("org.initiatives"), String.valueOf(profile.initiatives().size()));
            flow.space(6);
        }
        flow.paragraph(organization.description() == null || organization.description().isBlank()
                ? ExportText.text("org.noDescription") : organization.description(), PageFlow.BODY, Palette.TEXT);

        List<String> absent = new ArrayList<>();
        List<String> claims = new ArrayList<>();
        for (Claim claim : organization.claims()) {
            claims.add(claim.source() == null ? claim.text()
                    : ExportText.text("org.claim", claim.text(), claim.source().title()));
        }
        part(ExportText.text(compact ? "org.claimsShort" : "org.claims"), claims, Palette.TEXT, ExportText.text("org.noClaims"), absent);

        List<String> initiatives = new ArrayList<>();
        for (OrganizationProfile.Involvement involvement : profile.initiatives()) {
            Initiative initiative = involvement.initiative();
            initiatives.add(ExportText.text("org.initiative", DateWording.of(initiative.date()), initiative.title(),
                    involvement.roles().stream().map(Labels::role).distinct().collect(Collectors.joining(", ")),
                    Labels.kindShort(initiative.kind()), Labels.placeName(initiative.place())));
        }
        part(ExportText.text("section.initiatives"), initiatives, Palette.TEXT, ExportText.text("org.noInitiatives"),
                absent);

        List<String> partners = new ArrayList<>();
        for (OrganizationProfile.Partner partner : profile.partners()) {
            partners.add(ExportText.text("org.partner", partner.organization().name(), partner.together()));
        }
        part(ExportText.text("org.partners"), partners, Palette.TEXT, ExportText.text("org.noPartners"), absent);

        List<String> people = new ArrayList<>();
        for (PeopleNamed.Person person : profile.people()) {
            people.add(ExportText.text("person", person.displayName(), roles(person)));
        }
        part(ExportText.text("section.people"), people, Palette.TEXT, ExportText.text("org.noPeople"), absent);

        List<String> sources = new ArrayList<>();
        for (Source source : profile.sources()) {
            sources.add(SourceWording.of(source));
        }
        part(ExportText.text("section.sources"), sources, Palette.TEXT_MUTED, ExportText.text("org.noSources"),
                absent);
        if (!absent.isEmpty()) {
            flow.space(4);
            flow.paragraph(String.join(" ", absent), PageFlow.SMALL, Palette.TEXT_MUTED);
        }
        return page;
    }

    /**
     * A headed list; when empty, its "nothing known" sentence under its heading, or, compact, gathered with the
     * others into one line at the end.
     */
    private void part(String title, List<String> items, Rgb colour, String none, List<String> absent)
            throws IOException {
        if (compact) {
            if (items.isEmpty()) {
                absent.add(none);
            } else {
                flow.space(3);
                flow.labelledList(title, items, LIST_LABEL_WIDTH, colour);
            }
            return;
        }
        section(title);
        if (items.isEmpty()) {
            flow.bullet(none, Palette.TEXT_MUTED);
        }
        for (String item : items) {
            flow.bullet(item, colour);
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
        flow.space(compact ? 5 : 8);
        flow.heading(title, compact ? 9.5 : 10.5, 26);
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

package org.metaverseatlas.ui.detail;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.VBox;
import org.metaverseatlas.model.Claim;
import org.metaverseatlas.model.DateWording;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Labels;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.model.OrganizationProfile;
import org.metaverseatlas.model.ParticipantRole;
import org.metaverseatlas.model.ParticipationIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * The organization pane: name, type, home place and description; its "first of its kind" claims with their
 * source; its initiatives in order with its role in each, drawn as a small timeline of its own; the organizations
 * it worked with; the people named around it; its sources.
 */
final class OrganizationPane {
    private OrganizationPane() {
    }

    static VBox build(ParticipationIndex index, Organization organization, DetailLinks links) {
        OrganizationProfile profile = OrganizationProfile.of(index, organization);
        VBox page = PaneParts.page(DetailText.text("organization.overline"), organization.name(),
                organization.nameZh());
        page.getChildren().add(PaneParts.fact(DetailText.text("organization.type"),
                Labels.organizationType(organization.type())));
        page.getChildren().add(PaneParts.fact(DetailText.text("organization.home"), home(organization)));
        page.getChildren().add(PaneParts.fact(DetailText.text("organization.description"),
                PaneParts.orUnknown(organization.description())));
        page.getChildren().add(PaneParts.section(DetailText.text("organization.claims"), claims(organization)));
        VBox initiatives = PaneParts.section(DetailText.text("organization.initiatives",
                profile.initiatives().size()), initiatives(profile, links));
        if (!profile.initiatives().isEmpty()) {
            OrganizationTimeline timeline = new OrganizationTimeline(profile.initiatives().stream()
                    .map(OrganizationProfile.Involvement::initiative).toList(), links::openInitiative);
            timeline.setId("organization-timeline");
            initiatives.getChildren().add(1, timeline);
        }
        page.getChildren().add(initiatives);
        page.getChildren().add(PaneParts.section(DetailText.text("organization.partners"), partners(profile, links)));
        page.getChildren().add(PaneParts.section(DetailText.text("people.heading"),
                PeopleEntries.of(profile.people(), links, DetailText.text("people.noneOrganization"))));
        page.getChildren().add(PaneParts.section(DetailText.text("sources.heading", profile.sources().size()),
                PaneParts.sources(profile.sources(), links)));
        return page;
    }

    /** "Hangzhou 杭州, Zhejiang 浙江", only the province where no city is given, or "unknown". */
    static String home(Organization organization) {
        if (organization.city() != null) {
            return organization.city().displayName() + ", " + organization.province().displayName();
        }
        if (organization.province() != null) {
            return organization.province().displayName();
        }
        return Labels.unknown();
    }

    private static List<Node> claims(Organization organization) {
        List<Node> entries = new ArrayList<>();
        for (Claim claim : organization.claims()) {
            entries.add(PaneParts.entry(PaneParts.paragraph(claim.text()),
                    PaneParts.muted(PaneParts.sourceNote(claim.source()))));
        }
        if (entries.isEmpty()) {
            entries.add(PaneParts.muted(DetailText.text("organization.noClaims")));
        }
        return entries;
    }

    private static List<Node> initiatives(OrganizationProfile profile, DetailLinks links) {
        List<Node> entries = new ArrayList<>();
        if (profile.initiatives().isEmpty()) {
            entries.add(PaneParts.muted(DetailText.text("organization.noInitiatives")));
            return entries;
        }
        for (OrganizationProfile.Involvement involvement : profile.initiatives()) {
            Initiative initiative = involvement.initiative();
            Hyperlink title = PaneParts.link(initiative.title(), () -> links.openInitiative(initiative));
            title.getStyleClass().add("initiative-link");
            entries.add(PaneParts.entry(PaneParts.muted(DateWording.of(initiative.date())), title,
                    PaneParts.muted(DetailText.text("organization.role", roles(involvement.roles())))));
        }
        return entries;
    }

    private static List<Node> partners(OrganizationProfile profile, DetailLinks links) {
        List<Node> entries = new ArrayList<>();
        for (OrganizationProfile.Partner partner : profile.partners()) {
            entries.add(PaneParts.entry(InitiativePane.organizationLink(partner.organization(), links),
                    PaneParts.muted(DetailText.text("organization.together", partner.together()))));
        }
        if (entries.isEmpty()) {
            entries.add(PaneParts.muted(DetailText.text("organization.noPartners")));
        }
        return entries;
    }

    private static String roles(List<ParticipantRole> roles) {
        return String.join(", ", roles.stream().map(Labels::role).toList());
    }
}

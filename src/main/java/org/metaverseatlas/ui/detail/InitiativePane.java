package org.metaverseatlas.ui.detail;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.DateWording;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Labels;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.model.Participation;
import org.metaverseatlas.model.PeopleNamed;
import org.metaverseatlas.model.Place;
import org.metaverseatlas.model.Scope;
import org.metaverseatlas.render.Palette;
import org.metaverseatlas.ui.paint.CanvasPainter;

import java.util.ArrayList;
import java.util.List;

/**
 * The initiative pane: what, when (in words, with the precision named), where (in English and Chinese), who
 * (organizations with their roles, each a link to its pane; people named in a role), the summary and the sources.
 */
final class InitiativePane {
    private InitiativePane() {
    }

    static VBox build(Catalog catalog, Initiative initiative, DetailLinks links) {
        VBox page = PaneParts.page(DetailText.text("initiative.overline"), initiative.title(),
                initiative.titleZh());
        page.getChildren().add(PaneParts.fact(DetailText.text("initiative.when"), DateWording.of(initiative.date()),
                DetailText.text("initiative.precision", Labels.precision(initiative.date().precision()))));
        page.getChildren().addAll(place(initiative.place()));
        page.getChildren().add(PaneParts.fact(DetailText.text("initiative.kind"), kind(initiative)));
        page.getChildren().add(PaneParts.section(DetailText.text("initiative.organizations",
                initiative.participants().size()), organizations(catalog, initiative, links)));
        page.getChildren().add(PaneParts.section(DetailText.text("people.heading"),
                PeopleEntries.of(PeopleNamed.in(catalog, initiative), links, DetailText.text("people.noneInitiative"))));
        page.getChildren().add(PaneParts.section(DetailText.text("initiative.summary"),
                List.of(PaneParts.paragraph(PaneParts.orUnknown(initiative.summary())))));
        page.getChildren().add(PaneParts.section(DetailText.text("sources.heading", initiative.sources().size()),
                PaneParts.sources(initiative.sources(), links)));
        page.getChildren().add(2 + (initiative.titleZh() == null ? 0 : 1),
                PaneParts.copyCitation(() -> links.copy(Citation.of(initiative))));
        return page;
    }

    private static List<Node> place(Place place) {
        List<Node> facts = new ArrayList<>();
        // Where no city is given, the scope says why: the body acts province-wide or nationally, or the place is unknown.
        facts.add(place.scope() == Scope.CITY
                ? PaneParts.fact(DetailText.text("initiative.where"), Labels.placeInFull(place))
                : PaneParts.fact(DetailText.text("initiative.where"), Labels.placeInFull(place),
                        DetailText.text("initiative.scope." + place.scope().name(), Labels.scope(place.scope()))));
        if (place.venue() != null && !place.venue().isBlank()) {
            facts.add(PaneParts.fact(DetailText.text("initiative.venue"), place.venue()));
        }
        return facts;
    }

    private static Label kind(Initiative initiative) {
        Label kind = PaneParts.text(Labels.kind(initiative.kind()));
        Circle swatch = new Circle(5, CanvasPainter.color(Palette.kind(initiative.kind())));
        swatch.getStyleClass().add("detail-kind-swatch");
        kind.setGraphic(swatch);
        return kind;
    }

    private static List<Node> organizations(Catalog catalog, Initiative initiative, DetailLinks links) {
        List<Node> entries = new ArrayList<>();
        for (Participation p : initiative.participants()) {
            Organization organization = catalog.organization(p.organizationId()).orElse(null);
            Node name = organization == null ? PaneParts.strong(p.organizationName())
                    : organizationLink(organization, links);
            String type = p.organizationType() == null ? DetailText.text("organization.typeUnknown")
                    : Labels.organizationType(p.organizationType());
            entries.add(PaneParts.entry(name, PaneParts.muted(Labels.role(p.role()) + " · " + type)));
        }
        if (entries.isEmpty()) {
            entries.add(PaneParts.text(DetailText.text("initiative.organizationsUnknown")));
        }
        return entries;
    }

    static Hyperlink organizationLink(Organization organization, DetailLinks links) {
        Hyperlink link = PaneParts.link(organization.name(), () -> links.openOrganization(organization));
        link.getStyleClass().add("organization-link");
        return link;
    }
}

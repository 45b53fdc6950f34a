package org.metaverseatlas.ui.detail;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.metaverseatlas.model.PeopleNamed;
import org.metaverseatlas.model.Source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** People named in a role, as pane entries: "Professor Pan Zhigeng — Chair", each role's organization a link. */
final class PeopleEntries {
    private PeopleEntries() {
    }

    static List<Node> of(List<PeopleNamed.Person> people, DetailLinks links, String none) {
        List<Node> entries = new ArrayList<>();
        for (PeopleNamed.Person person : people) {
            List<String> roles = person.roles().stream().map(r -> PaneParts.orUnknown(r.role())).distinct().toList();
            String heading = roles.isEmpty() ? person.displayName()
                    : DetailText.text("people.inRole", person.displayName(), String.join(", ", roles));
            VBox entry = PaneParts.entry(PaneParts.strong(heading));
            Map<String, Source> sources = new LinkedHashMap<>();
            for (PeopleNamed.Role role : person.roles()) {
                if (role.organization() != null) {
                    entry.getChildren().add(PaneParts.labelledLink(
                            DetailText.text("people.roleOf", PaneParts.orUnknown(role.role())),
                            InitiativePane.organizationLink(role.organization(), links)));
                }
                if (role.source() != null) {
                    sources.putIfAbsent(role.source().id(), role.source());
                }
            }
            sources.values().forEach(s -> entry.getChildren().add(PaneParts.muted(PaneParts.sourceNote(s))));
            entry.getStyleClass().add("detail-person");
            entries.add(entry);
        }
        if (entries.isEmpty()) {
            entries.add(PaneParts.muted(none));
        }
        return entries;
    }
}

package org.metaverseatlas.ui.export;

import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.render.map.MapFrame;
import org.metaverseatlas.ui.state.SelectionModel;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where the export dialog learns what the user is looking at: the map's current frame, and the initiative or
 * organization shown in the detail pane (either supplier may give null). Read on the FX thread when the dialog
 * opens and when the export starts.
 */
public record ExportSources(Supplier<MapFrame> mapFrame, Supplier<Initiative> detailInitiative,
                            Supplier<Organization> detailOrganization) {
    public ExportSources {
        Objects.requireNonNull(mapFrame, "mapFrame");
        Objects.requireNonNull(detailInitiative, "detailInitiative");
        Objects.requireNonNull(detailOrganization, "detailOrganization");
    }

    /**
     * Until the views offer their own: China whole on the map, and the shared selection as the detail pane's
     * subject, highlighted as on screen.
     */
    public static ExportSources of(SelectionModel selection) {
        return new ExportSources(
                () -> MapFrame.fitChina().withSelection(id(selection.getInitiative()), orgId(selection.getOrganization())),
                selection::getInitiative, selection::getOrganization);
    }

    public ExportSources withMapFrame(Supplier<MapFrame> value) {
        return new ExportSources(value, detailInitiative, detailOrganization);
    }

    public ExportSources withDetail(Supplier<Initiative> initiative, Supplier<Organization> organization) {
        return new ExportSources(mapFrame, initiative, organization);
    }

    private static String id(Initiative initiative) {
        return initiative == null ? null : initiative.id();
    }

    private static String orgId(Organization organization) {
        return organization == null ? null : organization.id();
    }
}

package org.metaverseatlas.ui.export;

import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.render.map.MapFrame;
import org.metaverseatlas.render.timeline.LaneGrouping;
import org.metaverseatlas.render.timeline.TimelineFrame;
import org.metaverseatlas.render.timeline.TimelineRenderer;
import org.metaverseatlas.ui.state.FilterModel;
import org.metaverseatlas.ui.state.SelectionModel;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Where the export dialog learns what the user is looking at: the timeline's and the map's current frames, and the
 * initiative or organization shown in the detail pane (either of these two may give null). Read on the FX thread
 * when the dialog opens and when the export starts.
 */
public record ExportSources(Supplier<TimelineFrame> timelineFrame, Supplier<MapFrame> mapFrame,
                            Supplier<Initiative> detailInitiative, Supplier<Organization> detailOrganization,
                            Supplier<String> networkCentre) {
    /** As before the network view: no organization's neighbours alone. */
    public ExportSources(Supplier<TimelineFrame> timelineFrame, Supplier<MapFrame> mapFrame,
                         Supplier<Initiative> detailInitiative, Supplier<Organization> detailOrganization) {
        this(timelineFrame, mapFrame, detailInitiative, detailOrganization, () -> null);
    }

    public ExportSources {
        Objects.requireNonNull(timelineFrame, "timelineFrame");
        Objects.requireNonNull(mapFrame, "mapFrame");
        Objects.requireNonNull(detailInitiative, "detailInitiative");
        Objects.requireNonNull(detailOrganization, "detailOrganization");
        Objects.requireNonNull(networkCentre, "networkCentre");
    }

    /**
     * Until the views offer their own: every filtered initiative on the timeline in lanes by city, China whole on
     * the map, and the shared selection as the detail pane's subject, highlighted as on screen.
     */
    public static ExportSources of(FilterModel filter, SelectionModel selection) {
        return new ExportSources(
                () -> TimelineRenderer.fitAll(filter.getFiltered(), LaneGrouping.CITY)
                        .withSelection(id(selection.getInitiative()), orgId(selection.getOrganization())),
                () -> MapFrame.fitChina().withSelection(id(selection.getInitiative()), orgId(selection.getOrganization())),
                selection::getInitiative, selection::getOrganization);
    }

    public ExportSources withTimelineFrame(Supplier<TimelineFrame> value) {
        return new ExportSources(value, mapFrame, detailInitiative, detailOrganization, networkCentre);
    }

    public ExportSources withMapFrame(Supplier<MapFrame> value) {
        return new ExportSources(timelineFrame, value, detailInitiative, detailOrganization, networkCentre);
    }

    public ExportSources withDetail(Supplier<Initiative> initiative, Supplier<Organization> organization) {
        return new ExportSources(timelineFrame, mapFrame, initiative, organization, networkCentre);
    }

    /** The organization whose neighbours alone the network view shows (its id), or null for the whole network. */
    public ExportSources withNetworkCentre(Supplier<String> value) {
        return new ExportSources(timelineFrame, mapFrame, detailInitiative, detailOrganization, value);
    }

    private static String id(Initiative initiative) {
        return initiative == null ? null : initiative.id();
    }

    private static String orgId(Organization organization) {
        return organization == null ? null : organization.id();
    }
}

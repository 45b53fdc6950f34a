package org.metaverseatlas.export;

import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.model.Gazetteer;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.render.map.MapFrame;
import org.metaverseatlas.render.timeline.LaneGrouping;
import org.metaverseatlas.render.timeline.TimelineFrame;
import org.metaverseatlas.render.timeline.TimelineRenderer;
import org.metaverseatlas.render.timeline.TimelineStyle;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What to export: the view, the paper, the catalog and its filtered initiatives (oldest first), the subject of an
 * organization or initiative page, the timeline's and the map's frames, and the moment printed as the generation
 * date. {@code gazetteer} may be null (filter names are then taken from the catalog); a null {@code timelineFrame}
 * fits all the initiatives in lanes by city, a null {@code mapFrame} shows China whole.
 */
public record ExportRequest(ExportView view, PageFormat format, Catalog catalog, FilterCriteria criteria,
                            List<Initiative> initiatives, Gazetteer gazetteer, String organizationId,
                            String initiativeId, TimelineFrame timelineFrame, MapFrame mapFrame,
                            LocalDateTime generated) {
    public ExportRequest {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(criteria, "criteria");
        initiatives = List.copyOf(initiatives);
        Objects.requireNonNull(generated, "generated");
        if (timelineFrame == null) {
            timelineFrame = TimelineRenderer.fitAll(initiatives, LaneGrouping.CITY, format.width() - 2 * PageFrame.MARGIN,
                    TimelineStyle.paper());
        }
        if (mapFrame == null) {
            mapFrame = MapFrame.fitChina();
        }
    }

    /** The catalog's initiatives that match the criteria, on A4 portrait, generated now. */
    public static ExportRequest of(ExportView view, Catalog catalog, FilterCriteria criteria) {
        return new ExportRequest(view, PageFormat.A4_PORTRAIT, catalog, criteria, criteria.select(catalog), null, null,
                null, null, null, LocalDateTime.now());
    }

    public ExportRequest withView(ExportView value) {
        return new ExportRequest(value, format, catalog, criteria, initiatives, gazetteer, organizationId,
                initiativeId, timelineFrame, mapFrame, generated);
    }

    public ExportRequest withFormat(PageFormat value) {
        return new ExportRequest(view, value, catalog, criteria, initiatives, gazetteer, organizationId,
                initiativeId, timelineFrame, mapFrame, generated);
    }

    public ExportRequest withGazetteer(Gazetteer value) {
        return new ExportRequest(view, format, catalog, criteria, initiatives, value, organizationId,
                initiativeId, timelineFrame, mapFrame, generated);
    }

    public ExportRequest withOrganization(String id) {
        return new ExportRequest(view, format, catalog, criteria, initiatives, gazetteer, id, initiativeId,
                timelineFrame, mapFrame, generated);
    }

    public ExportRequest withInitiative(String id) {
        return new ExportRequest(view, format, catalog, criteria, initiatives, gazetteer, organizationId, id,
                timelineFrame, mapFrame, generated);
    }

    public ExportRequest withGenerated(LocalDateTime value) {
        return new ExportRequest(view, format, catalog, criteria, initiatives, gazetteer, organizationId,
                initiativeId, timelineFrame, mapFrame, value);
    }

    public ExportRequest withTimelineFrame(TimelineFrame value) {
        return new ExportRequest(view, format, catalog, criteria, initiatives, gazetteer, organizationId,
                initiativeId, value, mapFrame, generated);
    }

    public ExportRequest withMapFrame(MapFrame value) {
        return new ExportRequest(view, format, catalog, criteria, initiatives, gazetteer, organizationId,
                initiativeId, timelineFrame, value, generated);
    }
}

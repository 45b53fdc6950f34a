package org.metaverseatlas.export;

import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.model.Participation;
import org.metaverseatlas.render.map.MapFrame;
import org.metaverseatlas.render.timeline.TimelineFrame;
import org.metaverseatlas.render.timeline.TimelineRenderer;
import org.metaverseatlas.render.timeline.TimelineStyle;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The report: a title page with the filters, counts and contents, the map, the timeline, a table of every filtered
 * initiative, and every organization involved, one after another; bookmarked for a reader's side panel.
 */
final class ReportDocument {
    private static final double UNITS_PER_ROW = 0.02;
    private static final double ORGANIZATIONS_GAP = 22;
    private static final double ORGANIZATION_GAP = 9;

    private final ExportRequest request;
    private final PageFlow flow;
    private final ExportProgress progress;

    ReportDocument(ExportRequest request, PageFlow flow, ExportProgress progress) {
        this.request = request;
        this.flow = flow;
        this.progress = progress;
    }

    void write(String title, String generated, FilterWording wording) throws IOException {
        List<Organization> organizations = involved(request);
        ExportSteps steps = new ExportSteps(progress, 1 + 2 * PdfExporter.DRAWING_UNITS
                + request.initiatives().size() * UNITS_PER_ROW + organizations.size() + 2);
        steps.report(ExportText.text("progress.title"));
        double contentsY = new ReportTitleSection(flow).write(title, generated, wording.phrases(request.criteria()),
                request.catalog().initiatives().size(), request.initiatives(),
                ReportContents.height(organizations.isEmpty() ? 3 : 4));
        flow.bookmark(title, 1, false);
        ReportContents contents = new ReportContents();
        steps.advance(ExportText.text("progress.map"), 1);
        // A report covers every filtered initiative: China whole and all their time, whatever the window's zoom;
        // the lane grouping, the selection and the highlighted organization carry over from the screen.
        MapFrame shownMap = request.mapFrame();
        TimelineFrame shownTimeline = request.timelineFrame();
        MapFrame wholeMap = MapFrame.fitChina().withSelection(shownMap.selectedInitiativeId(),
                shownMap.focusedOrganizationId());
        TimelineFrame wholeTimeline = TimelineRenderer.fitAll(request.initiatives(), shownTimeline.grouping(), flow.width(),
                        TimelineStyle.paper())
                .withSelection(shownTimeline.selectedInitiativeId(), shownTimeline.focusedOrganizationId());
        new MapSection(flow).write(request.initiatives(), wholeMap, ExportText.text("section.map"));
        contents.add(ExportText.text("section.map"), flow.pageNumber(), flow.pageNumber());
        steps.advance(ExportText.text("progress.timeline"), PdfExporter.DRAWING_UNITS);
        int first = flow.pageNumber() + 1;
        new TimelineSection(flow).write(request.initiatives(), wholeTimeline,
                ExportText.text("section.timeline"), steps);
        contents.add(ExportText.text("section.timeline"), first, flow.pageNumber());
        steps.advance(ExportText.text("progress.table", 0, request.initiatives().size()), PdfExporter.DRAWING_UNITS);
        flow.newPage();
        first = flow.pageNumber();
        flow.heading(ExportText.text("section.table", request.initiatives().size()), 13, 40);
        new InitiativeTableSection(flow).write(request.initiatives(), steps, UNITS_PER_ROW);
        contents.add(ExportText.text("section.table", request.initiatives().size()), first, flow.pageNumber());
        // Organizations follow the table and one another, parted by a rule; a page breaks only where the next
        // lines do not fit, and never between an organization's heading and its first lines.
        OrganizationSection section = new OrganizationSection(flow, request.catalog(), true);
        List<Integer> organizationPages = new ArrayList<>();
        if (!organizations.isEmpty()) {
            flow.space(ORGANIZATIONS_GAP);
            flow.heading(ExportText.text("section.organizationPages", organizations.size()), 13, 120);
            flow.space(4);
        }
        for (int i = 0; i < organizations.size(); i++) {
            if (i > 0) {
                flow.rule(ORGANIZATION_GAP);
            }
            organizationPages.add(section.write(organizations.get(i)));
            steps.advance(ExportText.text("progress.organizations", i + 1, organizations.size()), 1);
        }
        if (!organizations.isEmpty()) {
            contents.add(ExportText.text("section.organizationPages", organizations.size()),
                    organizationPages.get(0), flow.pageNumber());
        }
        for (ReportContents.Entry entry : contents.entries()) {
            flow.bookmark(entry.label(), entry.firstPage(), false);
        }
        for (int i = 0; i < organizations.size(); i++) {
            flow.bookmark(organizations.get(i).name(), organizationPages.get(i), true);
        }
        if (!Double.isNaN(contentsY)) {
            flow.paintOnFirstPage(p -> contents.draw(p, contentsY, flow.width()));
        }
    }

    /** The organizations that take part in the filtered initiatives, by name. */
    static List<Organization> involved(ExportRequest request) {
        Set<String> ids = new LinkedHashSet<>();
        for (Initiative i : request.initiatives()) {
            i.participants().stream().map(Participation::organizationId).forEach(ids::add);
        }
        return ids.stream().map(id -> request.catalog().organization(id)).flatMap(Optional::stream)
                .sorted(Comparator.comparing(Organization::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }
}
